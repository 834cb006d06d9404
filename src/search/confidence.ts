import { type KnownCodes, looksLikeCode } from "./code-lookup.ts";
import { normalizeCode } from "./code-terms.ts";

/** The words Pagefind matched in a result: `content` split as Pagefind splits it, at the matched `locations`. */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[^\S\uFEFF]+/);
  return locations.map((i) => normalizeCode(words[i] ?? ""));
}

/**
 * How well a result matched the query, best first:
 * 3 the whole query word (or code) is a word of the page;
 * 2 a page word starts with it (a partial code, a word being typed);
 * 1 a page word shares its stem (`autorizzazioni` / `autorizzazione`);
 * 0 only a short prefix matched: Pagefind backs off to shorter and shorter
 *   prefixes when a term has no match, so `autorizzazioni` "finds" `auto` in
 *   English and `a` in Portuguese, and `UserErrorNoSuchThing` finds `usererror…`.
 */
export type MatchStrength = 0 | 1 | 2 | 3;

/** Length of the common prefix of two strings. */
function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function wordStrength(query: string, word: string, codeLike: boolean): MatchStrength {
  if (word === query) return 3;
  if (word.startsWith(query)) return 2;
  if (codeLike) return 0;
  // A stem match keeps at least half of the query word (and 3 letters): `точек` / `точки`, not `auto` for `autorizzazioni`.
  return sharedPrefix(query, word) >= Math.max(3, Math.ceil(query.length / 2)) ? 1 : 0;
}

/**
 * The best strength of any matched word against any query word (codes are matched whole, never by stem).
 * `codes`, the site's known codes, tells a run-together code (`usererrornosuchthing`) from a word.
 */
export function matchStrength(query: string, content: string, locations: readonly number[], codes?: KnownCodes): MatchStrength {
  const codeLike = looksLikeCode(query, codes);
  const queryWords = (codeLike ? [query] : query.split(/\s+/)).map(normalizeCode).filter(Boolean);
  // `dell'autorizzazione`: an elided article is part of Pagefind's word, not of the matched term.
  const words = matchedWords(content, locations).flatMap((w) => [w, ...w.split(/['’]/).map(normalizeCode)]);
  let best: MatchStrength = 0;
  for (const q of queryWords) for (const w of words) best = Math.max(best, wordStrength(q, w, codeLike)) as MatchStrength;
  return best;
}

/**
 * Drops prefix-fallback results and puts stronger matches first, keeping
 * Pagefind's order among equals: the exact code `UserErrorFoo` comes before
 * `UserErrorFooBar`, which merely starts with it, whatever their scores.
 */
export function rankByStrength<T extends { strength: MatchStrength }>(hits: readonly T[]): T[] {
  return hits.filter((h) => h.strength > 0).sort((a, b) => b.strength - a.strength);
}
