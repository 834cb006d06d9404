import type { CodeMap, CodeMapError } from "./code-map.ts";
import { normalizeCode } from "./code-terms.ts";

/** The error whose complete code or alias the query is, in any case; partial codes never match. */
export function lookupCode(map: CodeMap, query: string): CodeMapError | undefined {
  const key = normalizeCode(query);
  // Own keys only: the map arrives as parsed JSON, whose prototype has `constructor`, `toString`…
  return Object.hasOwn(map.keys, key) ? map.errors[map.keys[key] as number] : undefined;
}

/**
 * Whether a query looks like (part of) an error code rather than words: one
 * token with a camel-case hump (`RpCollectionLimit`), or one long lowercase or
 * Cyrillic token with no spaces that reads like a run-together code.
 */
export function looksLikeCode(query: string): boolean {
  const raw = query.trim();
  if (!/^[\p{L}\d_]+$/u.test(raw) || raw.length < 6) return false;
  return /\p{Ll}\p{Lu}/u.test(raw) || /\d/.test(raw) || /error|failed|ошиб|еррор/.test(normalizeCode(raw));
}
