import type { CorpusDocument } from "../corpus/records.ts";
import type { ParsedSource } from "../parser/types.ts";

/** The private-use subtag the content of a given file's own locale is built under. */
const CONTEXT_TAG = "-x-context";

/** Records name the locales that describe them: the private tag is no locale of the output. */
function hideContextLocales(doc: CorpusDocument): void {
  for (const r of [...doc.errors, ...doc.causes, ...doc.solutions]) {
    r.locales = r.locales.filter((l) => !l.endsWith(CONTEXT_TAG));
    if (r.fallbackLocale.endsWith(CONTEXT_TAG)) r.fallbackLocale = r.fallbackLocale.slice(0, -CONTEXT_TAG.length);
  }
}

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
    // The content of the given file's own locale still says which code each anchor it publishes names
    // (a 2018-01 English revision's sections have no code line, the English article has their anchors):
    // it stays in the build under a private tag, after the given file, and none of its records is printed.
    const sameLocale = context
      .filter((s) => !givenFiles.has(s.file) && locales.has(localeKey(s)))
      .map((s) => ({ ...s, meta: { ...s.meta, contentLocale: `${s.meta.contentLocale}${CONTEXT_TAG}` } }));
    const doc = build([...round, ...others, ...sameLocale]);
    if (sameLocale.length) hideContextLocales(doc);
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
