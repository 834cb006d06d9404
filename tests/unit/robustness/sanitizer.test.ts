import { describe, expect, it } from "vitest";
import { FILE, fixture, throughPipeline } from "./pipeline.ts";

// Issue 11, item 6: the sanitizer's removals are read from the trees before and after it ran, however they are spelled.
describe("every removal the sanitizer makes is reported", { timeout: 60_000 }, () => {
  const result = throughPipeline(fixture("hostile-spellings.md"));
  const removed = result.diagnostics.filter((d) => d.code === "html-removed");
  const at = (line: number) => removed.filter((d) => d.line === line);

  it.each([
    [13, "java\\tscript:"],
    [15, "jav\\nascript:"],
    [17, "%6Aavascript:"],
    [19, "https'://"],
    [23, "java%09script:"],
  ])("line %i: the href %s", (line, spelled) => {
    expect(at(line)).toEqual([expect.objectContaining({ file: FILE, line, column: 1, severity: "warning" })]);
    expect(at(line)[0]?.message).toContain(spelled);
  });

  it("a style attribute", () => {
    expect(at(21)).toEqual([expect.objectContaining({ file: FILE, line: 21, column: 1, severity: "warning" })]);
    expect(at(21)[0]?.message).toContain("`style=");
  });

  it("removes them all, keeps the link texts, and loses nothing", () => {
    expect(result.articleHtml).not.toMatch(/script:|%6Aavascript|evil\.example|style=/i);
    for (const text of ["tab", "newline", "percent", "quote", "styled", "markdown"]) expect(result.articleHtml).toContain(`>${text}<`);
    expect(result.findings).toEqual([]);
    expect(result.reportedLosses).toBe(0);
    expect(removed).toHaveLength(6);
  });
});
