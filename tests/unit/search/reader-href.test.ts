import { describe, expect, it } from "vitest";
import { siteLocales } from "../../../src/i18n/locales.ts";
import { fallbackLocaleOf } from "../../../src/i18n/urls.ts";
import { entityPagePaths, fallbackPagePaths } from "../../../src/routes/entity-paths.ts";
import { readerHref } from "../../../src/search/reader-href.ts";

// A search result from another language links each reader to a page the site builds for the entity.

const locales = siteLocales.map(({ code, path }) => ({ code, path }));
/** The URLs the entity routes publish for an entity that exists in `present` (codes). */
function publishedUrls(id: string, present: readonly string[]): Set<string> {
  const fallbackLocale = fallbackLocaleOf(present).code;
  const records = present.map((locale) => ({ id, locale, fallbackLocale }));
  return new Set([
    ...entityPagePaths(records).map(({ params }) => `/${params.lang}/errors/${params.id}/`),
    ...fallbackPagePaths(records).map(({ params }) => `/${params.lang}/errors/${params.id}/from/${params.from}/`),
  ]);
}

describe("readerHref", () => {
  for (const present of [["en", "it"], ["it"], ["sv-SE", "pt-PT"], ["ru-RU"]]) {
    it(`sends every reader of an entity in ${present.join(", ")} to a published page with the content: their own, else the fallback page`, () => {
      const urls = publishedUrls("x", present);
      const fallback = fallbackLocaleOf(present);
      for (const reader of siteLocales) {
        const href = readerHref(`/${siteLocales.find((l) => l.code === present[0])?.path}/errors/x/#cause`, present, {
          ...reader,
          locales,
        });
        const expected = present.includes(reader.code) ? `/${reader.path}/errors/x/` : `/${fallback.path}/errors/x/from/${reader.path}/`;
        expect(href).toBe(`${expected}#cause`);
        expect(urls).toContain(expected);
      }
    });
  }
});
