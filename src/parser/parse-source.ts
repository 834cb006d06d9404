import type { Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { anchorNames } from "./anchors.ts";
import { DiagnosticSink } from "./diagnostics.ts";
import { markDirectives } from "./directives.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { boldRefLine, codeTokens, labelLine, type ParagraphLine, splitLines } from "./lines.ts";
import { sameArticleAnchor } from "./same-article.ts";
import { flatten, outline, type Section } from "./sections.ts";
import type { ArticleSection, CauseLine, ParsedCause, ParsedError, ParsedSolution, ParsedSource } from "./types.ts";

export interface ParseOptions {
  /** Path used in diagnostics. */
  file: string;
  /** Article slug; defaults to the file name up to its first dot. */
  slug?: string;
  /** Includes the project can render (see `content/includes/`). */
  knownIncludes?: readonly string[];
  /** Whether an image exists; by default none do (the sources ship no media). */
  assetExists?: (url: string) => boolean;
}

/** File name up to its first dot: `slug.2018-12-03.md` → `slug`. */
export function slugOf(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).split(".")[0] ?? file;
}

const lower = (s: string): string => s.toLowerCase();

interface RawLine {
  line: ParagraphLine;
  ref: NonNullable<ReturnType<typeof boldRefLine>>;
  run: number;
}

/**
 * Parses one DocFX troubleshooting article into errors, causes, solutions and
 * diagnostics. Structure is detected, never localized words: a code line is
 * the first `**label**: CODE` line of a `##` section; cause and step lines are
 * bold lines that link to a section (or numbered bold text); causes are `###`
 * sections with a `solution…` subsection or linked from a cause list.
 */
