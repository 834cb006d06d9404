import type { Element, Nodes, Properties, Root } from "hast";
import { type Schema, sanitize } from "hast-util-sanitize";
import type { RenderContext } from "./context.ts";

/** A property no source uses: the sanitizer is told to keep it, so it tells which element came through. */
const MARK = "dataEaSanitizeMark";

type Place = { line: number; column: number };

const shown = (value: unknown): string => {
  const text = Array.isArray(value) ? value.join(" ") : String(value);
  const json = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
  return json;
};

/** Attribute name as written in HTML (`className` → `class`, `onClick` → `onclick`). */
const attributeName = (property: string): string =>
  property === "className"
    ? "class"
    : property === "htmlFor"
      ? "for"
      : /^data[A-Z]/.test(property)
        ? `data-${property
            .slice(4)
            .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
            .replace(/^-/, "")}`
        : property.toLowerCase();

/**
 * Sanitizes with rehype-sanitize's engine and reports every element and
 * attribute it removed. What was removed is read from the trees before and
 * after sanitizing (each element is marked, and the marks that come through
 * tell which elements and which of their attributes survived), never
 * predicted from patterns: whatever the allowlist drops, however it is
 * spelled (`java&#x09;script:`, `%6Aavascript:`, a `style` attribute), is a
 * diagnostic at the place of the element in the source.
 */
export function rehypeReportUnsafe(ctx: RenderContext, schema: Schema) {
  const marking: Schema = {
    ...schema,
    attributes: { ...schema.attributes, "*": [...(schema.attributes?.["*"] ?? []), MARK] },
  };
  const strip = new Set(schema.strip ?? []);
  return (tree: Root): Root => {
    // Mark every element (iteratively: no recursion on deep trees), remembering where it came from.
    const before: { el: Element; place: Place | undefined; props: Properties; removedAncestor: boolean }[] = [];
    const parentOf = new Map<Element, number>();
    const stack: { node: Nodes; parent: number; place: Place | undefined }[] = [{ node: tree, parent: -1, place: undefined }];
    while (stack.length) {
      const { node, parent, place: inherited } = stack.pop() as (typeof stack)[number];
      let self = parent;
      let place = inherited;
      if (node.type === "element") {
        place = node.position?.start ?? inherited;
        self = before.length;
        before.push({ el: node, place, props: { ...node.properties }, removedAncestor: false });
        parentOf.set(node, parent);
        node.properties = { ...node.properties, [MARK]: String(self) };
      }
      if ("children" in node) for (const child of [...node.children].reverse()) stack.push({ node: child, parent: self, place });
    }

    const clean = sanitize(tree, marking) as Root;

    const after = new Map<string, Element>();
    const walk: Nodes[] = [clean];
    while (walk.length) {
      const node = walk.pop() as Nodes;
      if (node.type === "element") {
        const mark = node.properties[MARK];
        if (mark !== undefined) after.set(String(mark), node);
        delete node.properties[MARK];
      }
      if ("children" in node) walk.push(...node.children);
    }

    const report = (place: Place | undefined, message: string): void =>
      ctx.report({
        file: ctx.file,
        line: place?.line ?? 1,
        column: place?.column ?? 1,
        severity: "warning",
        code: "html-removed",
        message,
      });
    const goneWithContent = new Set<number>();
    before.forEach(({ el, place, props }, index) => {
      const parent = parentOf.get(el) ?? -1;
      // Inside an element removed with its content: that element's diagnostic covers it.
      if (parent >= 0 && goneWithContent.has(parent)) {
        goneWithContent.add(index);
        return;
      }
      const kept = after.get(String(index));
      if (!kept) {
        const withContent = strip.has(el.tagName);
        if (withContent) goneWithContent.add(index);
        const attrs = Object.entries(props)
          .map(([k, v]) => `${attributeName(k)}=${shown(v)}`)
          .join(" ");
        report(
          place,
          `Unexpected <${el.tagName}> element${attrs ? ` (${attrs})` : ""}, expected Markdown or allowed HTML; ${withContent ? "removed with its content" : "removed (its text is kept)"}.`,
        );
        return;
      }
      for (const [key, value] of Object.entries(props)) {
        const now = kept.properties[key];
        if (now === undefined || now === null)
          report(place, `Unexpected attribute \`${attributeName(key)}=${shown(value)}\` on <${el.tagName}>; removed.`);
        else if (JSON.stringify(now) !== JSON.stringify(value))
          report(place, `Unexpected value in \`${attributeName(key)}=${shown(value)}\` on <${el.tagName}>; only ${shown(now)} is kept.`);
      }
    });
    return clean;
  };
}
