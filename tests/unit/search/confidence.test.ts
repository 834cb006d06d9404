import { beforeAll, describe, expect, it } from "vitest";
import { knownCodes } from "../../../src/search/code-lookup.ts";
import { buildCodeMap } from "../../../src/search/code-map.ts";
import { matchedWords, matchStrength, rankByStrength } from "../../../src/search/confidence.ts";
import { loadLatin } from "../../../src/search/latin.ts";

// Search loads the transliteration table before reading a query outside Latin; so do these tests.
beforeAll(() => loadLatin("ы"));

const content = "usererrorcrpreportedusererror reportedusererror usererror error. UserErrorCrpReportedUserError: backup failed.";

describe("matchStrength against Pagefind's fallback", () => {
  it("rejects Pagefind's shorter-prefix fallback for a code that does not exist", () => {
    // Pagefind matched `usererror` (location 2) for the query UserErrorNoSuchThing.
    expect(matchedWords(content, [2])).toEqual(["usererror"]);
    expect(matchStrength("UserErrorNoSuchThing", content, [2])).toBe(0);
  });
  it("keeps a result whose matched word starts with the whole code or partial code", () => {
    expect(matchStrength("UserErrorCrpReportedUserError", content, [4])).toBeGreaterThan(0);
    expect(matchStrength("ReportedUserError", content, [1])).toBeGreaterThan(0);
  });
  it("keeps stem matches of word queries", () => {
    expect(matchStrength("failures", content, [6])).toBeGreaterThan(0);
  });
});

describe("matchStrength", () => {
  // What Pagefind matched for `autorizzazioni` in each language's index.
  const it_ = "Le autorizzazioni mancano; verifica dell'autorizzazione.";
  it("ranks the whole word above a stem match, with an elided article split off", () => {
    expect(matchStrength("autorizzazioni", it_, [1])).toBe(3);
    expect(matchStrength("autorizzazioni", it_, [4])).toBe(1);
    expect(matchStrength("Autorizz", it_, [1])).toBe(2);
  });
  it("gives 0 to a short prefix Pagefind backed off to", () => {
    expect(matchStrength("autorizzazioni", "Set it to auto.", [3])).toBe(0);
    expect(matchStrength("autorizzazioni", "A VM e a rede", [0, 3])).toBe(0);
  });
  it("matches codes whole or by prefix, never by stem", () => {
    expect(matchStrength("UserErrorCrpReportedUserError", content, [0])).toBe(3);
    expect(matchStrength("UserErrorCrp", content, [0])).toBe(2);
    expect(matchStrength("UserErrorCrpNotReported", content, [0, 2])).toBe(0);
  });
  it("tells a lowercase run-together code from a word by the site's known codes, not by words", () => {
    const codes = knownCodes(
      buildCodeMap("ru-RU", [{ id: "x", url: "/x/", codes: ["UserErrorCrpReportedUserError"], aliases: [], message: "", locale: "ru-RU" }]),
    );
    // Pagefind backed off to `usererror` (location 2): a stem match for a word, nothing for a code.
    expect(matchStrength("usererrorfoobar", content, [2])).toBe(1);
    expect(matchStrength("usererrorfoobar", content, [2], codes)).toBe(0);
    expect(matchStrength("усереррорфообар", content, [2], codes)).toBe(0);
  });
});

describe("rankByStrength", () => {
  it("puts an exact code before a distinct, longer code that contains it, whatever Pagefind's order", () => {
    // Two different errors: UserErrorDiskFull and UserErrorDiskFullOnRestore (Pagefind scored the longer one higher).
    const longer = { id: "usererrordiskfullonrestore", content: "usererrordiskfullonrestore diskfullonrestore", locations: [0] };
    const exact = { id: "usererrordiskfull", content: "usererrordiskfull diskfull", locations: [0] };
    const scored = [longer, exact].map((r) => ({ ...r, strength: matchStrength("UserErrorDiskFull", r.content, r.locations) }));
    expect(rankByStrength(scored).map((r) => r.id)).toEqual(["usererrordiskfull", "usererrordiskfullonrestore"]);
  });
  it("drops prefix-only matches", () => {
    expect(rankByStrength([{ strength: 0 }, { strength: 1 }])).toEqual([{ strength: 1 }]);
  });
});
