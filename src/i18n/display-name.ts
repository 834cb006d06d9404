import type { SiteLocale } from "./locales.ts";

/**
 * The name of `locale`'s language as a reader of `reader` calls it ("Italian"
 * for English readers, "italiano" for Italian ones), from the platform's CLDR
 * data; a locale it does not know keeps its own name.
 */
export function languageNameIn(locale: SiteLocale, reader: SiteLocale): string {
  try {
    const name = new Intl.DisplayNames([reader.tag], { type: "language" }).of(locale.tag);
    return name && name !== locale.tag ? name : locale.name;
  } catch {
    return locale.name;
  }
}
