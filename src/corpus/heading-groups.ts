import { headingInfo } from "../parser/anchors.ts";
import type { ParsedSource } from "../parser/types.ts";
import type { Entity } from "./entities.ts";

/**
 * Groups the headings of every source that are the same section (they share
 * an anchor, case-insensitively), so each article page can carry every
 * anchor any revision or locale ever published for a section. A cause's
 * `#### solution` subsection is grouped by its cause, not by its anchor,
 * because every cause repeats the anchor `solution`.
 */
export function headingGroups(sources: readonly ParsedSource[], byAnchor: Map<string, { entity: Entity; sub: string | null }>) {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const lineKey = new Map<ParsedSource, Map<number, string>>();
  const members: { key: string; anchors: string[] }[] = [];

  for (const source of sources) {
    const solutionOf = new Map<number, string>();
    for (const cause of source.causes) {
      const id = byAnchor.get((cause.heading.anchors[0] ?? "").toLowerCase())?.entity.id;
      if (cause.solution && id) solutionOf.set(cause.solution.heading.line, id);
    }
    const lines = new Map<number, string>();
    for (const node of source.tree.nodes) {
      if (node.type !== "heading") continue;
      const info = headingInfo(node);
      if (!info.anchors.length) continue;
      const cause = solutionOf.get(info.line);
      const key = cause ? `solution-of:${cause}` : (info.anchors[0] ?? "").toLowerCase();
      if (!cause) for (const a of info.anchors) union(key, a.toLowerCase());
      find(key);
      lines.set(info.line, key);
      members.push({ key, anchors: info.anchors });
    }
    lineKey.set(source, lines);
  }
  const anchorsOf = new Map<string, string[]>();
  for (const m of members) {
    const root = find(m.key);
    const list = anchorsOf.get(root) ?? [];
    for (const a of m.anchors) if (!list.includes(a)) list.push(a);
    anchorsOf.set(root, list);
  }
  return {
    /** The anchors to publish on a heading of `source` at `line`: its own first, then every other spelling. */
    anchorsFor(source: ParsedSource, own: string[], line?: number): string[] {
      const key = line === undefined ? undefined : lineKey.get(source)?.get(line);
      const all = key ? (anchorsOf.get(find(key)) ?? []) : [];
      return [...own, ...all.filter((a) => !own.includes(a))];
    },
  };
}
