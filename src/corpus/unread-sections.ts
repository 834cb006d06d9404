import { headingInfo } from "../parser/anchors.ts";
import type { Diagnostic } from "../parser/types.ts";
import type { Located } from "./locate-sources.ts";
import type { AnchorIndex } from "./match-entities.ts";

/**
 * Never silent: a heading that carries the anchor of an error another source
 * describes, but that its own source did not yield as an error (a code line
 * the parser could not read), is reported with its place. The section stays
 * on the article page; the error page of that locale is missing it.
 */
export function reportUnreadErrorSections(located: readonly Located[], byAnchor: AnchorIndex, report: (d: Diagnostic) => void): void {
  for (const { source, locale } of located) {
    const read = new Set(source.errors.map((e) => e.heading.line));
    // The parser already warned about a section placed like an error: one warning per section.
    const warned = new Set(source.diagnostics.filter((d) => d.code === "error-section-unread").map((d) => d.line));
    for (const node of source.tree.nodes) {
      if (node.type !== "heading") continue;
      const heading = headingInfo(node);
      if (read.has(heading.line) || warned.has(heading.line)) continue;
      const hit = heading.anchors.map((a) => byAnchor.get(a.toLowerCase())).find((h) => h && !h.sub && h.entity.kind === "error");
      if (!hit) continue;
      report({
        file: source.file,
        line: heading.line,
        column: heading.column,
        severity: "warning",
        code: "error-section-unread",
        message: `Unexpected section without a readable code line: its anchor is the error ${hit.entity.id}'s (${hit.entity.codes.join(", ")}), which other sources describe; the section is shown on the ${locale.code} article page only.`,
      });
    }
  }
}
