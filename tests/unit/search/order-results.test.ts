import { describe, expect, it } from "vitest";
import { forReader, orderElsewhere, type SearchHit, withoutDirect } from "../../../src/search/client/engine.ts";
import type { MatchStrength } from "../../../src/search/confidence.ts";

const hit = (url: string, strength: MatchStrength = 3, locales: string[] = ["en"]): SearchHit => ({
  url,
  kind: "error",
  title: "",
  codes: "",
  message: "",
  excerpt: "",
  localePath: url.split("/")[1] ?? "",
  sections: [],
  locales,
  strength,
});

describe("orderElsewhere", () => {
  it("lists the language that matched the query word itself first, and drops prefix-only matches", () => {
    // /sv-se/search/?q=autorizzazioni: Pagefind's English and Portuguese "matches" are `auto.` and `a`.
    const ordered = orderElsewhere(
      [
        hit("/en/causes/vm-agent/", 0),
        hit("/it/errors/usererrorkeyvaultpermissionsnotconfigured/", 3),
        hit("/it/errors/backupoperationfailed/", 1),
        hit("/pt-pt/errors/extensionsnapshotfailednonetwork/", 0),
      ],
      "en",
    );
    expect(ordered.map((h) => h.url)).toEqual([
      "/it/errors/usererrorkeyvaultpermissionsnotconfigured/",
      "/it/errors/backupoperationfailed/",
    ]);
  });
  it("puts English first among equal matches and keeps one page per entity", () => {
    const ordered = orderElsewhere(
      [hit("/pt-pt/errors/a/"), hit("/en/errors/a/"), hit("/ru-ru/errors/b/"), hit("/it/errors/b/#cause")],
      "en",
    );
    expect(ordered.map((h) => h.url)).toEqual(["/en/errors/a/", "/ru-ru/errors/b/"]);
  });
  it("puts the configured default locale first among equals, whatever it is", () => {
    const ordered = orderElsewhere([hit("/en/errors/a/"), hit("/it/errors/a/"), hit("/ru-ru/errors/b/"), hit("/it/errors/b/#cause")], "it");
    expect(ordered.map((h) => h.url)).toEqual(["/it/errors/a/", "/it/errors/b/#cause"]);
  });
});

describe("forReader", () => {
  const locales = [
    { code: "en", path: "en" },
    { code: "it", path: "it" },
    { code: "pt-PT", path: "pt-pt" },
    { code: "sv-SE", path: "sv-se" },
  ];
  const swedish = { code: "sv-SE", path: "sv-se", locales };
  it("links an entity the reader's locale lacks to the English fallback page for that locale", () => {
    const found = { ...hit("/it/errors/x/", 3, ["en", "it"]), sections: [{ title: "c", url: "/it/errors/x/#cause" }] };
    const linked = forReader(found, swedish);
    expect(linked.url).toBe("/en/errors/x/from/sv-se/");
    expect(linked.sections[0]?.url).toBe("/en/errors/x/from/sv-se/#cause");
    expect(forReader(hit("/en/causes/y/", 3, ["en"]), swedish).url).toBe("/en/causes/y/from/sv-se/");
  });
  it("links an entity the reader's locale has to the reader's own page", () => {
    expect(forReader(hit("/it/solutions/z/", 3, ["en", "it", "sv-SE"]), swedish).url).toBe("/sv-se/solutions/z/");
    expect(forReader(hit("/it/errors/x/", 3, ["en", "it"]), { code: "en", path: "en", locales }).url).toBe("/en/errors/x/");
  });
  it("links an entity English lacks to the page in its fallback language, the first of the configured order that has it", () => {
    // The pages fallbackPagePaths publishes: /{fallback}/{kind}/{id}/from/{reader}/ for each locale that lacks the entity.
    const found = { ...hit("/sv-se/errors/x/", 3, ["sv-SE", "pt-PT"]), sections: [{ title: "c", url: "/sv-se/errors/x/#cause" }] };
    const italian = forReader(found, { code: "it", path: "it", locales });
    expect(italian.url).toBe("/pt-pt/errors/x/from/it/");
    expect(italian.sections[0]?.url).toBe("/pt-pt/errors/x/from/it/#cause");
    // An English reader too reads it there, not on the English stub page.
    expect(forReader(found, { code: "en", path: "en", locales }).url).toBe("/pt-pt/errors/x/from/en/");
  });
  it("falls back to the site's default locale, whichever it is", () => {
    const reader = { code: "it", path: "it", locales: [{ code: "de-DE", path: "de-de" }, ...locales] };
    expect(forReader(hit("/sv-se/errors/x/", 3, ["sv-SE", "de-DE"]), reader).url).toBe("/de-de/errors/x/from/it/");
  });
});

describe("withoutDirect", () => {
  it("drops the result that is the direct answer's page, sub-section links included", () => {
    const direct = { id: "x", url: "/ru-ru/errors/x/", codes: ["X"], message: "", locale: "ru-RU" };
    const hits = [hit("/ru-ru/errors/x/"), hit("/ru-ru/errors/x/#cause"), hit("/ru-ru/errors/y/")];
    expect(withoutDirect(hits, direct).map((h) => h.url)).toEqual(["/ru-ru/errors/y/"]);
    expect(withoutDirect(hits, undefined)).toHaveLength(3);
  });
});
