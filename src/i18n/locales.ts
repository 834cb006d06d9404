import { type LocaleData, localeDataRoots, readLocaleData } from "./locale-data.ts";

/** A site locale: `code` is its identity, `path` its URL segment, `tag` its `<html lang>`. */
export interface SiteLocale {
  code: string;
  path: string;
  tag: string;
  /** Its own name as it reads inside one of its sentences, after "in" (`svenska`; ru prepositional `русском языке`). */
  nameInText: string;
  name: string;
  /** Locale segment of learn.microsoft.com for links to articles we do not have. */
  learn: string;
  dir: "ltr" | "rtl";
  /** `ms.contentlocale` values that map to this locale. */
  sourceTags: string[];
}

/** The locale list and UI strings of this build (`src/i18n/locales.json`, or a content root's own: see locale-data.ts). */
export const localeData: LocaleData = readLocaleData(localeDataRoots());

/** Every locale the site publishes, the default (the canonical source language and fallback) first. */
export const siteLocales: readonly SiteLocale[] = localeData.locales;

export const defaultLocale: SiteLocale = siteLocales[0] as SiteLocale;

/** Language of the messages the build itself writes (diagnostics): the code's, whatever the site locales are. */
export const MESSAGES_LANGUAGE = "en";

/** The site locale a source's `ms.contentlocale` belongs to, if any (case-insensitive). */
export function siteLocaleForTag(tag: string): SiteLocale | undefined {
  const t = tag.toLowerCase();
  return siteLocales.find((l) => l.sourceTags.some((s) => s.toLowerCase() === t));
}

/** A locale for a language the site does not publish (used by `npm run parse` only). */
export function adHocLocale(tag: string): SiteLocale {
  return { code: tag, path: tag.toLowerCase(), tag, name: tag, nameInText: tag, learn: tag.toLowerCase(), dir: "ltr", sourceTags: [tag] };
}

export function localeByCode(code: string): SiteLocale | undefined {
  return siteLocales.find((l) => l.code === code);
}

export function localeByPath(path: string): SiteLocale | undefined {
  return siteLocales.find((l) => l.path === path.toLowerCase());
}
