import type { SiteLocale } from "../i18n/locales.ts";
import type { Diagnostic, ParsedSource } from "../parser/types.ts";

/** A source with its site locale, and whether it is that locale's current revision. */
export interface Located {
  source: ParsedSource;
  locale: SiteLocale;
  current: boolean;
}

export interface LocateOptions {
  /** Site locale of a source's `ms.contentlocale`; null means unknown (an error). */
  localeOf: (contentLocale: string) => SiteLocale | null;
  /** Locale whose article is canonical. */
  canonical: string;
}

/**
 * Gives each source its locale and tells the current revision (newest
 * `ms.date` of a locale and slug) from older ones. The result is ordered so
 * that ids and kinds come from the first source that has them: the canonical
 * article, then current revisions, then older ones.
 */
export function locateSources(parsed: readonly ParsedSource[], options: LocateOptions, report: (d: Diagnostic) => void): Located[] {
  const located: Located[] = [];
  for (const source of parsed) {
    // The parser already reported a source it could give no locale.
    if (!source.meta.contentLocale) continue;
    const locale = options.localeOf(source.meta.contentLocale);
    if (!locale) {
      report({
        file: source.file,
        line: 1,
        column: 1,
        severity: "error",
        code: "locale-unknown",
        message: `Unknown locale \`${source.meta.contentLocale}\` in \`ms.contentlocale\`; add it to src/i18n/locales.json or fix the front matter.`,
      });
      continue;
    }
    located.push({ source, locale, current: false });
  }
  reportSameDate(located, report);
  for (const item of located) {
    const newest = located
      .filter((o) => o.locale.code === item.locale.code && o.source.slug === item.source.slug)
      .sort((a, b) => b.source.meta.date.localeCompare(a.source.meta.date))[0];
    item.current = newest === item;
  }
  located.sort(
    (a, b) => rank(a) - rank(b) || a.locale.code.localeCompare(b.locale.code) || b.source.meta.date.localeCompare(a.source.meta.date),
  );
  function rank(l: Located): number {
    return (l.locale.code === options.canonical ? 0 : 2) + (l.current ? 0 : 1);
  }

  return located;
}

/**
 * Two sources of one locale and article with the same `ms.date` leave no way
 * to tell which is current: an error naming both files.
 */
function reportSameDate(located: readonly Located[], report: (d: Diagnostic) => void): void {
  const seen = new Map<string, Located>();
  for (const item of located) {
    const key = `${item.locale.code}|${item.source.slug}|${item.source.meta.date}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, item);
      continue;
    }
    report({
      file: item.source.file,
      line: 1,
      column: 1,
      severity: "error",
      code: "revision-duplicate",
      message: `Two sources of the article \`${item.source.slug}\` in ${item.locale.code} have the same date ${item.source.meta.date || "(none)"}: ${first.source.file} and ${item.source.file}; give the older one its \`ms.date\` (and a \`.<YYYY-MM-DD>\` file name) or remove it.`,
    });
  }
}
