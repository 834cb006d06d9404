import type { SiteLocale } from "../../i18n/locales.ts";
import { type EntityKind, entityHref } from "../../i18n/urls.ts";
import type { Corpus } from "./corpus.ts";

/** Locales in which an entity exists (empty when the corpus has no such entity). */
export function localesOf(corpus: Corpus, kind: EntityKind, id: string): string[] {
  const records: readonly { id: string; locales: string[] }[] = corpus[kind];
  return records.find((r) => r.id === id)?.locales ?? [];
}

/** Link for a reader to an entity: its page in the reader's locale, or the English fallback. */
export function linkTo(corpus: Corpus, kind: EntityKind, id: string, reader: SiteLocale): string {
  return entityHref(kind, id, localesOf(corpus, kind, id), reader);
}

/**
 * Link for a reader to an error, at the block of `blockRef` when the page the
 * link opens (reader's locale, else English) shows that block; so every
 * `#fragment` the site emits resolves.
 */
export function linkToErrorBlock(corpus: Corpus, errorId: string, reader: SiteLocale, blockRef: string): string {
  const href = linkTo(corpus, "errors", errorId, reader);
  const shown =
    corpus.errors.find((e) => e.id === errorId && e.locale === reader.code) ??
    corpus.errors.find((e) => e.id === errorId && e.locale === "en");
  return shown?.blocks.some((b) => b.ref === blockRef) ? `${href}#${blockRef}` : href;
}
