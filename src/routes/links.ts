import type { EntityFolder } from "../corpus/entities.ts";
import type { Backlink } from "../corpus/records.ts";
import type { SiteLocale } from "../i18n/locales.ts";
import { entityHref, fallbackLocaleOf } from "../i18n/urls.ts";

/** Link for a reader to an entity that exists in `locales`: its page in the reader's locale, or its fallback page. */
export function linkTo(folder: EntityFolder, id: string, locales: readonly string[], reader: SiteLocale): string {
  return entityHref(folder, id, locales, reader);
}

/**
 * Link for a reader to the error of a backlink, at the block of `target` when
 * the page the link opens (reader's locale, else the entity's fallback locale) shows that block;
 * so every `#fragment` the site emits resolves.
 */
export function linkToErrorBlock(backlink: Backlink, reader: SiteLocale, target: string): string {
  const href = entityHref("errors", backlink.id, backlink.locales, reader);
  const shown = backlink.locales.includes(reader.code) ? reader.code : fallbackLocaleOf(backlink.locales).code;
  return backlink.blockIn.includes(shown) ? `${href}#${target}` : href;
}
