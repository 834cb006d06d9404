import { describe, expect, it } from "vitest";
import { parseGuarded } from "../../../src/parser/parse-guarded.ts";
import { FILE, fixture, HEADER, throughPipeline } from "./pipeline.ts";

// Issue 11, item 1: nesting and pathological input never crash or hang; an error names the place and the text stays.
describe("deep nesting and slow input", { timeout: 60_000 }, () => {
  it("reports 800 nested block quotes at their line, shows the file as plain text and loses nothing", () => {
    const result = throughPipeline(fixture("deep-quote.md"));
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ file: FILE, line: 15, column: 1, severity: "error", code: "input-too-complex" }),
    );
    expect(result.findings).toEqual([]);
    expect(result.reportedLosses).toBe(0);
    expect(result.articleHtml).toContain("Testo annidato.");
    expect(result.articleHtml).toContain("Testo dopo.");
    expect(result.articleHtml).toContain("FooBarError");
  });

  // The reproducers: each gave a stack overflow in rendering or took tens of seconds to parse.
  it.each([
    ["`- ` ×400", "- ".repeat(400), 13, 1],
    ["`<div>` ×4000", "<div>".repeat(4000), 13, 5 * 128 + 1],
    ["1000 indented list levels", Array.from({ length: 1000 }, (_, i) => `${"  ".repeat(i)}- x${i}`).join("\n"), 13 + 32, 1],
    ["`*` ×25000 on each side", `${"*".repeat(25_000)}x${"*".repeat(25_000)}`, 13, 401],
    ["100 KB of `[`/`]`", Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 3 ? "[" : "]")).join(""), 13, 1001],
    ["nested emphasis runs", `${"*a ".repeat(4000)}b${" a*".repeat(4000)}`, 13, 3 * 400 + 1],
  ])("%s: an error at file:line:column, and the text kept", (_, body, line, column) => {
    const text = `${HEADER}${body}\n\nTesto dopo.\n`;
    const parsed = parseGuarded(text, { file: FILE });
    expect(parsed.diagnostics).toContainEqual(
      expect.objectContaining({ file: FILE, line, column, severity: "error", code: "input-too-complex" }),
    );
    expect(parsed.tree.nodes).toEqual([expect.objectContaining({ type: "code", value: expect.stringContaining("Testo dopo.") })]);
    expect(parsed.meta.contentLocale).toBe("it-IT");
  });

  it("renders nesting at the limit as Markdown, with no diagnostic", () => {
    const result = throughPipeline(`${HEADER}${"> ".repeat(32)}Testo annidato.\n\n${"<div>".repeat(100)}Testo div.\n`);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.articleHtml).toContain("<blockquote>");
    expect(result.findings).toEqual([]);
    expect(result.reportedLosses).toBe(0);
  });

  it("names the file when the parser itself fails, keeps its text, and leaves the other files alone", () => {
    const parsed = parseGuarded(`${HEADER}![img](x.png) Testo.\n`, {
      file: FILE,
      assetExists: () => {
        throw new Error("boom");
      },
    });
    expect(parsed.diagnostics).toContainEqual(
      expect.objectContaining({ file: FILE, line: 1, column: 1, severity: "error", code: "internal-error" }),
    );
    expect(parsed.tree.nodes).toEqual([expect.objectContaining({ type: "code", value: expect.stringContaining("Testo.") })]);
  });
});
