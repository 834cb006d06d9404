import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import type { RenderContext } from "./context.ts";

/**
 * Makes every id unique on the page (the sources repeat `solution` once per
 * cause). Runs in document order, so the first occurrence keeps its name.
 */
export function rehypeUniqueIds(ctx: RenderContext) {
  return (tree: Root): void => {
    visit(tree, "element", (el: Element) => {
      const id = el.properties.id;
      if (typeof id === "string" && id) el.properties.id = ctx.ids.claim(id);
    });
  };
}
