import type { CauseRefKind, Diagnostic } from "../parser/types.ts";
import type { ResolvedReference } from "./resolve-references.ts";

/** Where a record came from. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
  /** ISO date of the revision (`ms.date`). */
  date: string;
  translation: "machine" | "human" | "source";
}

/** One cause or step line of an error, resolved to an entity id. */
export interface CauseRef {
  /** Id of the cause or solution the line links to; null for plain text or a broken link. */
  ref: string | null;
  kind: CauseRefKind;
  /** The line as written, label included. */
  text: string;
  /** The linked title without the label. */
  title: string;
}

/** An inline block on an error page: one cause with its solution, or one procedure. */
export interface InlineBlock {
  ref: string;
  kind: "cause" | "solution";
  title: string;
  /** Rendered body (and, for a cause, its solution), ids unique on the error page. */
  html: string;
}

interface EntityBase {
  /** Entity id, shared by every locale. */
  id: string;
  /** Site locale code (`pt-PT`). */
  locale: string;
  /** Every anchor ever published for this entity, in any revision or locale. */
  anchors: string[];
  title: string;
  /** Site locales in which this entity exists. */
  locales: string[];
  /** Where a reader of a locale that lacks the entity is sent: English when it exists, else the first locale of the configured order that has it. */
  fallbackLocale: string;
  source: SourceRef;
}

export interface ErrorRecord extends EntityBase {
  kind: "error";
  /** Canonical code spellings (one or more). */
  codes: string[];
  /** Misspelled and corrupted forms seen in any source. */
  aliases: string[];
  message: string;
  causes: CauseRef[];
  steps: CauseRef[];
  /** Every in-page link (and plain-text cause) of the error, in source order, resolved to the entity it names. */
  references: ResolvedReference[];
  bodyHtml: string;
  /** Causes (with solutions) and procedures, rendered for the error page. */
  blocks: InlineBlock[];
}

export interface CauseRecord extends EntityBase {
  kind: "cause";
  bodyHtml: string;
  solution: { title: string; anchors: string[]; html: string } | null;
}

export interface SolutionRecord extends EntityBase {
  kind: "solution";
  bodyHtml: string;
  /** Anchors of sub-procedures inside the body. */
  subAnchors: string[];
}

export interface ArticleRecord {
  /** `{locale}/{slug}`, or `{locale}/{slug}/revisions/{date}` for an older revision. */
  id: string;
  /** An older revision of its locale, kept for its text and anchors. */
  older: boolean;
  slug: string;
  locale: string;
  title: string;
  description: string;
  date: string;
  translation: "machine" | "human" | "source";
  /** ISO date of this locale's current revision, and the older ones kept. */
  revision: string;
  revisions: string[];
  file: string;
  /** Entities in source order. */
  sections: { kind: string; id: string | null; anchors: string[]; title: string }[];
  /** The whole article, every anchor of every revision and locale on its section. */
  html: string;
}

/** The `npm run parse -- --json` document (and what the loader stores). */
export interface CorpusDocument {
  articles: ArticleRecord[];
  errors: ErrorRecord[];
  causes: CauseRecord[];
  solutions: SolutionRecord[];
  diagnostics: Diagnostic[];
}
