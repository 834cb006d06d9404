import { describe, expect, it } from "vitest";
import { codeBreakParts } from "../../../src/page-text/code-breaks.ts";

describe("where an error code may wrap", () => {
  it("breaks at camel-case humps, after digits and before the last capital of an acronym, keeping the text", () => {
    expect(codeBreakParts("UserErrorRpCollectionLimitReached")).toEqual(["User", "Error", "Rp", "Collection", "Limit", "Reached"]);
    expect(codeBreakParts("UserErrorStandardSSDNotSupported")).toEqual(["User", "Error", "Standard", "SSD", "Not", "Supported"]);
    expect(codeBreakParts("BackUpOperationFailedV2")).toEqual(["Back", "Up", "Operation", "Failed", "V2"]);
    expect(codeBreakParts("usererrorfoo").join("")).toBe("usererrorfoo");
  });
});
