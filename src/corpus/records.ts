import { z } from "astro/zod";

/**
 * The records of the corpus, as Zod schemas: the content collections validate
 * with them, and every type below is inferred from them (one definition).
 */

const translation = z.enum(["machine", "human", "source"]);

/** Where a record came from. */
const sourceRef = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  /** ISO date of the revision (`ms.date`). */
  date: z.string(),
  translation,
  /** `ms.date` of the same article's current source in the canonical locale (English), "" when there is none: an older translation may be out of date. */
  newestDate: z.string(),
});

/** One cause or step line of an error, resolved to an entity id. */
const causeRef = z.object({
  /** Id of the cause or solution the line links to; null for plain text or a broken link. */
  ref: z.string().nullable(),
  kind: z.enum(["cause", "solution", "text"]),
  /** The line as written, label included. */
  text: z.string(),
  /** The linked title without the label. */
  title: z.string(),
  /** Locales in which the target has a page (empty for plain text). */
  locales: z.array(z.string()),
});

/**
 * A page of the same locale that links to a record (computed once, in the
 * corpus, from the resolved references and links).
 */
const backlink = z.object({
  kind: z.enum(["error", "cause", "solution"]),
  id: z.string(),
  title: z.string(),
  /** Error codes and message (errors only). */
  codes: z.array(z.string()),
  message: z.string(),
  /** Locales in which the linking entity has a page. */
  locales: z.array(z.string()),
  /** Locales whose page of the linking error shows the target as a block (`#{target id}` lands there). */
  blockIn: z.array(z.string()),
});

const entityBase = {
  /** Entity id, shared by every locale. */
  id: z.string().min(1),
  /** Site locale code (`pt-PT`). */
  locale: z.string().min(2),
  /** Every anchor ever published for this entity, in any revision or locale. */
  anchors: z.array(z.string()),
  title: z.string(),
  /** Site locales in which this entity exists. */
  locales: z.array(z.string()).min(1),
  /** Where a reader of a locale that lacks the entity is sent: English when it exists, else the first locale of the configured order that has it. */
  fallbackLocale: z.string().min(2),
  source: sourceRef,
  /** Pages of the same locale that link here. */
  backlinks: z.array(backlink),
  /** Links from this page's text to other articles of the corpus, in source order, each once. */
  articleLinks: z.array(
    z.object({
      /** Slug of the linked article, and the anchor the link names ("" for the article itself). */
      slug: z.string(),
      anchor: z.string(),
      /** Our page the link now opens, in this record's locale (or the locale the target falls back to). */
      href: z.string(),
      /** The entity whose section the anchor names; null for the article or a section that is no entity. */
      target: z.object({ kind: z.enum(["error", "cause", "solution"]), id: z.string() }).nullable(),
    }),
  ),
};

/** One reference of an error (cause line, step, see-also link), resolved to the entity it names. */
const resolvedReference = z.object({
  kind: z.enum(["cause", "step", "see-also"]),
  /** Id of the entity the link leads to; null for plain text, a section that is no entity, or a broken link. */
  ref: z.string().nullable(),
  target: z.enum(["error", "cause", "solution"]).nullable(),
  anchor: z.string().nullable(),
  sub: z.string().nullable(),
  text: z.string(),
  title: z.string(),
});

/**
 * The schemas of the entity and article records, over the type of their rendered HTML: the HTML itself
 * in the corpus (`npm run parse -- --json`, the tests), a fragment reference in the content collections.
 */
