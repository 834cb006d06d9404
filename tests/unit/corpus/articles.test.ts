import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/parser/parse-source.ts";
import { corpusOf, ROOT } from "../helpers.ts";

const TREE = join(ROOT, "tests/fixtures/docs-tree");
const R = "backup-azure-vm-restore-troubleshoot";
const V = "backup-azure-vault-operations-troubleshoot";
const read = (locale: string, slug: string) => {
  const file = `${locale}/articles/backup/${slug}.md`;
  return parseSource(readFileSync(join(TREE, file), "utf8"), { file });
};
const doc = corpusOf(["en-us", "it-it", "ru-ru"].flatMap((l) => [read(l, R), read(l, V)]));

describe("many articles per locale (fixture docs tree, articles R and V)", () => {
  it("gives a code two articles describe one error per locale, holding each article's description, the canonical one first", () => {
    for (const locale of ["en", "it", "ru-RU"]) {
      const shared = doc.errors.filter((e) => e.id === "usererrorstagingvaultunreachable" && e.locale === locale);
      expect(shared).toHaveLength(1);
      expect(shared[0]?.descriptions.map((d) => d.slug)).toEqual([V, R]);
      expect(shared[0]?.codes).toEqual(["UserErrorStagingVaultUnreachable"]);
    }
    const en = doc.errors.find((e) => e.id === "usererrorstagingvaultunreachable" && e.locale === "en");
    expect(en?.descriptions.map((d) => d.articleTitle)).toEqual([
      "Troubleshoot Recovery Services vault operations",
      "Troubleshoot Azure VM restore and file recovery",
    ]);
    expect(en?.descriptions.map((d) => d.message)).toEqual([
      "The staging location of the vault cannot be reached from the restore service.",
      "The staging location of the vault cannot be reached from the restore service.",
    ]);
    // Both articles' published anchors lead to the one error.
    expect(en?.anchors).toEqual(
      expect.arrayContaining([
        "usererrorstagingvaultunreachable---the-vaults-staging-location-cannot-be-reached",
        "usererrorstagingvaultunreachable---the-staging-location-of-the-vault-cannot-be-reached",
      ]),
    );
    expect(doc.diagnostics.filter((d) => d.code === "code-described-twice")).toEqual([]);
  });

  it("keeps numeric codes as codes of their error, the named code giving the id", () => {
    const en = doc.errors.find((e) => e.locale === "en" && e.codes.includes("320114"));
    expect(en?.id).toBe("restorepointnotfound");
    expect(en?.codes).toEqual(["RestorePointNotFound", "320114"]);
  });

  it("matches the English original's DocFX auto-ids to the translations' <a name> anchors", () => {
    const ru = doc.errors.find((e) => e.locale === "ru-RU" && e.id === "usererrorrestoretargetnotempty");
    expect(ru?.anchors).toContain("usererrorrestore-targetnotempty---the-target-resource-group-already-has-a-disk-with-the-same-name");
    expect(ru?.locales).toEqual(["en", "it", "ru-RU"]);
  });
});
