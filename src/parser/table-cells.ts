import type { RootContent, Table } from "mdast";
import type { Diagnostic } from "./types.ts";

/**
 * A GFM table has as many columns as its header row; the HTML conversion cuts
 * every longer row to that width, so a stray `|` in a cell would lose the text
 * after it. This widens such tables (the header gets empty cells) so every
 * cell is rendered, and says so at the first cell past the header's columns.
 */
export function keepExtraCells(fragments: readonly (readonly RootContent[])[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new WeakSet<Table>();
  const stack: unknown[] = fragments.flat();
  while (stack.length) {
    const node = stack.pop() as { type: string; children?: unknown[] };
    if (node.type !== "table") {
      if (node.children) stack.push(...node.children);
      continue;
    }
    const table = node as Table;
    if (seen.has(table)) continue;
    seen.add(table);
    const columns = table.align?.length ?? table.children[0]?.children.length ?? 0;
    let widest = columns;
    for (const row of table.children.slice(1)) {
      if (row.children.length <= columns) continue;
      widest = Math.max(widest, row.children.length);
      const first = row.children[columns];
      const place = first?.position?.start ?? row.position?.start;
      diagnostics.push({
        file,
        line: place?.line ?? 1,
        column: place?.column ?? 1,
        severity: "warning",
        code: "table-cells-extra",
        message: `Unexpected table row with ${row.children.length} cells, expected ${columns} like its header (a \`|\` in a cell needs escaping as \`\\|\`); the extra cells are shown in added columns.`,
      });
    }
    if (widest > columns) table.align = [...(table.align ?? []), ...Array<null>(widest - columns).fill(null)];
  }
  return diagnostics;
}
