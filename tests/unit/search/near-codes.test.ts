import { beforeAll, describe, expect, it } from "vitest";
import { nearCodes } from "../../../src/search/client/query-intent.ts";
import { buildCodeMap } from "../../../src/search/code-map.ts";
import { loadLatin } from "../../../src/search/latin.ts";

// Search loads the transliteration table before reading a query outside Latin; so do these tests.
beforeAll(() => loadLatin("ы"));

const error = (id: string, codes: string[], aliases: string[] = []) => ({
  id,
  url: `/it/errors/${id}/`,
  codes,
  aliases,
  message: "",
  locale: "it",
});
const map = buildCodeMap("it", [
  error("usererrorrpcollectionlimitreached", ["UserErrorRpCollectionLimitReached"]),
  error("usererrorunsupporteddisksize", ["UserErrorUnsupportedDiskSize"]),
  error(
    "extensionoperationfailedformanageddisks",
    ["ExtensionOperationFailedForManagedDisks"],
    ["ExtentionOperationFailedForManagedDisks"],
  ),
  error("backupoperationfailed", ["BackUpOperationFailed", "BackUpOperationFailedV2"]),
]);
const ids = (word: string) => nearCodes(map, word).map((e) => e.id);

// "Did you mean" on a /go/ code no page has: the known codes one or two edits away, nearest first.
describe("nearCodes", () => {
  it("offers a code one or two edits away, in any case", () => {
    expect(ids("UserErrorRpColectionLimitReached")).toEqual(["usererrorrpcollectionlimitreached"]);
    expect(ids("usererrorunsuportedisksize")).toEqual(["usererrorunsupporteddisksize"]);
  });
  it("lists each error once, nearest first, aliases included", () => {
    expect(ids("BackupOperationFaild")).toEqual(["backupoperationfailed"]);
    expect(ids("ExtentionOperationFailedForManagedDisk")).toEqual(["extensionoperationfailedformanageddisks"]);
  });
  it("offers the codes a long unknown word starts", () => {
    expect(ids("UserErrorRpColl")).toEqual(["usererrorrpcollectionlimitreached"]);
  });
  it("offers nothing for a word far from every code", () => {
    expect(ids("CompletelyDifferentThing")).toEqual([]);
    expect(ids("abc")).toEqual([]);
  });
});
