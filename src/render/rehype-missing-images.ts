import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import type { RenderContext } from "./context.ts";

/**
 * Raw `<img>` elements whose file the project does not have become their alt
 * text (Markdown images are handled by the parser); never a broken image.
 */
export function rehypeMissingImages(ctx: RenderContext) {
  return (tree: Root): void => {
    visit(tree, "element", (el: Element, index, parent) => {
      if (el.tagName !== "img" || !parent || index === undefined) return undefined;
      const src = String(el.properties.src ?? "");
      if (ctx.assetExists?.(src)) return undefined;
      const start = el.position?.start ?? parent.position?.start;
      ctx.report({
        file: ctx.file,
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        severity: "warning",
        code: "image-missing",
        message: `Image \`${src}\` does not exist; its alt text is shown instead.`,
      });
      const alt = String(el.properties.alt ?? src);
      parent.children.splice(index, 1, {
        type: "element",
        tagName: "span",
        properties: { className: ["missing-image"] },
        children: [{ type: "text", value: alt }],
      });
      return index + 1;
    });
  };
}
