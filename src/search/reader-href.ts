import { bestLocale } from "../corpus/fallback.ts";
import { entityUrl, fallbackUrlUnder, type EntityKind as UrlKind } from "../i18n/paths.ts";

/** The reader of a search: the site locale whose search box was used. */
export interface SearchReader {
  code: string;
  path: string;
  /** Every site locale in the configured order, the default (canonical) one first: the order fallbacks are chosen in. */
  locales: readonly { code: string; path: string }[];
}

/**
 * Where a result found in another language's index should send the reader:
 * their own page when the entity exists in their locale, else the entity's
 * fallback page with their chrome (`/{fallback}/{kind}/{id}/from/{path}/`, the
 * fallback being the default locale when the entity has it, else the first of
 * the configured order that has it), as the direct answer does. `url` is the
 * indexed page (`/it/errors/x/#cause`); `entityLocales` are the site locale
 * codes where the entity exists.
 */
export function readerHref(url: string, entityLocales: readonly string[], reader: SearchReader): string {
  const m = /^\/([^/]+)\/(errors|causes|solutions)\/([^/#]+)\/(#.*)?$/.exec(url);
  if (!m) return url;
  const [, foundPath = "", kind = "", id = "", hash = ""] = m;
  if (entityLocales.includes(reader.code)) return entityUrl(kind as UrlKind, reader.path, id) + hash;
  const order = reader.locales.map((l) => l.code);
  const fallback = bestLocale(entityLocales, order[0] ?? reader.code, order);
  // The page the result was found on is in a locale that has the entity: its path when the fallback is unknown.
  const fallbackPath = reader.locales.find((l) => l.code === fallback)?.path ?? foundPath;
  return fallbackUrlUnder(fallbackPath, kind as UrlKind, id, reader.path) + hash;
}
