import type { Element, Root } from "hast";
import type { Schema } from "hast-util-sanitize";
import { visitParents } from "unist-util-visit-parents";
import type { RenderContext } from "./context.ts";

/**
 * Reports what the sanitizer is about to drop (elements outside the
 * allowlist, event handlers, unsafe URL schemes), so hostile or unexpected
 * HTML never disappears silently. The removal itself is rehype-sanitize's.
 */
export function rehypeReportUnsafe(ctx: RenderContext, schema: Schema) {
  const allowedTags = new Set(schema.tagNames ?? []);
  const strip = new Set(schema.strip ?? []);
  const protocols = schema.protocols ?? {};
  return (tree: Root): void => {
    visitParents(tree, "element", (el: Element, ancestors) => {
      const place = el.position?.start ?? [...ancestors].reverse().find((a) => a.position)?.position?.start;
      const report = (message: string): void =>
        ctx.report({
          file: ctx.file,
          line: place?.line ?? 1,
          column: place?.column ?? 1,
          severity: "warning",
          code: "html-removed",
          message,
        });
      if (!allowedTags.has(el.tagName)) {
        report(
          `Unexpected <${el.tagName}> element, expected Markdown or allowed HTML; ${strip.has(el.tagName) ? "removed with its content" : "removed (its text is kept)"}.`,
        );
      }
      for (const [name, value] of Object.entries(el.properties)) {
        if (/^on/i.test(name)) report(`Unexpected event handler \`${name.toLowerCase()}\` on <${el.tagName}>; removed.`);
        const allowed = protocols[name];
        if (allowed && typeof value === "string") {
          const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
          if (scheme && !allowed.includes(scheme)) report(`Unexpected \`${scheme}:\` URL in \`${name}\` on <${el.tagName}>; removed.`);
        }
      }
    });
  };
}
