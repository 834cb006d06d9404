import { describe, expect, it } from "vitest";
import { FILE, fixture, throughPipeline } from "./pipeline.ts";

// Issue 11, item 2: cells past the header's columns used to vanish from the page without a word.
describe("table rows wider than their header", { timeout: 60_000 }, () => {
  const result = throughPipeline(fixture("extra-cells.md"));

  it("warns at the first cell past the header's columns, once per row", () => {
    const extra = result.diagnostics.filter((d) => d.code === "table-cells-extra");
    expect(extra).toEqual([
      expect.objectContaining({ file: FILE, line: 15, column: 11, severity: "warning" }),
      expect.objectContaining({ file: FILE, line: 17, column: 9, severity: "warning" }),
    ]);
    expect(extra[0]?.message).toContain("3 cells, expected 2");
  });

  it("renders every cell (the header gets empty cells), so no text is lost", () => {
    expect(result.articleHtml).toMatch(/<td>PERSO<\/td>/);
    expect(result.articleHtml).toMatch(/<td>e<\/td>/);
    expect(result.articleHtml).toContain("due | tre");
    expect(result.findings).toEqual([]);
    expect(result.reportedLosses).toBe(0);
  });
});
