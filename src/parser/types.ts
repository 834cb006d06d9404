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
}

/** An error section (`##` with a code line). */
export interface ParsedError {
  heading: HeadingInfo;
  /** Code tokens as written in the code line. */
  rawCodes: string[];
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
  /** BCP 47 tag from `ms.contentlocale`, e.g. `pt-PT`. */
  contentLocale: string;
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
