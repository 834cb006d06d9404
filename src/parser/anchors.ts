import type { Heading, PhrasingContent } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { docfxAutoId } from "./auto-id.ts";
import type { HeadingInfo } from "./types.ts";

const NAME = /<a\s+[^>]*?\bname\s*=\s*(["'])(.*?)\1[^>]*>/gi;

/** Every `<a name="…">` value in a snippet of raw HTML, in order. */
export function anchorNames(html: string): string[] {
  return [...html.matchAll(NAME)].map((m) => m[2] ?? "").filter(Boolean);
}

/** Text of phrasing content, ignoring raw HTML (`<a>`, `<br>`). */
export function plainText(nodes: PhrasingContent[]): string {
  return nodes
    .filter((n) => n.type !== "html")
    .map((n) => mdToString(n))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Reads a heading's DocFX anchors (`<a name>` before the text, or wrapping
 * it) and its visible text. Anchors are identity; the text is only a title.
 */
export function headingInfo(node: Heading): HeadingInfo {
  const anchors = node.children.filter((c) => c.type === "html").flatMap((c) => anchorNames(c.value));
  const start = node.position?.start;
  const title = plainText(node.children);
  // DocFX turns each space of the heading into `-`, so the auto-id reads the text as written (`A  B` → `a--b`).
  const written = node.children
    .filter((n) => n.type !== "html")
    .map((n) => mdToString(n))
    .join("");
  const autoId = anchors.length ? null : docfxAutoId(written) || null;
  return {
    depth: node.depth,
    // A heading with no `<a name>` is reached by its DocFX auto-id.
    anchors: autoId ? [autoId] : [...new Set(anchors)],
    title,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    autoId,
  };
}