export function parseSource(text: string, options: ParseOptions): ParsedSource {
  const sink = new DiagnosticSink(options.file);
  const slug = options.slug ?? slugOf(options.file);
  const { meta, body } = splitFrontMatter(text, sink);
  const empty: ParsedSource = {
    file: options.file,
    slug,
    meta: meta ?? { title: "", description: "", contentLocale: "", date: "", translation: "human", meta: {} },
    heading: null,
    tree: { nodes: [] },
    intro: { nodes: [] },
    sections: [],
    errors: [],
    causes: [],
    solutions: [],
    anchors: [],
    diagnostics: sink.list,
  };
  if (!meta) return empty;

  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  // remark-gfm's transforms run in `run`, not `parse`.
  unified().use(remarkGfm).runSync(tree);
  markDirectives(tree, sink, {
    knownIncludes: options.knownIncludes ?? [],
    assetExists: options.assetExists ?? (() => false),
  });

  const anchors: ParsedSource["anchors"] = [];
  visit(tree, "html", (node) => {
    for (const name of anchorNames(node.value)) {
      anchors.push({ name, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    }
  });

  const doc = outline(tree);
  const topSections = doc.sections;
  const h1 = topSections.find((s) => s.heading.depth === 1) ?? null;
  if (!h1)
    sink.warn("title-missing", "Expected a `#` heading with the article title; the front matter title is used.", { line: 1, column: 1 });
  const h2s: Section[] = topSections.flatMap((s) => (s.heading.depth === 1 ? s.children : [s]));
  const intro: RootContent[] = [...doc.preamble, ...(h1?.content ?? [])];

  const errors: ParsedError[] = [];
  const lines: RawLine[] = [];
  const errorOf = new Map<RawLine, ParsedError>();
  const nonErrors: Section[] = [];
  let run = 0;

  for (const section of h2s) {
    const found = findCodeLine(section.content);
    if (!found) {
      nonErrors.push(section);
      continue;
    }
    const error: ParsedError = {
      heading: section.heading,
      rawCodes: found.codes,
      message: found.message?.value ?? "",
      body: { nodes: [] },
      causes: [],
      steps: [],
      codeLine: { line: found.code.line, column: found.code.column },
    };
    if (!found.message)
      sink.warn("message-missing", "Expected an error message line after the code line; the message is left empty.", found.code);
    const at = (l: ParagraphLine): string => `${l.line}:${l.column}`;
    const skip = new Set<string>([at(found.codeLine), ...(found.messageLine ? [at(found.messageLine)] : [])]);
    const kept: RootContent[] = [];
    run++;
    for (const node of flatten(section, false)) {
      if (node.type !== "paragraph") {
        run++;
        kept.push(node);
        continue;
      }
      const rest: ParagraphLine[] = [];
      for (const line of splitLines(node)) {
        if (skip.has(at(line))) continue;
        const ref = boldRefLine(line);
        if (ref) {
          const raw = { line, ref, run };
          lines.push(raw);
          errorOf.set(raw, error);
        } else {
          run++;
          rest.push(line);
        }
      }
      if (rest.length) kept.push(rebuild(node, rest));
    }
    error.body.nodes = kept;
    errors.push(error);
  }

  // Which `###` sections are link targets of cause/step lines, and from which runs.
  const targetRuns = new Map<string, Set<number>>();
  for (const raw of lines) {
    const anchor = raw.ref.href === null ? null : sameArticleAnchor(raw.ref.href, slug);
    if (anchor) {
      const set = targetRuns.get(lower(anchor)) ?? new Set();
      set.add(raw.run);
      targetRuns.set(lower(anchor), set);
    }
  }
  const hasSolution = (s: Section): boolean => s.children.some((c) => c.heading.anchors.some((a) => /^solution/i.test(a)));
  const isTarget = (s: Section): boolean => s.heading.anchors.some((a) => targetRuns.has(lower(a)));

  const sections: ArticleSection[] = [{ kind: "intro", heading: h1?.heading ?? null, key: null }];
  const causes: ParsedCause[] = [];
  const solutions: ParsedSolution[] = [];
  const causeRuns = new Set<number>();
  for (const raw of lines) if (raw.ref.href === null) causeRuns.add(raw.run);
  for (const section of nonErrors) {
    for (const sub of section.children) {
      if (hasSolution(sub)) for (const a of sub.heading.anchors) for (const r of targetRuns.get(lower(a)) ?? []) causeRuns.add(r);
    }
  }

  for (const section of h2s) {
    const error = errors.find((e) => e.heading === section.heading);
    if (error) {
      sections.push({ kind: "error", heading: section.heading, key: section.heading.anchors[0] ?? null });
      continue;
    }
    const container = section.children.some((c) => hasSolution(c) || isTarget(c));
    sections.push({ kind: container ? "causes" : "guide", heading: section.heading, key: section.heading.anchors[0] ?? null });
    if (!container) continue;
    for (const sub of section.children) {
      if (!sub.heading.anchors.length) {
        sink.warn(
          "anchor-missing",
          `Section "${sub.heading.title}" has no <a name> anchor; it is shown on the article page only.`,
          sub.heading,
        );
        continue;
      }
      const runs = sub.heading.anchors.flatMap((a) => [...(targetRuns.get(lower(a)) ?? [])]);
      const solutionSection = sub.children.find((c) => c.heading.anchors.some((a) => /^solution/i.test(a)));
      const linkedOnlyAsCause = runs.length > 0 && runs.every((r) => causeRuns.has(r));
      if (solutionSection || linkedOnlyAsCause) {
        causes.push({
          heading: sub.heading,
          body: { nodes: [...sub.content, ...sub.children.filter((c) => c !== solutionSection).flatMap((c) => flatten(c))] },
          solution: solutionSection ? { heading: solutionSection.heading, body: { nodes: flatten(solutionSection, false) } } : null,
        });
        sections.push({ kind: "cause", heading: sub.heading, key: sub.heading.anchors[0] ?? null });
      } else {
        const subAnchors = sub.children.flatMap((c) => collectAnchors(c));
        solutions.push({ heading: sub.heading, body: { nodes: flatten(sub, false) }, subAnchors });
        sections.push({ kind: "solution", heading: sub.heading, key: sub.heading.anchors[0] ?? null });
      }
    }
  }

  // Attach cause and step lines, now that every target's kind is known.
  const kindOf = (anchor: string): "cause" | "solution" | null => {
    const a = lower(anchor);
    if (causes.some((c) => c.heading.anchors.some((x) => lower(x) === a))) return "cause";
    if (solutions.some((s) => [...s.heading.anchors, ...s.subAnchors].some((x) => lower(x) === a))) return "solution";
    return null;
  };
  for (const raw of lines) {
    const error = errorOf.get(raw);
    if (!error) continue;
    const anchor = raw.ref.href === null ? null : sameArticleAnchor(raw.ref.href, slug);
    if (raw.ref.href !== null && anchor === null) {
      sink.warn("cause-link-external", `Cause line links outside the article (${raw.ref.href}); kept as a plain-text cause.`, raw.line);
    }
    const kind = anchor ? kindOf(anchor) : null;
    const line: CauseLine = {
      anchor,
      ref: null,
      kind: kind ?? (anchor ? "cause" : "text"),
      text: raw.ref.text,
      title: raw.ref.title,
      line: raw.line.line,
      column: raw.line.column,
    };
    (causeRuns.has(raw.run) ? error.causes : error.steps).push(line);
  }

  return {
    ...empty,
    heading: h1?.heading ?? null,
    tree: { nodes: tree.children },
    intro: { nodes: intro },
    sections,
    errors,
    causes,
    solutions,
    anchors,
    diagnostics: sink.list,
  };
}

function collectAnchors(section: Section): string[] {
  return [...section.heading.anchors, ...section.children.flatMap(collectAnchors)];
}

interface FoundCode {
  code: ReturnType<typeof labelLine> & {};
  codes: string[];
  codeLine: ParagraphLine;
  message: ReturnType<typeof labelLine>;
  messageLine: ParagraphLine | null;
}

/** The first `**label**: CODE` line among a section's own paragraphs, and the label line after it. */
function findCodeLine(content: RootContent[]): FoundCode | null {
  const all: ParagraphLine[] = content.filter((n): n is Paragraph => n.type === "paragraph").flatMap((p) => splitLines(p));
  for (let i = 0; i < all.length; i++) {
    const current = all[i];
    const label = current ? labelLine(current) : null;
    const codes = label ? codeTokens(label.value) : null;
    if (!current || !label || !codes) continue;
    const next = all[i + 1];
    const message = next ? labelLine(next) : null;
    return {
      code: label,
      codes,
      codeLine: current,
      message: message ? { ...message, value: unquote(message.value) } : null,
      messageLine: message && next ? next : null,
    };
  }
  return null;
}

/** Drops quotes that wrap the whole message (machine translation adds them), never a quote inside it. */
function unquote(text: string): string {
  const wrapped = /^["“«](.*)["”»]\s*\.?$/su.exec(text.trim());
  return wrapped && !/["“”«»]/u.test(wrapped[1] ?? "") ? (wrapped[1] ?? "").trim() : text.trim();
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
