import { describe, expect, it } from "vitest";
import { baseKey, resources } from "../../../src/i18n/i18n.ts";
import { defaultLocale, siteLocales } from "../../../src/i18n/locales.ts";

const en = resources[defaultLocale.code]?.translation as Record<string, string>;
const baseKeys = (dict: Record<string, string>) => new Set(Object.keys(dict).map(baseKey));
const pluralBases = (dict: Record<string, string>) =>
  new Set(
    Object.keys(dict)
      .filter((k) => baseKey(k) !== k)
      .map(baseKey),
  );

describe("UI strings", () => {
  it("has resources for exactly the site locales", () => {
    expect(Object.keys(resources).sort()).toEqual(siteLocales.map((l) => l.code).sort());
  });

  for (const [code, { translation }] of Object.entries(resources)) {
    const dict = translation as Record<string, string>;

    it(`${code} has every key of en and no other`, () => {
      const have = baseKeys(dict);
      const want = baseKeys(en);
      expect(
        [...want].filter((k) => !have.has(k)),
        "missing keys",
      ).toEqual([]);
      expect(
        [...have].filter((k) => !want.has(k)),
        "extra keys",
      ).toEqual([]);
    });

    it(`${code} has every plural form its language needs, and no empty string`, () => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const base of pluralBases(en)) {
        for (const category of categories) expect(dict, `${base}_${category}`).toHaveProperty(`${base}_${category}`);
      }
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe("");
    });

    it(`${code} keeps the placeholders of en`, () => {
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      for (const [key, value] of Object.entries(dict)) {
        const reference = en[key] ?? en[`${baseKey(key)}_other`];
        if (reference !== undefined) expect(placeholders(value), key).toEqual(placeholders(reference));
      }
    });
  }
});
