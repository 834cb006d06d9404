import type { Root as HastRoot } from "hast";
import type { Paragraph, Root, RootContent } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { RenderContext } from "./context.ts";
import { rehypeCallouts } from "./rehype-callouts.ts";
import { rehypeCodeBreaks } from "./rehype-code-breaks.ts";
import { rehypeDocfxAnchors } from "./rehype-docfx-anchors.ts";
import { rehypeHeadingLinks } from "./rehype-heading-links.ts";
import { rehypeLinks } from "./rehype-links.ts";
import { rehypeMissingImages } from "./rehype-missing-images.ts";
import { rehypeReportUnsafe } from "./rehype-report-unsafe.ts";
import { rehypeShiftHeadings } from "./rehype-shift-headings.ts";
import { rehypeUniqueIds } from "./rehype-unique-ids.ts";
import { sanitizeSchema } from "./sanitize-schema.ts";

/** Replaces `[!INCLUDE]` placeholders with the project's include, or a visible plain-text notice. */
function expandIncludes(tree: Root, ctx: RenderContext): void {
  visit(tree, "paragraph", (node: Paragraph, index, parent) => {
    const name = (node.data as { hProperties?: { dataInclude?: string } } | undefined)?.hProperties?.dataInclude;
    if (!name || !parent || index === undefined) return undefined;
    const nodes = ctx.include(name) ?? [{ type: "paragraph", children: [{ type: "text", value: name }] } satisfies Paragraph];
    parent.children.splice(index, 1, {
      type: "blockquote",
      children: structuredClone(nodes) as Root["children"] as never,
      data: { hName: "div", hProperties: { className: ["callout", "callout-include"] } },
    });
    return index + 1;
  });
}

/**
 * Renders a run of Markdown nodes to sanitized HTML for one page: DocFX
 * anchors become ids (unique on the page), links follow the URL contract,
 * alerts and includes become callouts, and anything outside the allowlist is
 * removed with a diagnostic.
 */
export function renderFragment(nodes: readonly RootContent[], ctx: RenderContext): string {
  const tree: Root = { type: "root", children: structuredClone(nodes) as RootContent[] };
  expandIncludes(tree, ctx);
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    // Sanitizes the source's HTML, and reports each element or attribute removed.
    .use(() => rehypeReportUnsafe(ctx, sanitizeSchema))
    .use(() => rehypeMissingImages(ctx))
    .use(() => rehypeDocfxAnchors(ctx))
    .use(() => rehypeShiftHeadings(ctx))
    .use(() => rehypeLinks(ctx))
    .use(() => rehypeCallouts(ctx))
    // Again over our own plugins' output: what reaches a page has passed the allowlist, and any removal is reported.
    .use(() => rehypeReportUnsafe(ctx, sanitizeSchema))
    .use(() => rehypeUniqueIds(ctx))
    // After the sanitizer: the links are the renderer's own markup, and ids are final.
    .use(() => rehypeHeadingLinks(ctx))
    .use(rehypeCodeBreaks);
  const hast = processor.runSync(tree) as HastRoot;
  return unified().use(rehypeStringify).stringify(hast);
}
