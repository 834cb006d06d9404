import { defineCollection } from "astro:content";
import { articleEntrySchema, causeEntrySchema, diagnosticSchema, errorEntrySchema, solutionEntrySchema } from "./corpus/records.ts";
import { atlasLoader } from "./loaders/atlas-loader.ts";

/** Collections fed by the parser; pages only read these, never Markdown. Rendered HTML is held by reference (`recordHtml`). */
export const collections = {
  errors: defineCollection({ loader: atlasLoader("errors"), schema: errorEntrySchema }),
  causes: defineCollection({ loader: atlasLoader("causes"), schema: causeEntrySchema }),
  solutions: defineCollection({ loader: atlasLoader("solutions"), schema: solutionEntrySchema }),
  articles: defineCollection({ loader: atlasLoader("articles"), schema: articleEntrySchema }),
  diagnostics: defineCollection({ loader: atlasLoader("diagnostics"), schema: diagnosticSchema }),
};
