import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import type { DiagnosticSink } from "./diagnostics.ts";
import { lineKey, sectionCodes } from "./error-codes.ts";
import { type BoldRefLine, boldRefLine, type ParagraphLine, splitLines } from "./lines.ts";
import { type LinkAt, linksIn } from "./references.ts";
import { flatten, type Section } from "./sections.ts";
import type { ParsedError } from "./types.ts";

/** A bold cause or step line of an error, with the run of consecutive such lines it belongs to. */
export interface RefLine {
  line: ParagraphLine;
  ref: BoldRefLine;
  run: number;
  error: ParsedError;
}

/** An error's references before their kinds are known: bold lines and plain links, in source order. */
export type PendingReference = { type: "bold"; raw: RefLine } | { type: "link"; link: LinkAt };

export interface ErrorSections {
  errors: ParsedError[];
  /** The section each error was read from. */
  sectionOf: Map<ParsedError, Section>;
  refLines: RefLine[];
  pending: Map<ParsedError, PendingReference[]>;
}

/**
 * Finds error sections at any depth below the title: `##` sections (first
 * family) or `###` under a `##` group (second family), each a section whose
 * own content has a code line. Cause/step lines and code/message lines are
 * taken out of the body; every other node stays, in order.
 */
export function findErrorSections(top: Section[], codeLabels: Set<string>, sink: DiagnosticSink): ErrorSections {
  const found: ErrorSections = { errors: [], sectionOf: new Map(), refLines: [], pending: new Map() };
  let run = 0;
  const isError = new Set<Section>();

  const visitSection = (section: Section): void => {
    const codes = sectionCodes(section.content, section.heading, codeLabels, sink);
    if (!codes) {
      for (const child of section.children) visitSection(child);
      return;
    }
    isError.add(section);
    const error: ParsedError = {
      heading: section.heading,
      codes: codes.codes,
      references: [],
      unresolved: codes.unresolved,
      rawCodes: codes.unresolved ? [] : codes.written,
      message: codes.codes[0]?.message ?? "",
      body: { nodes: [] },
      causes: [],
      steps: [],
      codeLine: { line: codes.codes[0]?.line ?? section.heading.line, column: codes.codes[0]?.column ?? section.heading.column },
    };
    found.errors.push(error);
    found.sectionOf.set(error, section);
    const pending: PendingReference[] = [];
    found.pending.set(error, pending);
    // Nested error sections are errors of their own, not body.
    for (const child of section.children) visitSection(child);
    const nodes = [...section.content, ...section.children.filter((c) => !isError.has(c)).flatMap((c) => flatten(c))];
    const kept: RootContent[] = [];
    run++;
    for (const node of nodes) {
      if (node.type !== "paragraph") {
        run++;
        kept.push(node);
        for (const link of linksIn(node)) pending.push({ type: "link", link });
        continue;
      }
      const rest: ParagraphLine[] = [];
      for (const line of splitLines(node)) {
        if (codes.consumed.has(lineKey(line))) continue;
        const ref = boldRefLine(line);
        if (ref) {
          const raw: RefLine = { line, ref, run, error };
          found.refLines.push(raw);
          pending.push({ type: "bold", raw });
        } else {
          run++;
          rest.push(line);
          for (const link of linksIn({ type: "paragraph", children: line.nodes })) pending.push({ type: "link", link });
        }
      }
      if (rest.length) kept.push(rebuild(node, rest));
    }
    error.body.nodes = kept;
  };
  for (const section of top) visitSection(section);
  // Source order (nested errors were pushed before their parents finished).
  found.errors.sort((a, b) => a.heading.line - b.heading.line);
  return found;
}

/** A paragraph made of the given lines, joined with hard breaks. */
function rebuild(node: Paragraph, lines: ParagraphLine[]): Paragraph {
  const children: PhrasingContent[] = [];
  lines.forEach((l, i) => {
    if (i > 0) children.push({ type: "break" });
    children.push(...l.nodes);
  });
  return { ...node, children };
}
