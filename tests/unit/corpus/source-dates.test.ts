import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/parser/parse-source.ts";
import { corpusOf, ROOT } from "../helpers.ts";

/** Dates from tests/fixtures/docs-tree/README.md: R en 02/18/2021, it 11/20/2020; V en 03/09/2021, it 01/12/2021, ru 12/15/2020. */
const TREE = join(ROOT, "tests/fixtures/docs-tree");
const R = "backup-azure-vm-restore-troubleshoot";
const V = "backup-azure-vault-operations-troubleshoot";
const read = (locale: string, slug: string, edit = (s: string) => s) => {
  const file = `${locale}/articles/backup/${slug}.md`;
  return parseSource(edit(readFileSync(join(TREE, file), "utf8")), { file });
};
// The Russian R made newer than its English source (03/01/2021): a translation's date never dates another page.
const newerRussian = (s: string) => s.replace("ms.date: 02/18/2021", "ms.date: 03/01/2021");
const doc = corpusOf(["en-us", "it-it", "ru-ru"].flatMap((l) => [read(l, R, l === "ru-ru" ? newerRussian : undefined), read(l, V)]));

describe("a translation is compared with its own article's English source", () => {
  it("dates every article and entity record against the English source of the same article", () => {
    const article = (locale: string, slug: string) => doc.articles.find((a) => a.locale === locale && a.slug === slug);
    expect(article("it", R)?.newestDate).toBe("2021-02-18");
    expect(article("en", R)?.newestDate).toBe("2021-02-18");
    expect(article("ru-RU", R)?.newestDate).toBe("2021-02-18");
    expect(article("ru-RU", V)?.newestDate).toBe("2021-03-09");
    const error = doc.errors.find((e) => e.locale === "en" && e.id === "restorepointnotfound");
    expect(error?.source.newestDate).toBe("2021-02-18");
  });

  it("dates each description of a shared code against its own article (V 03/09/2021, R 02/18/2021)", () => {
    const shared = doc.errors.find((e) => e.locale === "it" && e.id === "usererrorstagingvaultunreachable");
    expect(shared?.descriptions.map((d) => [d.source.date, d.source.newestDate])).toEqual([
      ["2021-01-12", "2021-03-09"],
      ["2020-11-20", "2021-02-18"],
    ]);
  });
});
