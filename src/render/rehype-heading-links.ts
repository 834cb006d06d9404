import type { Element, Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { toString as textOf } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { RenderContext } from "./context.ts";

/**
 * Ends every h2–h6 that has an id with a "link to this section" anchor
 * (`#`), named for the heading's text and left out of the search index.
 * Runs on the tree, so an id with `"`, `>` or `&` is escaped once, by the
 * serializer. Headings without an id (no published anchor) get no link.
 */
export function rehypeHeadingLinks(ctx: Pick<RenderContext, "headingLinkLabel">) {
  return (tree: Root): void => {
    const label = ctx.headingLinkLabel;
    if (!label) return;
    visit(tree, "element", (el: Element) => {
      const rank = headingRank(el);
      const id = el.properties.id;
      if (!rank || rank < 2 || typeof id !== "string" || !id) return;
      const title = textOf(el).replace(/\s+/g, " ").trim();
      el.children.push(
        { type: "text", value: " " },
        {
          type: "element",
          tagName: "a",
          properties: { className: ["ea-anchor"], href: `#${id}`, ariaLabel: label(title), dataPagefindIgnore: true },
          children: [{ type: "text", value: "#" }],
        },
      );
      return "skip";
    });
  };
}
