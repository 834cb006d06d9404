import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";
import type { RenderContext } from "./context.ts";

const isHeading = (el: Element): boolean => /^h[1-6]$/.test(el.tagName);

function takeAnchors(el: Element): string[] {
  const names: string[] = [];
  const walk = (parent: Element): void => {
    const next: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === "element" && child.tagName === "a" && typeof child.properties.name === "string" && !child.properties.href) {
        names.push(child.properties.name);
        next.push(...child.children); // the `<a>` may wrap the heading text
      } else {
        if (child.type === "element") walk(child);
        next.push(child);
      }
    }
    parent.children = next;
  };
  walk(el);
  return names;
}

/**
 * DocFX marks sections with `<a name>` before (or around) heading text. Make
 * the first anchor the heading's `id` and keep every other published anchor
 * as an empty `<span id>` inside the heading, so old deep links still land.
 */
export function rehypeDocfxAnchors(ctx: RenderContext) {
  return (tree: Root): void => {
    visit(tree, "element", (el: Element) => {
      if (isHeading(el)) {
        const own = takeAnchors(el);
        const all = ctx.headingAnchors ? ctx.headingAnchors(own, el.position?.start.line) : own;
        const [first, ...rest] = [...new Set(all)];
        if (first) el.properties.id = first;
        el.children.unshift(
          ...rest.map(
            (id): Element => ({ type: "element", tagName: "span", properties: { id, className: ["anchor-alias"] }, children: [] }),
          ),
        );
        // Strip the `<br>` some sources leave at the end of a heading.
        el.children = el.children.filter((c) => !(c.type === "element" && c.tagName === "br"));
        return "skip";
      }
      if (el.tagName === "a" && typeof el.properties.name === "string" && !el.properties.href) {
        el.tagName = "span";
        el.properties = { id: el.properties.name, className: ["anchor-alias"] };
      }
      return undefined;
    });
  };
}
