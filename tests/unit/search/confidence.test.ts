import { describe, expect, it } from "vitest";
import { isConfidentHit, matchedWords } from "../../../src/search/confidence.ts";

const content = "usererrorcrpreportedusererror reportedusererror usererror error. UserErrorCrpReportedUserError: backup failed.";

describe("isConfidentHit", () => {
  it("rejects Pagefind's shorter-prefix fallback for a code that does not exist", () => {
    // Pagefind matched `usererror` (location 2) for the query UserErrorNoSuchThing.
    expect(matchedWords(content, [2])).toEqual(["usererror"]);
    expect(isConfidentHit("UserErrorNoSuchThing", content, [2])).toBe(false);
  });
  it("keeps a result whose matched word starts with the whole code or partial code", () => {
    expect(isConfidentHit("UserErrorCrpReportedUserError", content, [4])).toBe(true);
    expect(isConfidentHit("ReportedUserError", content, [1])).toBe(true);
  });
  it("leaves word queries to stemming", () => {
    expect(isConfidentHit("failures", content, [6])).toBe(true);
  });
});
