import { bestLocale } from "../corpus/fallback.ts";
import { defaultLocale, localeByCode, type SiteLocale, siteLocales } from "./locales.ts";
import { type EntityKind, entityUrl, fallbackUrlUnder } from "./paths.ts";

export * from "./paths.ts";

/**
 * The locale an entity that exists in `locales` (codes) is read in by readers
 * whose locale lacks it: the default locale when it has it, else the first of
 * the configured order that has it (the rule of the records' `fallbackLocale`).
 */
export function fallbackLocaleOf(locales: readonly string[]): SiteLocale {
  const code = bestLocale(
    locales,
    defaultLocale.code,
    siteLocales.map((l) => l.code),
  );
  return localeByCode(code) ?? defaultLocale;
}

/** `/{fallback}/{kind}/{id}/from/{path}/`: the page of an entity in its fallback locale, for a reader of a locale that lacks it. */
export const fallbackUrl = (kind: EntityKind, id: string, fromPath: string, fallback: SiteLocale = defaultLocale): string =>
  fallbackUrlUnder(fallback.path, kind, id, fromPath);

/** The page of an entity that stands for it in every language: its page in its fallback locale. */
export const canonicalEntityUrl = (kind: EntityKind, id: string, locales: readonly string[]): string =>
  entityUrl(kind, fallbackLocaleOf(locales).path, id);

/** Where a reader of `reader` goes for an entity that exists in `locales` (codes): its page, or its fallback page. */
export function entityHref(kind: EntityKind, id: string, locales: readonly string[], reader: SiteLocale): string {
  if (locales.includes(reader.code)) return entityUrl(kind, reader.path, id);
  return fallbackUrl(kind, id, reader.path, fallbackLocaleOf(locales));
}

/** One entry of the language switcher. */
export interface SwitcherLink {
  locale: SiteLocale;
  href: string;
  /** False when the target locale lacks the page and the link opens its fallback page. */
  available: boolean;
  /** Locale of the content `href` opens: the target locale, else the entity's fallback locale. */
  opens: SiteLocale;
}

/** Switcher links to the same entity in every site locale. */
export function entitySwitcher(kind: EntityKind, id: string, locales: readonly string[]): SwitcherLink[] {
  const fallback = fallbackLocaleOf(locales);
  return siteLocales.map((locale) => {
    const available = locales.includes(locale.code);
    return { locale, href: entityHref(kind, id, locales, locale), available, opens: available ? locale : fallback };
  });
}

/** Switcher links for a page every locale has (indexes, articles): `build(path)` gives its URL. */
export function pageSwitcher(build: (path: string) => string): SwitcherLink[] {
  return siteLocales.map((locale) => ({ locale, href: build(locale.path), available: true, opens: locale }));
}

/**
 * The default locale's page of an entity shown in another locale, when the
 * default locale has it (the notice's "read the original" link); else none.
 */
export function defaultVersionHref(
  kind: EntityKind,
  record: { id: string; locale: string; locales: readonly string[] },
): string | undefined {
  const has = record.locale !== defaultLocale.code && record.locales.includes(defaultLocale.code);
  return has ? entityUrl(kind, defaultLocale.path, record.id) : undefined;
}

/** An `hreflang` alternate of a page. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/** Alternates for the locales where a page exists, plus `x-default` (its fallback locale: the default, else the first of the order). */
export function alternatesFor(localeCodes: readonly string[], build: (path: string) => string): Alternate[] {
  const present = siteLocales.filter((l) => localeCodes.includes(l.code));
  const list = present.map((l) => ({ hreflang: l.tag, href: build(l.path) }));
  return present.length > 0 ? [...list, { hreflang: "x-default", href: build(fallbackLocaleOf(localeCodes).path) }] : list;
}

/** Every site locale code: for pages that exist everywhere. */
export const allLocaleCodes: readonly string[] = siteLocales.map((l) => l.code);

/** The site locale of a record's `locale` code; throws on an unknown one, which the loader already rejects. */
export function mustLocale(code: string): SiteLocale {
  const locale = localeByCode(code);
  if (!locale) throw new Error(`Unknown site locale "${code}"`);
  return locale;
}
