import type { CorpusDocument } from "../corpus/records.ts";
import type { ParsedSource } from "../parser/types.ts";

/** Locale and slug: two sources with the same key are revisions of one article in one language. */
const articleKey = (s: ParsedSource): string => `${s.meta.contentLocale.toLowerCase()}|${s.slug}`;
const localeKey = (s: ParsedSource): string => s.meta.contentLocale.toLowerCase();

/**
 * The records of the given sources, each resolved against the project's
 * content of the other locales for cross-locale ids, repairs and links. A
 * given source replaces the content of its own locale (otherwise a content
 * revision or article would be picked first for an error and the given
 * file's records filtered out), and two given revisions of one article are
 * built in separate rounds, so every given file yields its own records.
 */
export function focusedCorpus(
  given: readonly ParsedSource[],
  context: readonly ParsedSource[],
  build: (parsed: ParsedSource[]) => CorpusDocument,
): CorpusDocument {
  const rounds: ParsedSource[][] = [];
  for (const source of given) {
    const round = rounds.find((r) => !r.some((o) => articleKey(o) === articleKey(source)));
    if (round) round.push(source);
    else rounds.push([source]);
  }
  const givenFiles = new Set(given.map((s) => s.file));
  const out: CorpusDocument = { articles: [], errors: [], causes: [], solutions: [], diagnostics: [] };
  const seen = new Set<string>();
  for (const round of rounds) {
    const locales = new Set(round.map(localeKey));
    const files = new Set(round.map((s) => s.file));
    const others = context.filter((s) => !givenFiles.has(s.file) && !locales.has(localeKey(s)));
    const doc = build([...round, ...others]);
    out.articles.push(...doc.articles.filter((a) => files.has(a.file)));
    // An error another article of the locale describes first still shows: its record holds this file's description.
    out.errors.push(...doc.errors.filter((r) => files.has(r.source.file) || r.descriptions.some((d) => files.has(d.source.file))));
    out.causes.push(...doc.causes.filter((r) => files.has(r.source.file)));
    out.solutions.push(...doc.solutions.filter((r) => files.has(r.source.file)));
    for (const d of doc.diagnostics) {
      const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
      if (files.has(d.file) && !seen.has(key)) {
        seen.add(key);
        out.diagnostics.push(d);
      }
    }
  }
  return out;
}
