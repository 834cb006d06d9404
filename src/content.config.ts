import { defineCollection } from "astro:content";
import { articleSchema, causeSchema, diagnosticSchema, errorSchema, solutionSchema } from "./corpus/records.ts";
import { atlasLoader } from "./loaders/atlas-loader.ts";

/** Collections fed by the parser; pages only read these, never Markdown. */
export const collections = {
  errors: defineCollection({ loader: atlasLoader("errors"), schema: errorSchema }),
  causes: defineCollection({ loader: atlasLoader("causes"), schema: causeSchema }),
  solutions: defineCollection({ loader: atlasLoader("solutions"), schema: solutionSchema }),
  articles: defineCollection({ loader: atlasLoader("articles"), schema: articleSchema }),
  diagnostics: defineCollection({ loader: atlasLoader("diagnostics"), schema: diagnosticSchema }),
};
