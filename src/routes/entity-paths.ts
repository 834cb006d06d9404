import { defaultLocale, type SiteLocale, siteLocales } from "../i18n/locales.ts";

interface Entity {
  id: string;
  locale: string;
}

/** One `/{path}/{kind}/{id}/` page: the record in that locale, or null for a stub pointing at the English fallback. */
export interface EntityPageProps<T> {
  locale: SiteLocale;
  record: T | null;
  /** The record shown by the fallback (English when it exists). */
  reference: T;
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

/** Every `{lang}/{id}` of an entity kind, in every locale: so a URL with a known id never 404s. */
export function entityPagePaths<T extends Entity>(records: readonly T[]) {
  return [...byId(records)].flatMap(([id, perLocale]) => {
    const reference = perLocale.get(defaultLocale.code) ?? [...perLocale.values()][0];
    if (!reference) return [];
    return siteLocales.map((locale) => ({
      params: { lang: locale.path, id },
      props: { locale, record: perLocale.get(locale.code) ?? null, reference } satisfies EntityPageProps<T>,
    }));
  });
}

/** The English fallback variants: `{id}/from/{path}` for each locale that lacks the entity. */
export function fallbackPagePaths<T extends Entity>(records: readonly T[]) {
  return [...byId(records)].flatMap(([id, perLocale]) => {
    const reference = perLocale.get(defaultLocale.code) ?? [...perLocale.values()][0];
    if (!reference) return [];
    return siteLocales
      .filter((reader) => reader.code !== defaultLocale.code && !perLocale.has(reader.code))
      .map((reader) => ({ params: { id, from: reader.path }, props: { reader, record: reference } }));
  });
}