function recordSchemas<Html extends z.ZodType<string>>(html: Html) {
  /** An inline block on an error page: one cause with its solution, or one procedure. */
  const inlineBlock = z.object({
    ref: z.string(),
    kind: z.enum(["cause", "solution"]),
    title: z.string(),
    /** Rendered body (and, for a cause, its solution), ids unique on the error page. */
    html,
    /** Language of the block when it is not the page's (taken from the English article). */
    lang: z.string().optional(),
    /** Locales in which the block's own page exists. */
    locales: z.array(z.string()),
  });

  const error = z.object({
    ...entityBase,
    kind: z.literal("error"),
    /** Canonical code spellings (one or more). */
    codes: z.array(z.string()).min(1),
    /** Misspelled and corrupted forms seen in any source. */
    aliases: z.array(z.string()),
    message: z.string(),
    /**
     * Each named code with its own message in this locale, the numeric code written with it
     * included (`320114, RestorePointNotFound`); one entry when the section gives one message.
     */
    codeMessages: z.array(z.object({ codes: z.array(z.string()).min(1), message: z.string() })),
    causes: z.array(causeRef),
    steps: z.array(causeRef),
    /** Every in-page link (and plain-text cause) of the error, in source order, resolved to the entity it names. */
    references: z.array(resolvedReference),
    /**
     * Each article of this locale that describes the error, the article
     * canonical for it first (the record's own title, message and body are
     * that first description's).
     */
    descriptions: z.array(
      z.object({
        slug: z.string(),
        articleTitle: z.string(),
        title: z.string(),
        message: z.string(),
        references: z.array(resolvedReference),
        bodyHtml: html,
        source: sourceRef,
      }),
    ),
    bodyHtml: html,
    /** Causes (with solutions) and procedures, rendered for the error page. */
    blocks: z.array(inlineBlock),
  });

  const cause = z.object({
    ...entityBase,
    kind: z.literal("cause"),
    bodyHtml: html,
    solution: z
      .object({
        title: z.string(),
        anchors: z.array(z.string()),
        /** Published anchors of the solution heading that the content does not already carry: the page gives them to its heading. */
        aliases: z.array(z.string()),
        html,
      })
      .nullable(),
  });

  const solution = z.object({
    ...entityBase,
    kind: z.literal("solution"),
    bodyHtml: html,
    /** Anchors of sub-procedures inside the body. */
    subAnchors: z.array(z.string()),
  });

  const article = z.object({
    /** `{locale}/{slug}`, or `{locale}/{slug}/revisions/{date}` for an older revision. */
    id: z.string(),
    /** An older revision of its locale, kept for its text and anchors. */
    older: z.boolean(),
    slug: z.string(),
    locale: z.string(),
    title: z.string(),
    description: z.string(),
    date: z.string(),
    translation,
    /** ISO date of this locale's current revision, and the older ones kept (newest first). */
    revision: z.string(),
    revisions: z.array(z.string()),
    /** `ms.date` of this article's current source in the canonical locale (English), "" when there is none. */
    newestDate: z.string(),
    file: z.string(),
    /** Entities in source order. */
    sections: z.array(z.object({ kind: z.string(), id: z.string().nullable(), anchors: z.array(z.string()), title: z.string() })),
    /** The whole article, every anchor of every revision and locale on its section. */
    html,
    /**
     * The anchors `html` publishes, in page order: each id its elements carry, the renderer's repeats
     * (`solution-1` for a second `solution`, which exist on this page only) left out.
     */
    anchors: z.array(z.string()),
  });

  return { inlineBlock, error, cause, solution, article };
}

/**
 * Rendered HTML as the content collections store it: the name of the fragment file the loader wrote
 * once under Astro's cache folder (src/loaders/html-fragments.ts), "" when there is no HTML. Pages read
 * it with `recordHtml` (src/routes/record-html.ts). Astro bundles its whole data store into the build;
 * the HTML, about half of it, stays out.
 */
export const htmlRef = z
  .string()
  .regex(/^(?:[0-9a-f]{32})?$/)
  .brand<"HtmlRef">();

const corpusSchemas = recordSchemas(z.string());
const entrySchemas = recordSchemas(htmlRef);

export const errorSchema = corpusSchemas.error;
export const causeSchema = corpusSchemas.cause;
export const solutionSchema = corpusSchemas.solution;
export const articleSchema = corpusSchemas.article;

/** The schemas of the content collections: the same records, their HTML by reference. */
export const errorEntrySchema = entrySchemas.error;
export const causeEntrySchema = entrySchemas.cause;
export const solutionEntrySchema = entrySchemas.solution;
export const articleEntrySchema = entrySchemas.article;

export const diagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  severity: z.enum(["error", "warning", "info"]),
  code: z.string(),
  message: z.string(),
});

export type SourceRef = z.infer<typeof sourceRef>;
export type CauseRef = z.infer<typeof causeRef>;
export type InlineBlock = z.infer<typeof corpusSchemas.inlineBlock>;
export type Backlink = z.infer<typeof backlink>;
export type ErrorRecord = z.infer<typeof errorSchema>;
export type CauseRecord = z.infer<typeof causeSchema>;
export type SolutionRecord = z.infer<typeof solutionSchema>;
export type ArticleRecord = z.infer<typeof articleSchema>;
export type EntityRecord = ErrorRecord | CauseRecord | SolutionRecord;
export type HtmlRef = z.infer<typeof htmlRef>;
/** A record as its content collection holds it (HTML by reference). */
export type ErrorEntry = z.infer<typeof errorEntrySchema>;
export type CauseEntry = z.infer<typeof causeEntrySchema>;
export type SolutionEntry = z.infer<typeof solutionEntrySchema>;
export type ArticleEntry = z.infer<typeof articleEntrySchema>;

/** The `npm run parse -- --json` document: what the loader parses, renders and stores (the HTML by reference). */
export interface CorpusDocument {
  articles: ArticleRecord[];
  errors: ErrorRecord[];
  causes: CauseRecord[];
  solutions: SolutionRecord[];
  diagnostics: z.infer<typeof diagnosticSchema>[];
}

/** The corpus as the content collections store it: each rendered fragment by reference (src/loaders/html-fragments.ts). */
export interface CorpusEntries {
  articles: ArticleEntry[];
  errors: ErrorEntry[];
  causes: CauseEntry[];
  solutions: SolutionEntry[];
  diagnostics: CorpusDocument["diagnostics"];
}
