import { looksLikeCode } from "./code-lookup.ts";
import { normalizeCode } from "./code-terms.ts";

/** The words Pagefind matched in a result: `content` split as Pagefind splits it, at the matched `locations`. */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[^\S\uFEFF]+/);
  return locations.map((i) => normalizeCode(words[i] ?? ""));
}

/**
 * Pagefind backs off to shorter prefixes when a term has no match, so a
 * nonexistent code (`UserErrorNoSuchThing`) still "finds" `usererror…` pages.
 * For a code-like query, a result only counts when a matched word starts with
 * the whole query; word queries are left to stemming.
 */
export function isConfidentHit(query: string, content: string, locations: readonly number[]): boolean {
  if (!looksLikeCode(query)) return true;
  const q = normalizeCode(query);
  return matchedWords(content, locations).some((w) => w.startsWith(q));
}
