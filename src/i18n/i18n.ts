import i18next, { type TFunction } from "i18next";
import { defaultLocale, localeData } from "./locales.ts";
import type en from "./ui/en.json";

/** The UI strings file of a locale; `ui/en.json` is the reference (every locale has every key of it: tested). */
export type UiStrings = typeof en;

/** UI strings per site locale code, read from `ui/<code>.json` for every locale of `locales.json`. */
export const resources: Readonly<Record<string, { translation: UiStrings }>> = Object.fromEntries(
  Object.entries(localeData.strings.site).map(([code, strings]) => [code, { translation: strings as UiStrings }]),
);

/** CLDR plural categories i18next appends to a key (`count.causes_few`). */
export const pluralSuffixes = ["zero", "one", "two", "few", "many", "other"] as const;

type PluralSuffix = (typeof pluralSuffixes)[number];
type BaseKey<K> = K extends `${infer B}_${PluralSuffix}` ? B : K;

/** A UI string key as passed to `t`: plural variants are addressed by their base (`count.causes`). */
export type UiKey = BaseKey<keyof UiStrings>;

/** The key without its plural suffix (`count.causes_few` → `count.causes`). */
export function baseKey(key: string): string {
  const at = key.lastIndexOf("_");
  return at > 0 && (pluralSuffixes as readonly string[]).includes(key.slice(at + 1)) ? key.slice(0, at) : key;
}

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: defaultLocale.code,
  fallbackLng: defaultLocale.code,
  supportedLngs: Object.keys(resources),
  // Strings are in memory: initialize synchronously so `t` works at import time.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/**
 * A `t` bound to one site locale (`pt-PT`), with typed keys. Pass `{ count }`
 * for plural keys: i18next picks `_one/_few/_many/_other` by `Intl.PluralRules`.
 */
export function useTranslations(locale: string): (key: UiKey, options?: Record<string, unknown>) => string {
  const t: TFunction = instance.getFixedT(locale);
  return (key, options) => String(t(key, options ?? {}));
}
