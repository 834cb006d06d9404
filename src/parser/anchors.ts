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

/** A heading's text as written, for its auto-id: DocFX turns each space into `-` (`A  B` → `a--b`). */
function writtenText(node: Heading): string {
  return node.children
    .filter((n) => n.type !== "html")
    .map((n) => mdToString(n))
    .join("");
}

/** Where numberRepeatedAutoIds keeps the id of a heading whose auto-id an earlier heading of the page took. */
type NumberedHeading = Heading & { data?: { docfxAutoId?: string } };

const repeatedAutoId = (node: Heading): string | undefined => (node as NumberedHeading).data?.docfxAutoId;

/**
 * DocFX (Markdig) gives each heading of a page a distinct auto-id: a text an
 * earlier heading already gave gets `-1`, then `-2`… (`### X` after `#### X`
 * is published as `x-1`). Every heading counts, those with `<a name>` too.
 */
export function numberRepeatedAutoIds(headings: readonly Heading[]): void {
  const used = new Set<string>();
  for (const node of headings) {
    const base = docfxAutoId(writtenText(node));
    if (!base) continue;
    let id = base;
    for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    if (id !== base) (node as NumberedHeading).data = { ...(node as NumberedHeading).data, docfxAutoId: id };
  }
}

/**
 * Reads a heading's DocFX anchors (`<a name>` before the text, or wrapping
 * it) and its visible text. Anchors are identity; the text is only a title.
 */
export function headingInfo(node: Heading): HeadingInfo {
  const anchors = node.children.filter((c) => c.type === "html").flatMap((c) => anchorNames(c.value));
  const start = node.position?.start;
  const title = plainText(node.children);
  const autoId = anchors.length ? null : (repeatedAutoId(node) ?? docfxAutoId(writtenText(node))) || null;
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
