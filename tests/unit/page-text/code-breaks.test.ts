import { describe, expect, it } from "vitest";
import { codeBreakParts, textBreakParts } from "../../../src/page-text/code-breaks.ts";

describe("where an error code may wrap", () => {
  it("breaks at camel-case humps, after digits and before the last capital of an acronym, keeping the text", () => {
    expect(codeBreakParts("UserErrorRpCollectionLimitReached")).toEqual(["User", "Error", "Rp", "Collection", "Limit", "Reached"]);
    expect(codeBreakParts("UserErrorStandardSSDNotSupported")).toEqual(["User", "Error", "Standard", "SSD", "Not", "Supported"]);
    expect(codeBreakParts("BackUpOperationFailedV2")).toEqual(["Back", "Up", "Operation", "Failed", "V2"]);
    expect(codeBreakParts("usererrorfoo").join("")).toBe("usererrorfoo");
  });
});

describe("where a heading with codes in it may wrap", () => {
  it("cuts only inside code-shaped words, in any script, and gives the text back when joined", () => {
    const title = "UserErrorStandardSSDNotSupported - Currently Azure Backup does not support Standard SSD disks";
    expect(textBreakParts(title)).toEqual([
      "User",
      "Error",
      "Standard",
      "SSD",
      "Not",
      "Supported - Currently Azure Backup does not support Standard SSD disks",
    ]);
    expect(textBreakParts("ExtensionSnapshotFailedCOM / ExtensionInstallationFailedMDTC").join("")).toBe(
      "ExtensionSnapshotFailedCOM / ExtensionInstallationFailedMDTC",
    );
    expect(textBreakParts("Агент ВМ не отвечает: ГуестАгентСнапшотТаскСтатусЕррор")).toHaveLength(6);
    // Ordinary long words and words with one hump stay whole.
    expect(textBreakParts("Wiederherstellungspunktsammlung VMSnapshot Backup-Fehler")).toEqual([
      "Wiederherstellungspunktsammlung VMSnapshot Backup-Fehler",
    ]);
  });
});
