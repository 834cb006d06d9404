import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/parser/parse-source.ts";
import { corpusOf, ROOT } from "../helpers.ts";

const FIXTURES = join(ROOT, "tests/unit/parser/fixtures/folded-codes");

describe("codes written with Turkish letters, in the corpus (Turkish, Greek and Hangul files)", () => {
  it.each(["tr", "el", "ko"])("%s: every error's id and codes are ASCII, and the spelling as written is an alias", (lang) => {
    const file = `${lang}.md`;
    const doc = corpusOf([parseSource(readFileSync(join(FIXTURES, file), "utf8"), { file, slug: "gizmo-troubleshoot" })]);
    const errors = doc.errors.filter((e) => e.source.file === file);
    expect(errors.map((e) => e.id)).toEqual(["gizmonotindesirablestate", "gizmosnapfailedcom", "gizmounavailable"]);
    for (const e of errors) for (const code of e.codes) expect(code).toMatch(/^[A-Za-z0-9]+$/);
    expect(errors[2]?.aliases).toContain("Gizmounavaılable");
    expect(errors[0]?.aliases).toContain("Gizmonotındesıralaması");
  });
});
