import { entityUrl, fallbackUrlUnder, type EntityKind as UrlKind } from "../i18n/paths.ts";

/** The reader of a search: the site locale whose search box was used. */
export interface SearchReader {
  code: string;
  path: string;
  /** URL segment of the site's default locale (English), whose pages are the fallback. */
  defaultPath: string;
}

/**
 * Where a result found in another language's index should send the reader:
 * their own page when the entity exists in their locale, else the English
 * fallback page with their chrome (`/en/{kind}/{id}/from/{path}/`), as the
 * direct answer does. `url` is the indexed page (`/it/errors/x/#cause`);
 * `entityLocales` are the site locale codes where the entity exists.
 */
export function readerHref(url: string, entityLocales: readonly string[], reader: SearchReader): string {
  const m = /^\/[^/]+\/(errors|causes|solutions)\/([^/#]+)\/(#.*)?$/.exec(url);
  if (!m) return url;
  const [, kind = "", id = "", hash = ""] = m;
  const page =
    entityLocales.includes(reader.code) || reader.path === reader.defaultPath
      ? entityUrl(kind as UrlKind, reader.path, id)
      : fallbackUrlUnder(reader.defaultPath, kind as UrlKind, id, reader.path);
  return page + hash;
}
