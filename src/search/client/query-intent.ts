/**
 * What a reader pasted, read before searching: a log line with a code in it, or a Microsoft Learn /
 * docs.microsoft.com address of an article. Pure (no DOM, no fetch): the engine resolves the result
 * against the locale's code map.
 */
import { distance } from "fastest-levenshtein";
import { lineTokens, lookupCode } from "../code-lookup.ts";
import type { CodeMap, CodeMapError } from "../code-map.ts";
import { normalizeCode } from "../code-terms.ts";
import { toLatin } from "../latin.ts";

/** A pasted address of a docs article: its slug (last path segment) and `#anchor`, if any. */
export interface PastedUrl {
  slug: string;
  anchor: string;
}

/** Hosts whose article addresses the search understands (any locale segment). */
const DOCS_HOST = /(^|\.)(learn|docs)\.microsoft\.com$/i;

/** `https://learn.microsoft.com/sv-se/azure/backup/{slug}#anchor` (or docs.microsoft.com, any locale segment, `.md` too). */
export function pastedUrl(query: string): PastedUrl | undefined {
  const raw = query.trim();
  if (!/^(https?:\/\/)?[\w.-]+\.microsoft\.com\//i.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(/^https?:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return undefined;
  }
  if (!DOCS_HOST.test(url.hostname)) return undefined;
  const slug = (url.pathname.split("/").filter(Boolean).at(-1) ?? "").replace(/\.md$/i, "").toLowerCase();
  if (!slug) return undefined;
  let anchor = url.hash.slice(1);
  try {
    anchor = decodeURIComponent(anchor);
  } catch {
    // A malformed escape: keep the anchor as written.
  }
  return { slug, anchor };
}

/**
 * The words of a pasted line that may be codes, in reading order (see `lineTokens`): split at spaces and punctuation (`X - message`, `"X"`, `X.`, `X 0x80070005`). Hex numbers and short
 * words are not codes.
 */
export function codeCandidates(query: string): string[] {
  const words = lineTokens(query).filter((w) => w.length >= 4 && !/^0x[\da-f]+$/i.test(w) && !/^\d+$/.test(w));
  return [...new Set(words)];
}

/** The error one of the pasted line's words names exactly (any case, alias, second code), first in reading order. */
export function pastedCode(map: CodeMap, query: string): CodeMapError | undefined {
  for (const word of codeCandidates(query)) {
    const hit = lookupCode(map, word);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Most edits a typo may have: two from ten letters on, one for a shorter word that still looks like a code
 * (a camel-case hump); none for ordinary words, which are left to the full-text search.
 */
const maxEdits = (word: string): number => (word.length >= 10 ? 2 : word.length >= 6 && /\p{Ll}\p{Lu}/u.test(word) ? 1 : 0);

/**
 * The known code or alias one or two edits away from a code-like word of the query ("did you mean"), when
 * exactly one error is that close; undefined when none is, or when two errors tie.
 */
export function closestCode(map: CodeMap, query: string): CodeMapError | undefined {
  let best: { edits: number; index: number } | undefined;
  let tie = false;
  for (const written of codeCandidates(query)) {
    // A code written in another script (`гуестагент…`) is compared in Latin letters, where a transliteration
    // differs from the code by about one letter in ten (`ks`/`x`, `zh`/`g`).
    const latin = toLatin(written);
    const limit = latin === written ? maxEdits(written) : Math.max(2, Math.ceil(latin.length / 10));
    const word = normalizeCode(latin);
    if (!limit) continue;
    for (const [key, index] of Object.entries(map.keys)) {
      if (Math.abs(key.length - word.length) > limit) continue;
      const edits = distance(word, key);
      if (edits > limit) continue;
      if (!best || edits < best.edits) {
        best = { edits, index };
        tie = false;
      } else if (edits === best.edits && index !== best.index) tie = true;
    }
  }
  return best && !tie ? map.errors[best.index] : undefined;
}

/**
 * The code in a pasted docs anchor (`#usererrorfoo---message`, `#UserErrorFoo`), when it names a known error:
 * exactly, or as the start of only one error's codes (legacy `#ExtentionOperationFailed-…`).
 */
export function anchorCode(map: CodeMap, anchor: string): CodeMapError | undefined {
  const first = normalizeCode(anchor.split(/-|_/)[0] ?? "");
  if (!first) return undefined;
  const exact = lookupCode(map, first);
  if (exact || first.length < 12) return exact;
  const starting = new Set(Object.entries(map.keys).flatMap(([key, index]) => (key.startsWith(first) ? [index] : [])));
  const [only] = starting;
  return starting.size === 1 && only !== undefined ? map.errors[only] : undefined;
}

/**
 * The errors whose code or alias is closest to `word` ("did you mean" on an unknown `/go/` code): one or two
 * edits (in Latin letters), nearest first, each error once; else those whose code starts with a long enough word.
 */
export function nearCodes(map: CodeMap, word: string, most = 5): CodeMapError[] {
  const latin = normalizeCode(toLatin(word));
  if (latin.length < 4) return [];
  const limit = latin.length >= 10 ? 2 : 1;
  const best = new Map<number, number>();
  for (const [key, index] of Object.entries(map.keys)) {
    if (Math.abs(key.length - latin.length) > limit) continue;
    const edits = distance(latin, key);
    if (edits <= limit && edits < (best.get(index) ?? Number.POSITIVE_INFINITY)) best.set(index, edits);
  }
  if (best.size === 0 && latin.length >= 8)
    for (const [key, index] of Object.entries(map.keys)) if (key.startsWith(latin)) best.set(index, limit + 1);
  return [...best]
    .sort(([a, x], [b, y]) => x - y || a - b)
    .slice(0, most)
    .flatMap(([index]) => map.errors[index] ?? []);
}
