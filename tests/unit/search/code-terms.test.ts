import { describe, expect, it } from "vitest";
import { camelParts, camelSuffixes, codeSearchTerms, normalizeCode } from "../../../src/search/code-terms.ts";

describe("camelParts", () => {
  it("splits at lower→upper humps", () => {
    expect(camelParts("UserErrorRpCollectionLimitReached")).toEqual(["User", "Error", "Rp", "Collection", "Limit", "Reached"]);
  });
  it("keeps an acronym whole and starts a word at the capital after it", () => {
    expect(camelParts("UserErrorStandardSSDNotSupported")).toEqual(["User", "Error", "Standard", "SSD", "Not", "Supported"]);
  });
  it("keeps a trailing version with its letter", () => {
    expect(camelParts("BackUpOperationFailedV2")).toEqual(["Back", "Up", "Operation", "Failed", "V2"]);
  });
});

describe("camelSuffixes", () => {
  it("gives every suffix from a camel-case boundary, lowercased, the whole code first", () => {
    expect(camelSuffixes("UserErrorRpCollectionLimitReached")).toEqual([
      "usererrorrpcollectionlimitreached",
      "errorrpcollectionlimitreached",
      "rpcollectionlimitreached",
      "collectionlimitreached",
      "limitreached",
      "reached",
    ]);
  });
  it("makes partial queries prefixes of a term (OperationFailedV2, StatusUnavailable)", () => {
    expect(camelSuffixes("BackUpOperationFailedV2").some((t) => t.startsWith("operationfailedv2"))).toBe(true);
    expect(camelSuffixes("UserErrorGuestAgentStatusUnavailable")).toContain("statusunavailable");
  });
});

describe("codeSearchTerms", () => {
  it("indexes every code's suffixes and every alias, lowercased, without duplicates", () => {
    const terms = codeSearchTerms(
      ["BackUpOperationFailed", "BackUpOperationFailedV2"],
      ["ExtentionOperationFailedForManagedDisks", "Усереррорунсуппортеддисксизе"],
    );
    expect(terms).toContain("backupoperationfailed");
    expect(terms).toContain("backupoperationfailedv2");
    expect(terms).toContain("failedv2");
    expect(terms).toContain("extentionoperationfailedformanageddisks");
    expect(terms).toContain("усереррорунсуппортеддисксизе");
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe("normalizeCode", () => {
  it("trims quotes and punctuation copied from a log line and lowercases any script", () => {
    expect(normalizeCode('  "UserErrorRpCollectionLimitReached".')).toBe("usererrorrpcollectionlimitreached");
    expect(normalizeCode("Усереррорвмпровисионингстатефаилед")).toBe("усереррорвмпровисионингстатефаилед");
  });
});
