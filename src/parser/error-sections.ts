import type { Heading, Link, Paragraph, PhrasingContent, RootContent } from "mdast";
import { plainText } from "./anchors.ts";
import type { DiagnosticSink } from "./diagnostics.ts";
import { lineKey, type SectionCodes, sectionCodes } from "./error-codes.ts";
import { type BoldRefLine, boldRefLine, type ParagraphLine, splitLines } from "./lines.ts";
import { type LinkAt, linksIn } from "./references.ts";
import { sameArticleAnchor } from "./same-article.ts";
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
export function findErrorSections(top: Section[], codeLabels: Set<string>, slug: string, sink: DiagnosticSink): ErrorSections {
  const found: ErrorSections = { errors: [], sectionOf: new Map(), refLines: [], pending: new Map() };
  let run = 0;
  const isError = new Set<Section>();
  const causeAnchors = new Set(
    allSections(top)
      .filter(hasSolution)
      .flatMap((s) => s.heading.anchors.map(lower)),
  );

  const visitSection = (section: Section): void => {
    // A cause's `solution…` subsection, and all below it, is the cause's text: a bold label
    // line there (`**Linux guests:** VMSnapshot …`) is never an error's code line.
    if (isSolutionSection(section)) return;
    const codes =
      sectionCodes(section.content, section.heading, codeLabels, sink) ??
      (listsCauses(section, causeAnchors, slug) ? codeless(section, sink) : null);
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
      const headingRef = node.type === "heading" ? headingRefLine(node) : null;
      if (headingRef) {
        // `##### Cause 1: [title](#anchor)`: a cause line written as a heading (2017–2018 revisions).
        const raw: RefLine = { line: headingRef.line, ref: headingRef.ref, run, error };
        found.refLines.push(raw);
        pending.push({ type: "bold", raw });
        continue;
      }
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

const lower = (s: string): string => s.toLowerCase();

function allSections(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...allSections(s.children)]);
}

/** A `#### <a name="solution…">` subsection (or a `#### Solution` heading whose auto-id reads so). */
function isSolutionSection(section: Section): boolean {
  return section.heading.anchors.some((a) => /^solution/i.test(a));
}

/** A section with a `solution…` subsection: a cause. */
export function hasSolution(section: Section): boolean {
  return section.children.some(isSolutionSection);
}

/** A heading that is only a line linking to a section: `##### Cause 1: [title](#anchor)`. */
export function headingRefLine(node: Heading): { line: ParagraphLine; ref: BoldRefLine } | null {
  const nodes = node.children.filter((c) => c.type !== "html");
  const links = nodes.filter((c): c is Link => c.type === "link");
  if (links.length !== 1 || !(links[0] as Link).url.includes("#")) return null;
  const link = links[0] as Link;
  const start = node.position?.start ?? { line: 1, column: 1 };
  return {
    line: { nodes: node.children, line: start.line, column: start.column },
    ref: { href: link.url, text: plainText(nodes), title: plainText(link.children), line: start.line, column: start.column },
  };
}

/**
 * Whether a section without a code line still lists causes like an error
 * (older revisions had no code lines): its bold or heading cause lines link
 * to cause sections of this article, and it is neither a cause nor a container of causes.
 */
function listsCauses(section: Section, causeAnchors: Set<string>, slug: string): boolean {
  if (section.heading.depth < 2 || hasSolution(section) || section.children.some(hasSolution)) return false;
  if (section.heading.anchors.some((a) => causeAnchors.has(lower(a)))) return false;
  const hrefs: string[] = [];
  for (const node of section.content) {
    if (node.type === "paragraph") for (const line of splitLines(node)) hrefs.push(boldRefLine(line)?.href ?? "");
  }
  for (const child of section.children) {
    const ref = headingRefLine(child.node);
    if (ref?.ref.href) hrefs.push(ref.ref.href);
  }
  return hrefs.some((h) => {
    const anchor = h ? sameArticleAnchor(h, slug) : null;
    return anchor ? causeAnchors.has(lower(anchor)) : false;
  });
}

/**
 * Sections that list cause lines like an error (bold or `#####` lines linking into
 * this article) but are no error because no section carries any anchor they link to
 * (a 2017 pipeline rewrote the cause anchors, not the links): reported, never silent.
 */
export function reportUnlinkedCauseLists(top: Section[], isError: (s: Section) => boolean, slug: string, sink: DiagnosticSink): void {
  const sections = allSections(top);
  const anchors = new Set(sections.flatMap((s) => s.heading.anchors.map(lower)));
  for (const section of sections) {
    if (section.heading.depth < 2 || isError(section) || hasSolution(section) || isSolutionSection(section)) continue;
    const hrefs: string[] = [];
    for (const node of section.content) {
      if (node.type === "paragraph") for (const line of splitLines(node)) hrefs.push(boldRefLine(line)?.href ?? "");
    }
    for (const child of section.children) hrefs.push(headingRefLine(child.node)?.ref.href ?? "");
    const targets = hrefs.flatMap((h) => {
      const anchor = h ? sameArticleAnchor(h, slug) : null;
      return anchor ? [anchor] : [];
    });
    if (!targets.length || targets.some((a) => anchors.has(lower(a)))) continue;
    sink.warn(
      "error-causes-unlinked",
      `Section "${section.heading.title}" lists cause lines like an error, but no section of this article carries the anchors they link to (${[...new Set(targets)].map((a) => `#${a}`).join(", ")}); it is kept as article text, not as an error.`,
      section.heading,
    );
  }
}

/** An error section with no code line at all: kept, identified by its anchors, and reported. */
function codeless(section: Section, sink: DiagnosticSink): SectionCodes {
  sink.warn(
    "error-code-missing",
    `Section "${section.heading.title}" lists causes like an error but has no code line; it is kept as an error identified by its anchors (${section.heading.anchors.join(", ")}), for the corpus to recover its code from other revisions.`,
    section.heading,
  );
  return { codes: [], consumed: new Set(), unresolved: { token: "", anchors: [...section.heading.anchors] }, written: [] };
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
