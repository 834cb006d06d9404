import { defaultLocale, localeByCode, type SiteLocale, siteLocales } from "./locales.ts";
import { type EntityKind, entityUrl, fallbackUrlUnder } from "./paths.ts";

export * from "./paths.ts";

/** `/en/{kind}/{id}/from/{path}/`: the default locale's page of an entity, for a reader of a locale that lacks it. */
export const fallbackUrl = (kind: EntityKind, id: string, fromPath: string): string =>
  fallbackUrlUnder(defaultLocale.path, kind, id, fromPath);

/** Where a reader of `reader` goes for an entity that exists in `locales` (codes): its page, or the English fallback. */
export function entityHref(kind: EntityKind, id: string, locales: readonly string[], reader: SiteLocale): string {
  if (locales.includes(reader.code)) return entityUrl(kind, reader.path, id);
  return reader.code === defaultLocale.code ? entityUrl(kind, defaultLocale.path, id) : fallbackUrl(kind, id, reader.path);
}

/** One entry of the language switcher. */
export interface SwitcherLink {
  locale: SiteLocale;
  href: string;
  /** False when the target locale lacks the page and the link opens the English fallback. */
  available: boolean;
}

/** Switcher links to the same entity in every site locale. */
export function entitySwitcher(kind: EntityKind, id: string, locales: readonly string[]): SwitcherLink[] {
  return siteLocales.map((locale) => ({
    locale,
    href: entityHref(kind, id, locales, locale),
    available: locales.includes(locale.code),
  }));
}

/** Switcher links for a page every locale has (indexes, articles): `build(path)` gives its URL. */
export function pageSwitcher(build: (path: string) => string): SwitcherLink[] {
  return siteLocales.map((locale) => ({ locale, href: build(locale.path), available: true }));
}

/** An `hreflang` alternate of a page. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/** Alternates for the locales where a page exists, plus `x-default` (English, else the first). */
export function alternatesFor(localeCodes: readonly string[], build: (path: string) => string): Alternate[] {
  const present = siteLocales.filter((l) => localeCodes.includes(l.code));
  const fallback = present.find((l) => l.code === defaultLocale.code) ?? present[0];
  const list = present.map((l) => ({ hreflang: l.tag, href: build(l.path) }));
  return fallback ? [...list, { hreflang: "x-default", href: build(fallback.path) }] : list;
}

/** Every site locale code: for pages that exist everywhere. */
export const allLocaleCodes: readonly string[] = siteLocales.map((l) => l.code);

/** The site locale of a record's `locale` code; throws on an unknown one, which the loader already rejects. */
export function mustLocale(code: string): SiteLocale {
  const locale = localeByCode(code);
  if (!locale) throw new Error(`Unknown site locale "${code}"`);
  return locale;
}
