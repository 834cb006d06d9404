import type { Heading, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { anchorNames, numberRepeatedAutoIds } from "./anchors.ts";
import { attachReferences } from "./attach-references.ts";
import { classifySections } from "./classify-sections.ts";
import { DiagnosticSink } from "./diagnostics.ts";
import { markDirectives } from "./directives.ts";
import { learnCodeLabels } from "./error-codes.ts";
import { findErrorSections, reportUnlinkedCauseLists } from "./error-sections.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { normaliseLineEnds } from "./line-ends.ts";
import { unwrapLocalizationSpans } from "./localization-spans.ts";
import { sameArticleAnchor } from "./same-article.ts";
import { outline, type Section } from "./sections.ts";
import { reportSilentSections } from "./silent-sections.ts";
import { reportTableRowCodes } from "./table-row-codes.ts";
import type { ParsedSource } from "./types.ts";

export interface ParseOptions {
  /** Path used in diagnostics. */
  file: string;
  /** Article slug; defaults to the file name without `.md` and a trailing revision date. */
  slug?: string;
  /** Locale for a translated file without `ms.contentlocale` (the CLI's `--locale xx-YY`). */
  locale?: string;
  /** Includes the project can render (see `content/includes/`). */
  knownIncludes?: readonly string[];
  /** Whether an image exists; by default none do (the sources ship no media). */
  assetExists?: (url: string) => boolean;
}

/** File name without `.md` and without a trailing `.<YYYY-MM-DD>` revision date: `slug.2018-12-03.md` → `slug`; other dots stay. */
export function slugOf(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.md$/i, "").replace(/\.\d{4}-\d{2}-\d{2}$/, "");
}

/**
 * Parses one DocFX troubleshooting article into errors, causes, solutions and
 * diagnostics. Structure is detected, never localized words: an error is a
 * section whose own content has a `label: CODE` line; cause and step lines
 * are bold lines that link to a section (or numbered bold text); every other
 * in-page link of an error is a reference too; causes are sections with a
 * `solution…` subsection or linked from a cause list.
 */
export function parseSource(text: string, options: ParseOptions): ParsedSource {
  const sink = new DiagnosticSink(options.file);
  const slug = options.slug ?? slugOf(options.file);
  const { meta, body } = splitFrontMatter(normaliseLineEnds(text, sink), sink, { locale: options.locale });
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

  const tree = unified().use(remarkParse).use(remarkGfm).parse(unwrapLocalizationSpans(body, sink)) as Root;
  // remark-gfm's transforms run in `run`, not `parse`.
  unified().use(remarkGfm).runSync(tree);
  markDirectives(tree, sink, {
    knownIncludes: options.knownIncludes ?? [],
    assetExists: options.assetExists ?? (() => false),
  });

  const headings: Heading[] = [];
  visit(tree, "heading", (node) => {
    headings.push(node);
  });
  numberRepeatedAutoIds(headings);

  const anchors: ParsedSource["anchors"] = [];
  visit(tree, "html", (node) => {
    for (const name of anchorNames(node.value)) {
      anchors.push({ name, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    }
  });

  const doc = outline(tree);
  const h1 = doc.sections.find((s) => s.heading.depth === 1) ?? null;
  if (!h1)
    sink.warn("title-missing", "Expected a `#` heading with the article title; the front matter title is used.", { line: 1, column: 1 });
  const top: Section[] = doc.sections.flatMap((s) => (s.heading.depth === 1 ? s.children : [s]));
  const intro: RootContent[] = [...doc.preamble, ...(h1?.content ?? [])];

  const codeLabels = learnCodeLabels(allSections(top).map((s) => s.content));
  const found = findErrorSections(top, codeLabels, slug, sink);
  const errorBySection = new Map([...found.sectionOf].map(([e, s]) => [s, e]));
  const classified = classifySections(top, h1?.heading ?? null, (s) => errorBySection.get(s), found.refLines, slug, sink);
  attachReferences(found, classified, slug, sink);
  reportSilentSections(top, (s) => errorBySection.has(s), linkedAnchors(tree, slug), sink);
  reportTableRowCodes(top, (s) => errorBySection.has(s), sink);
  reportUnlinkedCauseLists(top, (s) => errorBySection.has(s), slug, sink);

  return {
    ...empty,
    heading: h1?.heading ?? null,
    tree: { nodes: tree.children },
    intro: { nodes: intro },
    sections: classified.sections,
    errors: found.errors,
    causes: classified.causes,
    solutions: classified.solutions,
    anchors,
    diagnostics: sink.list,
  };
}

/** Every anchor of this article an in-page or same-article link points at (lowercase). */
function linkedAnchors(tree: Root, slug: string): Set<string> {
  const linked = new Set<string>();
  visit(tree, "link", (node) => {
    const anchor = sameArticleAnchor(node.url, slug);
    if (anchor) linked.add(anchor.toLowerCase());
  });
  return linked;
}

function allSections(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...allSections(s.children)]);
}
