import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { localeDataRoots, readLocaleData } from "../../../src/i18n/locale-data.ts";

const ROOT = join(import.meta.dirname, "../../..");
const SRC = join(ROOT, "src");
/** A content root that brings German, which the project does not ship. */
const NEW_LOCALE = join(ROOT, "tests/fixtures/new-locale");

/** A scratch data root: `files` maps a path under it to its JSON content. */
function dataRoot(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), "atlas-locales-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === "string" ? content : JSON.stringify(content));
  }
  return root;
}

const german = {
  code: "de-DE",
  path: "de-de",
  tag: "de-DE",
  name: "Deutsch",
  nameInText: "Deutsch",
  learn: "de-de",
  dir: "ltr",
  sourceTags: ["de"],
};

describe("locale data", () => {
  it("lists the project's locales from src/i18n/locales.json, with every strings file found by its name", () => {
    const data = readLocaleData([SRC]);
    expect(data.locales.map((l) => l.code)).toEqual(["en", "it", "pt-PT", "sv-SE", "ru-RU"]);
    expect(Object.keys(data.strings.site).sort()).toEqual(["en", "it", "pt-PT", "ru-RU", "sv-SE"]);
    expect(data.strings.site["it"]?.["nav.errors"]).toBe("Errori");
    expect(data.strings.search["ru-RU"]?.["page.title"]).toBeTruthy();
  });

  it("adds a language with data only: a content root's .atlas/ brings its list and strings; other strings come from src/", () => {
    const data = readLocaleData([join(NEW_LOCALE, ".atlas"), SRC]);
    expect(data.locales.map((l) => [l.code, l.path, l.tag])).toEqual([
      ["en", "en", "en"],
      ["de-DE", "de-de", "de-DE"],
    ]);
    expect(data.strings.site["de-DE"]?.["nav.errors"]).toBe("Fehler");
    expect(data.strings.search["de-DE"]?.["search.submit"]).toBe("Suchen");
    // English is not in the fixture: it comes from the project.
    expect(data.strings.site["en"]?.["nav.errors"]).toBe("Errors");
    expect(data.strings.site["it"]).toBeUndefined();
  });

  it("finds .atlas/ in the content root named by ATLAS_CONTENT, and only src/ without it", () => {
    expect(localeDataRoots(ROOT, { ATLAS_CONTENT: NEW_LOCALE })).toEqual([join(NEW_LOCALE, ".atlas"), SRC]);
    expect(localeDataRoots(ROOT, {})).toEqual([SRC]);
  });

  it("overrides strings key by key, more specific root first", () => {
    const over = dataRoot({ "i18n/ui/en.json": { "nav.errors": "Error codes" } });
    const data = readLocaleData([over, SRC]);
    expect(data.strings.site["en"]?.["nav.errors"]).toBe("Error codes");
    expect(data.strings.site["en"]?.["nav.causes"]).toBe("Causes");
  });

  it("refuses a listed locale without its strings file, naming the file it wants", () => {
    const root = dataRoot({ "i18n/locales.json": [german], "i18n/ui/de-DE.json": { "nav.errors": "Fehler" } });
    expect(() => readLocaleData([root])).toThrow(/"de-DE" has no search\/ui\/de-DE\.json/);
  });

  it("refuses malformed lists with the file and the field", () => {
    const bad = (list: unknown) => readLocaleData([dataRoot({ "i18n/locales.json": list })]);
    expect(() => bad([{ ...german, path: "de_DE" }])).toThrow(/locales\.json: 0\.path/);
    expect(() => bad([{ ...german, dir: "up" }])).toThrow(/0\.dir/);
    expect(() => bad([german, { ...german, code: "de-AT" }])).toThrow(/two locales have the path "de-de"/);
    expect(() => bad([])).toThrow(/locales\.json/);
    expect(() => readLocaleData([dataRoot({ "i18n/locales.json": "[{" })])).toThrow(/not valid JSON/);
  });
});
