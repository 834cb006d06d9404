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

  it("gives each code of a section its own message, a numeric code sharing the message of the code it is written with", () => {
    const messages = (locale: string, id: string) => doc.errors.find((e) => e.locale === locale && e.id === id)?.codeMessages;
    expect(messages("en", "restorestagingfailedquota")).toEqual([
      { codes: ["RestoreStagingFailedQuota"], message: "The staging storage account has reached its capacity quota." },
      { codes: ["RestoreStagingFailedThrottled"], message: "Requests to the staging storage account were throttled for too long." },
      { codes: ["RestoreStagingAccountLocked"], message: "The staging storage account has a delete or read-only lock." },
    ]);
    expect(messages("ru-RU", "restorestagingfailedquota")?.map((m) => m.message)).toEqual([
      "Промежуточная учетная запись хранения достигла квоты емкости.",
      "Запросы к промежуточной учетной записи хранения слишком долго ограничивались.",
      expect.stringContaining("блокировк"),
    ]);
    // The Italian section lacks RestoreStagingFailedThrottled: that code has no Italian message.
    expect(messages("it", "restorestagingfailedquota")).toEqual([
      { codes: ["RestoreStagingFailedQuota"], message: "L'account di archiviazione di staging ha raggiunto la quota di capacità." },
      { codes: ["RestoreStagingFailedThrottled"], message: "" },
      {
        codes: ["RestoreStagingAccountLocked"],
        message: "L'account di archiviazione di staging ha un blocco di eliminazione o di sola lettura.",
      },
    ]);
    expect(messages("en", "policyretentionoutofrange")).toEqual([
      { codes: ["PolicyRetentionOutOfRange"], message: "The retention range is outside the limits allowed for this policy type." },
      { codes: ["PolicyScheduleConflict"], message: "Two schedules of the policy start at the same time." },
    ]);
    expect(messages("en", "restorepointnotfound")).toEqual([
      { codes: ["RestorePointNotFound", "320114"], message: "The selected recovery point no longer exists." },
    ]);
  });

  it("renders each article's description of a shared code, in the locale, the canonical article first", () => {
    for (const locale of ["en", "it", "ru-RU"]) {
      const shared = doc.errors.find((e) => e.id === "usererrorstagingvaultunreachable" && e.locale === locale);
      const [vault, restore] = shared?.descriptions ?? [];
      // V3 is numbered steps; R4 links the vault article's section.
      expect(vault?.bodyHtml).toContain("<ol>");
      expect(restore?.bodyHtml).toContain("/errors/usererrorstagingvaultunreachable/");
      expect(vault?.source.file).toContain(V);
      expect(restore?.source.file).toContain(R);
    }
  });
});
