import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/parser/parse-source.ts";
import { corpusOf, ROOT } from "../helpers.ts";

/** Article R of tests/fixtures/docs-tree (README: R6 is `320290, IscsiSessionRejected`, in en, it and ru). */
const TREE = join(ROOT, "tests/fixtures/docs-tree");
const R = "backup-azure-vm-restore-troubleshoot";
const read = (locale: string, edit = (s: string) => s) => {
  const file = `${locale}/articles/backup/${R}.md`;
  return parseSource(edit(readFileSync(join(TREE, file), "utf8")), { file });
};

describe("an error section whose code line cannot be read is never lost silently", () => {
  it("reports the Russian R6 section, without its code and message lines, at its heading", () => {
    const source = readFileSync(join(TREE, `ru-ru/articles/backup/${R}.md`), "utf8");
    const lines = source.split("\n");
    const heading = lines.findIndex((l) => l.startsWith('### <a name="320290-iscsisessionrejected'));
    // The code line and the message line after it are gone: only the heading's anchor says which error this is.
    const withoutCodeLine = (s: string) =>
      s
        .split("\n")
        .filter((_, i) => i !== heading + 2 && i !== heading + 3)
        .join("\n");
    const doc = corpusOf([read("en-us"), read("ru-ru", withoutCodeLine)]);
    const unread = doc.diagnostics.filter((d) => d.code === "error-section-unread");
    expect(unread.map((d) => [d.file, d.line, d.severity])).toEqual([[`ru-ru/articles/backup/${R}.md`, heading + 1, "warning"]]);
    expect(unread[0]?.message.toLowerCase()).toContain("iscsisessionrejected");
  });

  it("reports nothing when every section is read", () => {
    const doc = corpusOf([read("en-us"), read("it-it"), read("ru-ru")]);
    expect(doc.diagnostics.filter((d) => d.code === "error-section-unread")).toEqual([]);
  });
});
