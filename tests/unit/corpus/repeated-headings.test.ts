import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/parser/parse-source.ts";
import { corpusOf, SLUG } from "../helpers.ts";

/**
 * DocFX gives each heading of a page a distinct auto-id: a heading text an earlier heading already gave is
 * published as `…-1`, `…-2` (a real 2023 English revision describes one error twice, `####` then `###`).
 * Headings here have no `<a name>`, as in English originals; the Cyrillic and Japanese titles show the
 * numbering is by position, whatever the script.
 */
const source = (title: string, other: string) =>
  [
    "---",
    "title: Repeated",
    "ms.date: 01/01/2023",
    "---",
    "# Repeated",
    "",
    "## Restore",
    "",
    `#### UserErrorFooBar ${title}`,
    "",
    "**Error code**: UserErrorFooBar",
    "",
    "**Error message**: Foo failed.",
    "",
    `#### ${other}`,
    "",
    "Text.",
    "",
    `### UserErrorFooBar ${title}`,
    "",
    "**Error code**: UserErrorFooBar",
    "",
    "**Error message**: Foo failed.",
    "",
    `### ${other}`,
    "",
    "Text again.",
    "",
    `### ${other}`,
    "",
    "Text once more.",
    "",
  ].join("\n");

describe("repeated headings", () => {
  it.each([
    ["Latin", "failed", "Notes", "usererrorfoobar-failed", "notes"],
    ["Cyrillic", "сбой", "Примечания", "usererrorfoobar-сбой", "примечания"],
    ["Japanese", "失敗", "注意事項", "usererrorfoobar-失敗", "注意事項"],
  ])("get DocFX's numbered auto-ids, in page order (%s)", (_script, title, other, errorId, otherId) => {
    const parsed = parseSource(source(title, other), { file: "en.md", slug: SLUG });
    const headings = parsed.tree.nodes.filter((n) => n.type === "heading").length;
    expect(headings).toBe(7);
    const ids = parsed.errors.map((e) => e.heading.anchors);
    expect(ids).toEqual([[errorId], [`${errorId}-1`]]);
    const sections = parsed.sections.flatMap((s) => s.heading?.anchors ?? []);
    expect(sections).toEqual(expect.arrayContaining([otherId, `${otherId}-1`, `${otherId}-2`]));
  });

  it("keep one error whose published anchors include the repeat's, with a warning, not a code conflict", () => {
    const doc = corpusOf([parseSource(source("failed", "Notes"), { file: "en.md", slug: SLUG })]);
    expect(doc.errors.map((e) => [e.id, e.anchors])).toEqual([["usererrorfoobar", ["usererrorfoobar-failed", "usererrorfoobar-failed-1"]]]);
    const about = doc.diagnostics.filter((d) => d.code === "section-duplicate" || d.code === "code-conflict");
    expect(about.map((d) => [d.code, d.severity, d.line])).toEqual([["section-duplicate", "warning", 19]]);
  });
});
