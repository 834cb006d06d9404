import i18next from "i18next";
import { defaultLocale, localeData } from "../i18n/locales.ts";
import type en from "./ui/en.json";

/** The search strings file of a locale; `ui/en.json` is the reference (every locale has every key of it: tested). */
export type SearchStrings = typeof en;
export type SearchKey = keyof SearchStrings;

/** Search UI strings per site locale code, read from `ui/<code>.json` for every locale of `locales.json`, in their own i18next namespace. */
export const searchResources: Readonly<Record<string, { search: SearchStrings }>> = Object.fromEntries(
  Object.entries(localeData.strings.search).map(([code, strings]) => [code, { search: strings as SearchStrings }]),
);

/** Every search string key, in the order of the default locale's file. */
export const searchKeys = Object.keys(searchResources[defaultLocale.code]?.search ?? {}) as SearchKey[];

const instance = i18next.createInstance();
void instance.init({
  resources: searchResources,
  ns: ["search"],
  defaultNS: "search",
  lng: defaultLocale.code,
  fallbackLng: defaultLocale.code,
  supportedLngs: Object.keys(searchResources),
  // Strings are in memory: initialize synchronously so `t` works at import time.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** A `t` for search strings bound to one site locale (`pt-PT`). */
export function useSearchTranslations(locale: string): (key: SearchKey, options?: Record<string, unknown>) => string {
  const t = instance.getFixedT(locale, "search");
  return (key, options) => String(t(key, options ?? {}));
}

/**
 * The locale's search strings, resolved by i18next (English where a key is
 * missing) with `{{placeholders}}` left for the browser to fill: the lazy
 * search module receives them in the code map file instead of bundling i18next.
 */
export function searchStringsFor(locale: string): Record<SearchKey, string> {
  const t = instance.getFixedT(locale, "search");
  // `skipInterpolation` keeps `{{code}}` for the client.
  return Object.fromEntries(searchKeys.map((k) => [k, String(t(k, { skipInterpolation: true }))])) as Record<SearchKey, string>;
}
