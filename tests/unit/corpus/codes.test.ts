import { describe, expect, it } from "vitest";
import { isCodeShaped, isMisspelling, similarity, transliterate } from "../../../src/corpus/codes.ts";

describe("comparing written tokens with codes", () => {
  it("transliterates any script: Russian, Ukrainian, Serbian, Bulgarian Cyrillic, Greek, Turkish dotless i", () => {
    expect(transliterate("усереррорбаккупоператионинпрогресс")).toBe("usererrorbakkupoperationinprogress");
    expect(similarity("юсереррорбекапопрейшнінпрогрес", "UserErrorBackupOperationInProgress")).toBeGreaterThan(0.6);
    expect(similarity("УсерЕрорГостАгентСтатусУнавајлабле", "UserErrorGuestAgentStatusUnavailable")).toBeGreaterThan(0.7);
    expect(similarity("ЕкстеншънСнапшотФейлдНоНетуърк", "ExtensionSnapshotFailedNoNetwork")).toBeGreaterThan(0.6);
    expect(similarity("ΕξτενσιονΦαιλεδΒσσΡαιτερΙνΜπαντΣτέιτ", "ExtensionFailedVssWriterInBadState")).toBeGreaterThan(0.6);
    expect(transliterate("UserErrorKeyvaultPermıssıonsNotConfıgured")).toBe("usererrorkeyvaultpermissionsnotconfigured");
    expect(transliterate("USERERRORKEYVAULTPERMİSSİONSNOTCONFİGURED")).toBe("usererrorkeyvaultpermissionsnotconfigured");
  });

  it("tells code-shaped tokens (Latin letters, digits, numeric codes) from corrupted ones", () => {
    expect(["UserErrorRpCollectionLimitReachedV2", "320001", "Resource_Not_Found"].map(isCodeShaped)).toEqual([true, true, true]);
    expect(["ExtensãoFailedVssWriterInBadState", "усереррор", "UserErrorKeyvaultPermıssıons", "42"].map(isCodeShaped)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("takes a misspelled word for the same code, never a suffix, a number or another word", () => {
    expect(isMisspelling("ExtentionOperationFailedForManagedDisks", "ExtensionOperationFailedForManagedDisks")).toBe(true);
    expect(isMisspelling("UserErrorRpCollectionLimitReachedV2", "UserErrorRpCollectionLimitReached")).toBe(false);
    expect(isMisspelling("ExtensionFailedVssServiceInBadState", "ExtensionFailedVssWriterInBadState")).toBe(false);
    expect(isMisspelling("UserErrorDiskV1", "UserErrorDiskV2")).toBe(false);
  });
});
