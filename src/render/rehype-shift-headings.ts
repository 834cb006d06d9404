import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import type { RenderContext } from "./context.ts";

/** Moves headings so the shallowest becomes `ctx.baseDepth` (an error page's cause is `h3`, its solution `h4`). */
export function rehypeShiftHeadings(ctx: RenderContext) {
  return (tree: Root): void => {
    if (!ctx.baseDepth) return;
    const headings: Element[] = [];
    visit(tree, "element", (el: Element) => {
      if (/^h[1-6]$/.test(el.tagName)) headings.push(el);
    });
    const min = Math.min(...headings.map((h) => Number(h.tagName[1])));
    const shift = ctx.baseDepth - min;
    for (const h of headings) h.tagName = `h${Math.min(6, Math.max(1, Number(h.tagName[1]) + shift))}`;
  };
}
