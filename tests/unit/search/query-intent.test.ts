import { beforeAll, describe, expect, it } from "vitest";
import { anchorCode, closestCode, codeCandidates, pastedCode, pastedUrl } from "../../../src/search/client/query-intent.ts";
import { buildCodeMap } from "../../../src/search/code-map.ts";
import { loadLatin } from "../../../src/search/latin.ts";

// Search loads the transliteration table before reading a query outside Latin; so do these tests.
beforeAll(() => loadLatin("ы"));

// Codes and aliases as the seeds publish them (design.md); urls are what the map would point at.
const map = buildCodeMap("pt-PT", [
  {
    id: "usererrorrpcollectionlimitreached",
    url: "/pt-pt/errors/a/",
    codes: ["UserErrorRpCollectionLimitReached"],
    aliases: [],
    message: "",
    locale: "pt-PT",
  },
  {
    id: "backupoperationfailed",
    url: "/pt-pt/errors/b/",
    codes: ["BackUpOperationFailed", "BackUpOperationFailedV2"],
    aliases: [],
    message: "",
    locale: "pt-PT",
  },
  {
    id: "extensionoperationfailedformanageddisks",
    url: "/pt-pt/errors/c/",
    codes: ["ExtensionOperationFailedForManagedDisks"],
    aliases: ["ExtentionOperationFailedForManagedDisks"],
    message: "",
    locale: "pt-PT",
  },
  {
    id: "usererrorbackupoperationinprogress",
    url: "/en/errors/d/",
    codes: ["UserErrorBackupOperationInProgress"],
    aliases: ["усереррорбаккупоператионинпрогресс"],
    message: "",
    locale: "en",
  },
]);
const idOf = (q: string) => pastedCode(map, q)?.id;

describe("pasted lines", () => {
  it.each([
    ["Error code: UserErrorRpCollectionLimitReached", "usererrorrpcollectionlimitreached"],
    ["Código de erro: UserErrorRpCollectionLimitReached <br>", "usererrorrpcollectionlimitreached"],
    ["**Код ошибки**. усереррорбаккупоператионинпрогресс", "usererrorbackupoperationinprogress"],
    ["BackUpOperationFailedV2 - Backup failed with an internal error", "backupoperationfailed"],
    ['"UserErrorRpCollectionLimitReached"', "usererrorrpcollectionlimitreached"],
    ["USERERRORRPCOLLECTIONLIMITREACHED.", "usererrorrpcollectionlimitreached"],
    ["ExtentionOperationFailedForManagedDisks 0x80070005", "extensionoperationfailedformanageddisks"],
  ])("%s names %s", (line, id) => expect(idOf(line)).toBe(id));

  it("leaves hex numbers, plain numbers and short words out", () => {
    expect(codeCandidates("X 0x80070005 12345 to UserErrorFoo")).toEqual(["UserErrorFoo"]);
  });
});

describe("typos", () => {
  it("offers the one code two edits away", () => {
    expect(closestCode(map, "UserErrorRpColectionLimitReched")?.id).toBe("usererrorrpcollectionlimitreached");
    expect(closestCode(map, "extentionoperationfailedformanageddisk")?.id).toBe("extensionoperationfailedformanageddisks");
  });
  it("reads a code written in Cyrillic letters (a transliteration no source has)", () => {
    expect(closestCode(map, "усереррорркпколлектионлимитреачед")?.id).toBe("usererrorrpcollectionlimitreached");
    expect(closestCode(map, "екстенсионоператионфаиледформанажеддискс")?.id).toBe("extensionoperationfailedformanageddisks");
  });
  it("offers nothing for words or codes three edits away", () => {
    expect(closestCode(map, "restore point collection")).toBeUndefined();
    expect(closestCode(map, "UserErrorXpXollectionXimitReached")).toBeUndefined();
  });
});

describe("pasted docs addresses", () => {
  it("reads the article slug and anchor from any locale segment and host", () => {
    expect(
      pastedUrl("https://learn.microsoft.com/sv-se/azure/backup/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout#causes"),
    ).toEqual({
      slug: "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout",
      anchor: "causes",
    });
    expect(pastedUrl("docs.microsoft.com/azure/backup/Backup-Azure-Troubleshoot.md")?.slug).toBe("backup-azure-troubleshoot");
    expect(pastedUrl("https://example.com/azure/backup/x#y")).toBeUndefined();
  });
  it("finds the error a published anchor names, legacy misspellings included", () => {
    expect(anchorCode(map, "usererrorrpcollectionlimitreached---the-restore-point-collection-max-limit-has-reached")?.id).toBe(
      "usererrorrpcollectionlimitreached",
    );
    expect(anchorCode(map, "ExtentionOperationFailedForManagedDisks")?.id).toBe("extensionoperationfailedformanageddisks");
    expect(anchorCode(map, "ExtentionOperationFailed-vmsnapshot-extension-operation-failed")?.id).toBe(
      "extensionoperationfailedformanageddisks",
    );
    expect(anchorCode(map, "the-agent-is-installed-in-the-vm-but-its-unresponsive-for-windows-vms")).toBeUndefined();
  });
});
