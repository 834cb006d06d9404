import type { RootContent } from "mdast";

/** Severity of a diagnostic: errors fail the build, warnings are listed. */
export type Severity = "error" | "warning" | "info";

/** One problem found in a source, always with a place and what was done. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable machine-readable rule id, e.g. `code-repaired`. */
  code: string;
  message: string;
}

/** How a cause line refers to its target. */
export type CauseRefKind = "cause" | "solution" | "text";

/** One line of an error's cause list or step list, as written in the source. */
export interface CauseLine {
  /** Anchor the line links to (as written), or null for a plain-text cause. */
  anchor: string | null;
  /** Resolved entity id; filled in by the corpus, null for plain text or broken links. */
  ref: string | null;
  kind: CauseRefKind;
  /** The line's visible text (label included), e.g. "Causa 1: L'agente…". */
  text: string;
  /** The linked title without the label, or the plain text without the label. */
  title: string;
  line: number;
  column: number;
}

/** A run of Markdown nodes with the place it came from. */
export interface Fragment {
  nodes: RootContent[];
}

/** A section heading of the source: its `<a name>` anchors and visible text. */
export interface HeadingInfo {
  depth: number;
  anchors: string[];
  title: string;
  line: number;
  column: number;
  /**
   * DocFX's auto-id of the heading text, set only when the heading carries no
   * `<a name>`. In a source-language file (English original) it is the id the
   * translations carry; in a translated file it is an anchor of that locale only.
   */
  autoId?: string | null;
}

/** How the parser obtained a code: from its code line, or recovered when the code line was not code. */
export type CodeOrigin =
  /** Written in the code line (possibly transliterated or misspelled: the corpus repairs it). */
  | "code-line"
  /** The code line was not code-like; the code is the heading's code token. */
  | "heading"
  /** Neither line nor heading had it; the code is the prefix of a section anchor (lowercase). */
  | "anchor"
  /** Nothing recovered it: `code` is the token as written; the corpus may recover it from other locales. */
  | "unresolved";

/** One code of an error, with its own message (a section can hold several). */
export interface ParsedCode {
  /** Best spelling the parser knows (see `origin`). */
  code: string;
  /** The token as written in the code line ("" when the section has no code line). */
  written: string;
  /** A numeric code written before it (`320001, ResourceNotFound`), which belongs to it. */
  numeric: string | null;
  message: string;
  origin: CodeOrigin;
  line: number;
  column: number;
}

/**
 * What an in-page link (or plain-text cause) of an error points to:
 * a cause section, a procedure (`step`), or another error (`see-also`).
 */
export type ReferenceKind = "cause" | "step" | "see-also";

/** One reference of an error, in source order: bold cause lines, bullets, links in paragraphs. */
export interface ErrorReference {
  kind: ReferenceKind;
  /** Anchor in this article (as written), or null for a plain-text cause. */
  anchor: string | null;
  /** The visible text of the line or list item that holds the link. */
  text: string;
  /** The link text (or, for a plain-text cause, the text without its label). */
  title: string;
  line: number;
  column: number;
}

/** An error section (any `##`…`####` section whose own content has a code line). */
export interface ParsedError {
  heading: HeadingInfo;
  /** Every code of the section in order, each with its message and origin. */
  codes: ParsedCode[];
  /** Every in-page link (and plain-text cause) of the section, in source order. */
  references: ErrorReference[];
  /** Set when no code could be recovered: the token as written and the section's anchors. */
  unresolved: { token: string; anchors: string[] } | null;
  /**
   * Derived view kept for the corpus: code tokens as written in the code line
   * (non-numeric), or the recovered codes when the line was not code-like.
   */
  rawCodes: string[];
  /** Derived view: the first code's message. */
  message: string;
  body: Fragment;
  causes: CauseLine[];
  steps: CauseLine[];
  codeLine: { line: number; column: number };
}

/** A cause section (`###` with a solution subsection, or linked as a cause). */
export interface ParsedCause {
  heading: HeadingInfo;
  body: Fragment;
  solution: { heading: HeadingInfo; body: Fragment } | null;
}

/** A standalone procedure (`###` with no cause), with its sub-procedures in its body. */
export interface ParsedSolution {
  heading: HeadingInfo;
  body: Fragment;
  /** Anchors of headings inside the body (sub-procedures). */
  subAnchors: string[];
}

/** Kind of a top-level article section, in source order. */
export type SectionKind = "intro" | "guide" | "error" | "causes" | "cause" | "solution";

export interface ArticleSection {
  kind: SectionKind;
  heading: HeadingInfo | null;
  /** Local key of the entity this section is (first anchor), if any. */
  key: string | null;
}

/** Front matter fields the project uses; the rest is kept in `meta`. */
export interface ArticleMeta {
  title: string;
  description: string;
  /** BCP 47 tag (`pt-PT`): from `ms.contentlocale` (any case), else `en` for a file with no localisation keys, else the `locale` option. */
  contentLocale: string;
  /** Where `contentLocale` came from. */
  localeFrom?: "front-matter" | "source-language" | "option";
  /** ISO date from `ms.date` (MM/DD/YYYY in DocFX). */
  date: string;
  translation: "machine" | "human" | "source";
  meta: Record<string, unknown>;
}

/** Everything one source file yields, before cross-locale identity. */
export interface ParsedSource {
  file: string;
  slug: string;
  meta: ArticleMeta;
  /** The H1 heading. */
  heading: HeadingInfo | null;
  /** The whole document (front matter blanked), for the article page. */
  tree: Fragment;
  /** Content between the title and the first `##` section. */
  intro: Fragment;
  sections: ArticleSection[];
  errors: ParsedError[];
  causes: ParsedCause[];
  solutions: ParsedSolution[];
  /** Every anchor found anywhere in the file, in order, with its place. */
  anchors: { name: string; line: number; column: number }[];
  diagnostics: Diagnostic[];
}
