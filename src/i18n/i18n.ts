import i18next, { type TFunction } from "i18next";
import en from "./ui/en.json" with { type: "json" };
import it from "./ui/it.json" with { type: "json" };
import ptPT from "./ui/pt-PT.json" with { type: "json" };
import ruRU from "./ui/ru-RU.json" with { type: "json" };
import svSE from "./ui/sv-SE.json" with { type: "json" };

/** UI strings per site locale code; every locale must have every key of `en` (tested). */
export const resources = {
  en: { translation: en },
  it: { translation: it },
  "pt-PT": { translation: ptPT },
  "sv-SE": { translation: svSE },
  "ru-RU": { translation: ruRU },
} as const;

/** CLDR plural categories i18next appends to a key (`count.causes_few`). */
export const pluralSuffixes = ["zero", "one", "two", "few", "many", "other"] as const;

type PluralSuffix = (typeof pluralSuffixes)[number];
type BaseKey<K> = K extends `${infer B}_${PluralSuffix}` ? B : K;

/** A UI string key as passed to `t`: plural variants are addressed by their base (`count.causes`). */
export type UiKey = BaseKey<keyof typeof en>;

/** The key without its plural suffix (`count.causes_few` → `count.causes`). */
export function baseKey(key: string): string {
  const at = key.lastIndexOf("_");
  return at > 0 && (pluralSuffixes as readonly string[]).includes(key.slice(at + 1)) ? key.slice(0, at) : key;
}

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: "en",
  fallbackLng: "en",
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
