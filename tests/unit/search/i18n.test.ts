import { describe, expect, it } from "vitest";
import { defaultLocale } from "../../../src/i18n/locales.ts";
import { searchKeys, searchResources, searchStringsFor, useSearchTranslations } from "../../../src/search/i18n.ts";

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("search UI strings", () => {
  for (const [locale, { search }] of Object.entries(searchResources)) {
    it(`${locale} has every key, non-empty, with the same placeholders as English`, () => {
      const strings = search as Record<string, string>;
      for (const key of searchKeys) {
        expect(strings[key], `${locale}: ${key}`).toBeTruthy();
        expect(placeholders(strings[key] ?? ""), `${locale}: ${key}`).toEqual(
          placeholders(searchResources[defaultLocale.code]?.search[key] ?? ""),
        );
      }
      expect(Object.keys(strings).sort(), `${locale}: keys English does not have`).toEqual([...searchKeys].sort());
    });
  }

  it("resolves through i18next and keeps placeholders for the browser", () => {
    expect(useSearchTranslations("pt-PT")("search.noCode", { code: "X" })).toBe("Nenhum erro tem o código X.");
    expect(searchStringsFor("ru-RU")["search.count"]).toBe("Найдено: {{count}}");
  });

  it("uses European Portuguese wording", () => {
    expect(searchStringsFor("pt-PT")["search.direct"]).toMatch(/^Prima /);
  });
});
