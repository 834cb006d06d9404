import type { RootContent, Text } from "mdast";
import { visit } from "unist-util-visit";
import type { ParsedError } from "../parser/types.ts";
import { bestMatch } from "./codes.ts";
import type { Entity } from "./entities.ts";

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The article page shows the canonical code where a source's heading or code
 * line has a corrupted or misspelled one (each repair is already reported).
 * Returns repaired copies of the nodes; only those two lines are touched.
 */
export function repairCodesInArticle(nodes: readonly RootContent[], errors: ReadonlyMap<ParsedError, Entity>): RootContent[] {
  const byLine = new Map<number, [RegExp, string][]>();
  for (const [node, entity] of errors) {
    const pairs = entity.aliases.flatMap((alias): [RegExp, string][] => {
      const canonical = bestMatch(alias, entity.codes, 0.5);
      // Whole tokens only: an alias that is a prefix of the real code (`…StatusErro`) must not touch the code itself.
      return canonical ? [[new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(alias)}(?![\\p{L}\\p{N}_])`, "giu"), canonical]] : [];
    });
    if (!pairs.length) continue;
    for (const line of [node.heading.line, node.codeLine.line]) byLine.set(line, [...(byLine.get(line) ?? []), ...pairs]);
  }
  const copy = structuredClone(nodes) as RootContent[];
  if (!byLine.size) return copy;
  for (const node of copy) {
    visit(node, "text", (text: Text) => {
      const pairs = byLine.get(text.position?.start.line ?? -1);
      for (const [pattern, canonical] of pairs ?? []) text.value = text.value.replace(pattern, canonical);
    });
  }
  return copy;
}
