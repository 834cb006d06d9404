import type { Link, Nodes, Paragraph, PhrasingContent } from "mdast";
import { plainText } from "./anchors.ts";
import { splitLines } from "./lines.ts";
import { sameArticleAnchor } from "./same-article.ts";
import type { CauseLine, ErrorReference, ReferenceKind } from "./types.ts";

/** A link with the visible text of the line, list item or heading that holds it. */
export interface LinkAt {
  href: string;
  /** The holding line's text. */
  text: string;
  /** The link's own text. */
  title: string;
  line: number;
  column: number;
}

function linksOf(nodes: PhrasingContent[]): Link[] {
  const out: Link[] = [];
  for (const node of nodes) {
    if (node.type === "link") out.push(node);
    else if ("children" in node) out.push(...linksOf(node.children as PhrasingContent[]));
  }
  return out;
}

/** Every link under a node, in source order, each with the text of its line. */
export function linksIn(node: Nodes): LinkAt[] {
  const at = (link: Link, text: string): LinkAt => ({
    href: link.url,
    text,
    title: plainText(link.children),
    line: link.position?.start.line ?? 1,
    column: link.position?.start.column ?? 1,
  });
  if (node.type === "paragraph") {
    return splitLines(node as Paragraph).flatMap((line) => {
      const text = plainText(line.nodes);
      return linksOf(line.nodes).map((l) => at(l, text));
    });
  }
  if (node.type === "heading" || node.type === "tableCell") {
    const text = plainText(node.children);
    return linksOf(node.children).map((l) => at(l, text));
  }
  if ("children" in node) return (node.children as Nodes[]).flatMap((c) => linksIn(c));
  return [];
}

/** What a section of this article is, by anchor (lowercase). */
export type TargetKind = "error" | "cause" | "solution" | "other";

const REFERENCE_KIND: Record<TargetKind, ReferenceKind> = { error: "see-also", cause: "cause", solution: "step", other: "step" };

/**
 * Turns an error's pending links and bold lines into references, in source
 * order: the kind comes from what the link points to (another error →
 * `see-also`, a cause → `cause`, a procedure → `step`); a bold line with no
 * in-page target is a plain-text cause. Links to other pages are not references.
 */
export function toReferences(
  items: ({ type: "bold"; line: CauseLine; asCause: boolean } | { type: "link"; link: LinkAt })[],
  slug: string,
  targetOf: (anchor: string) => TargetKind | null,
  ownAnchors: Set<string>,
): ErrorReference[] {
  const refs: ErrorReference[] = [];
  for (const item of items) {
    if (item.type === "bold") {
      const l = item.line;
      const target = l.anchor ? targetOf(l.anchor) : null;
      const kind: ReferenceKind = target ? REFERENCE_KIND[target] : item.asCause || !l.anchor ? "cause" : "step";
      refs.push({ kind, anchor: l.anchor, text: l.text, title: l.title, line: l.line, column: l.column });
      continue;
    }
    const anchor = sameArticleAnchor(item.link.href, slug);
    if (anchor === null || anchor === "") continue;
    if (ownAnchors.has(anchor.toLowerCase())) continue;
    // A link to no section is reported where links are rendered (`link-broken`); it stays a reference.
    const target = targetOf(anchor);
    refs.push({
      kind: REFERENCE_KIND[target ?? "other"],
      anchor,
      text: item.link.text,
      title: item.link.title,
      line: item.link.line,
      column: item.link.column,
    });
  }
  return refs;
}
