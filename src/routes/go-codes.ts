import type { ErrorEntry } from "../corpus/records.ts";

/** A short-link slug and the error it opens. */
export interface GoCode {
  slug: string;
  /** The canonical spelling shown on the page. */
  code: string;
  errorId: string;
  locales: string[];
}

/**
 * Every `/go/{slug}/`: each code and alias of every error, as written, in
 * lowercase and in UPPERCASE (as log lines and tickets often shout it). A slug claimed by two errors is a content error the corpus
 * reports (and the build stops on); here the first claim keeps it.
 */
export function goCodes(errors: readonly ErrorEntry[]): GoCode[] {
  const bySlug = new Map<string, GoCode>();
  const seen = new Set<string>();
  for (const error of errors) {
    if (seen.has(error.id)) continue;
    seen.add(error.id);
    const code = error.codes[0] ?? error.id;
    for (const spelling of [...error.codes, ...error.aliases]) {
      for (const slug of new Set([spelling, spelling.toLowerCase(), spelling.toUpperCase()])) {
        const taken = bySlug.get(slug);
        if (taken && taken.errorId !== error.id) continue;
        bySlug.set(slug, { slug, code, errorId: error.id, locales: error.locales });
      }
    }
  }
  return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}
