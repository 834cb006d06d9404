import { describe, expect, it } from "vitest";
import { preferEnglish, type SearchHit } from "../../../src/search/client/engine.ts";

const hit = (url: string): SearchHit => ({
  url,
  kind: "error",
  title: "",
  codes: "",
  message: "",
  excerpt: "",
  localePath: url.split("/")[1] ?? "",
  sections: [],
});

describe("preferEnglish", () => {
  it("lists English first and one page per entity from other languages", () => {
    const ordered = preferEnglish([hit("/pt-pt/errors/a/"), hit("/en/errors/a/"), hit("/ru-ru/errors/b/"), hit("/it/errors/b/#cause")]);
    expect(ordered.map((h) => h.url)).toEqual(["/en/errors/a/", "/ru-ru/errors/b/"]);
  });
});
