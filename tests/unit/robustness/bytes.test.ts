import { describe, expect, it } from "vitest";
import { decodeSource } from "../../../src/parser/decode-source.ts";
import { FILE, HEADER, throughPipeline } from "./pipeline.ts";

// Issue 11, item 5: invalid UTF-8 and NUL bytes were replaced by U+FFFD without a word.
const source = Buffer.concat([
  Buffer.from(`${HEADER}Testo `),
  Buffer.from([0xff]),
  Buffer.from(" rotto e\nnul"),
  Buffer.from([0]),
  Buffer.from(" qui "),
  Buffer.from([0xed, 0xa0, 0x80]), // a UTF-16 surrogate written as UTF-8
  Buffer.from(" fine.\n"),
]);
const offset = (bytes: Buffer, what: number[]): number => bytes.indexOf(Buffer.from(what));

describe("bytes that are not UTF-8 text", { timeout: 60_000 }, () => {
  const result = throughPipeline(source);

  it("warns at each invalid sequence and NUL byte, with its line, column and byte offset", () => {
    const bytes = result.diagnostics.filter((d) => d.code === "utf8-invalid" || d.code === "nul-byte");
    expect(bytes).toEqual([
      expect.objectContaining({ file: FILE, line: 13, column: 7, severity: "warning", code: "utf8-invalid" }),
      expect.objectContaining({ file: FILE, line: 14, column: 4, severity: "warning", code: "nul-byte" }),
      expect.objectContaining({ file: FILE, line: 14, column: 10, severity: "warning", code: "utf8-invalid" }),
    ]);
    expect(bytes[0]?.message).toContain(`FF at byte ${offset(source, [0xff])}`);
    expect(bytes[1]?.message).toContain(`at byte ${offset(source, [0])}`);
    expect(bytes[2]?.message).toContain(`ED A0 80 at byte ${offset(source, [0xed, 0xa0, 0x80])}`);
  });

  it("keeps the text around them on the page", () => {
    expect(result.articleHtml).toContain("Testo \uFFFD rotto");
    expect(result.articleHtml).toContain("qui \uFFFD\uFFFD\uFFFD fine.");
    expect(result.findings).toEqual([]);
    expect(result.reportedLosses).toBe(0);
  });

  it("makes them errors in strict mode", () => {
    const { diagnostics } = decodeSource(source, FILE, { strict: true });
    expect(diagnostics.map((d) => d.severity)).toEqual(["error", "error", "error"]);
  });

  it("counts columns in characters after multi-byte text, like the parser", () => {
    const { diagnostics } = decodeSource(Buffer.concat([Buffer.from("ab\nчё😀x"), Buffer.from([0xc0, 0xaf])]), FILE);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 2, column: 6, code: "utf8-invalid" })]);
  });

  it("says nothing about valid UTF-8", () => {
    expect(decodeSource(Buffer.from("Код ошибки: ok\r\n😀\n"), FILE).diagnostics).toEqual([]);
  });
});
