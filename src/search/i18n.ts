import i18next from "i18next";
import en from "./ui/en.json" with { type: "json" };
import it from "./ui/it.json" with { type: "json" };
import ptPT from "./ui/pt-PT.json" with { type: "json" };
import ruRU from "./ui/ru-RU.json" with { type: "json" };
import svSE from "./ui/sv-SE.json" with { type: "json" };

/** Search UI strings per site locale code, in their own i18next namespace (every locale must have every `en` key: tested). */
export const searchResources = {
  en: { search: en },
  it: { search: it },
  "pt-PT": { search: ptPT },
  "sv-SE": { search: svSE },
  "ru-RU": { search: ruRU },
} as const;

export type SearchKey = keyof typeof en;

/** Every search string key, in `en` order. */
export const searchKeys = Object.keys(en) as SearchKey[];

const instance = i18next.createInstance();
void instance.init({
  resources: searchResources,
  ns: ["search"],
  defaultNS: "search",
  lng: "en",
  fallbackLng: "en",
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
