import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import type { RenderContext } from "./context.ts";

/**
 * Gives each alert (`div.callout-note` etc.) `role="note"` and a localized
 * title. Not `<aside>`: inside `<main>` that would be a misplaced landmark.
 */
export function rehypeCallouts(ctx: RenderContext) {
  return (tree: Root): void => {
    visit(tree, "element", (el: Element) => {
      if (el.tagName !== "div") return;
      const classes = (el.properties.className as string[] | undefined) ?? [];
      const kind = classes.find((c) => c.startsWith("callout-"))?.slice("callout-".length);
      if (!kind) return;
      const label = ctx.alertLabel(kind);
      delete el.properties.dataAlert;
      el.properties.role = "note";
      el.children.unshift({
        type: "element",
        tagName: "p",
        properties: { className: ["callout-title"] },
        children: [{ type: "text", value: label }],
      });
    });
  };
}
