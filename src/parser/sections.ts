import type { Heading, Root, RootContent } from "mdast";
import { headingInfo } from "./anchors.ts";
import type { HeadingInfo } from "./types.ts";

/** A heading and everything under it up to the next heading of the same or higher rank. */
export interface Section {
  heading: HeadingInfo;
  node: Heading;
  /** Content before the first sub-section. */
  content: RootContent[];
  children: Section[];
}

export interface Outline {
  /** Content before the first heading. */
  preamble: RootContent[];
  sections: Section[];
}

/** Cuts a document into a tree of sections by heading depth (like mdast-util-heading-range, for every heading). */
export function outline(tree: Root): Outline {
  const root: Outline = { preamble: [], sections: [] };
  const stack: Section[] = [];
  for (const node of tree.children) {
    if (node.type === "heading") {
      const section: Section = { heading: headingInfo(node), node, content: [], children: [] };
      while (stack.length && (stack.at(-1)?.node.depth ?? 0) >= node.depth) stack.pop();
      const parent = stack.at(-1);
      (parent ? parent.children : root.sections).push(section);
      stack.push(section);
    } else {
      const current = stack.at(-1);
      (current ? current.content : root.preamble).push(node);
    }
  }
  return root;
}

/** The section's nodes in source order: its heading, content and all sub-sections. */
export function flatten(section: Section, withHeading = true): RootContent[] {
  return [...(withHeading ? [section.node] : []), ...section.content, ...section.children.flatMap((c) => flatten(c))];
}
