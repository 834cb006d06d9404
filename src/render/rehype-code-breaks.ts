import type { Element, ElementContent, Root, Text } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { SKIP, visit } from "unist-util-visit";
import { textBreakParts } from "../page-text/code-breaks.ts";

/**
 * Lets the error codes in headings wrap at their camel-case humps (`<wbr>`), never mid-word: a phone
 * is narrower than `UserErrorGuestAgentStatusUnavailable` set as a heading. The text is unchanged.
 */
export function rehypeCodeBreaks() {
  return (tree: Root): void => {
    visit(tree, "element", (heading: Element) => {
      if (!headingRank(heading)) return;
      visit(heading, "text", (text: Text, index, parent) => {
        if (!parent || index === undefined) return;
        const parts = textBreakParts(text.value);
        if (parts.length < 2) return;
        const nodes: ElementContent[] = parts.flatMap((value, i): ElementContent[] => [
          ...(i > 0 ? [{ type: "element", tagName: "wbr", properties: {}, children: [] } satisfies Element] : []),
          { type: "text", value },
        ]);
        parent.children.splice(index, 1, ...nodes);
        return [SKIP, index + nodes.length];
      });
      return SKIP;
    });
  };
}
