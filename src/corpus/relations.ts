import type { Backlink, EntityRecord } from "./records.ts";
import type { LinkTarget } from "./render-context.ts";

/**
 * Fills every record's `backlinks`, in the same locale: cause → the errors
 * whose cause lines name it; procedure → the errors and causes whose lines or
 * text link to it (their inlined blocks included); error → the pages whose
 * text refers to it (see also). Computed once from the resolved references.
 */
export function linkBacklinks(built: readonly { record: EntityRecord; links: readonly LinkTarget[] }[]): void {
  const key = (kind: string, id: string, locale: string) => `${kind}\0${id}\0${locale}`;
  const byKey = new Map(built.map(({ record }) => [key(record.kind, record.id, record.locale), record]));
  // Which blocks each error shows in each locale: a backlink then opens `#{block}` only where it exists.
  const blocksOf = new Map<string, Map<string, Set<string>>>();
  for (const { record } of built) {
    if (record.kind !== "error") continue;
    const perLocale = blocksOf.get(record.id) ?? new Map<string, Set<string>>();
    perLocale.set(record.locale, new Set(record.blocks.map((b) => b.ref)));
    blocksOf.set(record.id, perLocale);
  }
  for (const { record, links } of built) {
    const seen = new Set<string>();
    for (const link of links) {
      const target = byKey.get(key(link.kind, link.id, record.locale));
      if (!target || target === record || seen.has(key(link.kind, link.id, ""))) continue;
      // An error produces a cause only through its cause lines; a mention in its text is not one.
      if (target.kind === "cause" && link.via !== "ref") continue;
      seen.add(key(link.kind, link.id, ""));
      const blockIn =
        record.kind === "error"
          ? [...(blocksOf.get(record.id) ?? [])].filter(([, refs]) => refs.has(target.id)).map(([locale]) => locale)
          : [];
      target.backlinks.push({
        kind: record.kind,
        id: record.id,
        title: record.title,
        codes: record.kind === "error" ? record.codes : [],
        message: record.kind === "error" ? record.message : "",
        locales: record.locales,
        blockIn,
      } satisfies Backlink);
    }
  }
  for (const { record } of built) record.backlinks.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}
