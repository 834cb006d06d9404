import { defaultLocale, localeByCode, type SiteLocale, siteLocales } from "../i18n/locales.ts";

interface Entity {
  id: string;
  locale: string;
  /** The locale readers of other locales read it in (corpus: English when present, else the configured order). */
  fallbackLocale: string;
}

/** One `/{path}/{kind}/{id}/` page: the record in that locale, or null for a stub pointing at the fallback page. */
export interface EntityPageProps<T> {
  locale: SiteLocale;
  record: T | null;
  /** The record shown by the fallback page: the one in the entity's fallback locale. */
  reference: T;
  /** The entity's fallback locale (the reference's). */
  fallback: SiteLocale;
}

/** One `/{fallback}/{kind}/{id}/from/{reader}/` page: the record in its fallback locale, with the reader's chrome. */
export interface FallbackPageProps<T> {
  reader: SiteLocale;
  record: T;
  fallback: SiteLocale;
}

/** Entities by id, with the record each locale has. */
function byId<T extends Entity>(records: readonly T[]): Map<string, Map<string, T>> {
  const map = new Map<string, Map<string, T>>();
  for (const r of records) {
    const perLocale = map.get(r.id) ?? new Map<string, T>();
    perLocale.set(r.locale, r);
    map.set(r.id, perLocale);
  }
  return map;
}

/** The record an entity falls back to, and its locale. */
function referenceOf<T extends Entity>(perLocale: ReadonlyMap<string, T>): { reference: T; fallback: SiteLocale } | null {
  const any = [...perLocale.values()][0];
  if (!any) return null;
  const reference = perLocale.get(any.fallbackLocale) ?? any;
  const fallback = localeByCode(reference.locale);
  return fallback ? { reference, fallback } : null;
}

/** Every `{lang}/{id}` of an entity kind, in every locale: so a URL with a known id never 404s. */
export function entityPagePaths<T extends Entity>(records: readonly T[]) {
  return [...byId(records)].flatMap(([id, perLocale]) => {
    const ref = referenceOf(perLocale);
    if (!ref) return [];
    return siteLocales.map((locale) => ({
      params: { lang: locale.path, id },
      props: { locale, record: perLocale.get(locale.code) ?? null, ...ref } satisfies EntityPageProps<T>,
    }));
  });
}

/**
 * The fallback pages of an entity: `{fallback}/{id}/from/{reader}` for each
 * locale that lacks it. An entity the default locale lacks also keeps the
 * `{default}/{id}/from/{reader}` URLs earlier builds published for it (same
 * page), so no URL goes away.
 */
export function fallbackPagePaths<T extends Entity>(records: readonly T[]) {
  return [...byId(records)].flatMap(([id, perLocale]) => {
    const ref = referenceOf(perLocale);
    if (!ref) return [];
    const { reference: record, fallback } = ref;
    const lacking = siteLocales.filter((reader) => !perLocale.has(reader.code));
    const page = (under: SiteLocale, reader: SiteLocale) => ({
      params: { lang: under.path, id, from: reader.path },
      props: { reader, record, fallback } satisfies FallbackPageProps<T>,
    });
    const earlier = fallback.code === defaultLocale.code ? [] : lacking.filter((reader) => reader.code !== defaultLocale.code);
    return [...lacking.map((reader) => page(fallback, reader)), ...earlier.map((reader) => page(defaultLocale, reader))];
  });
}
