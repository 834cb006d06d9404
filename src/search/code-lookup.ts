import type { CodeMap, CodeMapError } from "./code-map.ts";
import { camelParts, normalizeCode } from "./code-terms.ts";
import { toLatin } from "./latin.ts";

/** The error whose complete code or alias the query is, in any case; partial codes never match. */
export function lookupCode(map: CodeMap, query: string): CodeMapError | undefined {
  const key = normalizeCode(query);
  // Own keys only: the map arrives as parsed JSON, whose prototype has `constructor`, `toString`…
  return Object.hasOwn(map.keys, key) ? map.errors[map.keys[key] as number] : undefined;
}

/**
 * What the site knows about its codes, to tell a run-together code from a word without knowing any
 * language: every complete code or alias, and every stem of two or more camel-case parts (at least
 * `MIN_STEM` letters) that a code or one of its camel-case suffixes starts with (`usererror`,
 * `rpcollection`, `rpcollectionlimit`…).
 */
export interface KnownCodes {
  keys: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

/** A shared stem shorter than this is too likely to be an ordinary word (`backup`, `keyvault` are still code stems). */
const MIN_STEM = 8;

const known = new WeakMap<object, KnownCodes>();

/** The known codes of a code map (computed once per map). */
export function knownCodes(map: Pick<CodeMap, "errors" | "keys">): KnownCodes {
  let found = known.get(map);
  if (found) return found;
  const stems = new Set<string>();
  for (const error of map.errors) {
    for (const code of error.codes) {
      const parts = camelParts(code).map((p) => p.toLowerCase());
      // Every run of two or more parts, wherever it starts: Pagefind indexes each camel-case suffix.
      for (let from = 0; from < parts.length; from++) {
        let stem = parts[from] as string;
        for (const part of parts.slice(from + 1)) {
          stem += part;
          if (stem.length >= MIN_STEM) stems.add(stem);
        }
      }
    }
  }
  found = { keys: new Set(Object.keys(map.keys)), stems };
  known.set(map, found);
  return found;
}

/** Hex numbers (`0x80070005`) and plain numbers are log noise, never codes by shape. */
const NUMBER = /^(0x[\da-f]+|\d+)$/i;

/**
 * How strongly one token reads as an error code, by shape and by what the site knows (never by
 * words of any language): 3 a known code or alias; 2 a camel-case hump (`RpCollectionLimit`) or
 * letters with digits (`BackUpOperationFailedV2`); 1 a run-together token sharing a stem of two
 * camel-case parts with a known code (`usererrornosuchthing`, `rpcollectionlimit`, or the same in
 * another script: `усереррорфообар`); 0 a word.
 */
export function codeShape(token: string, codes?: KnownCodes): 0 | 1 | 2 | 3 {
  const raw = token.trim();
  if (!/^[\p{L}\p{N}_]+$/u.test(raw)) return 0;
  const word = normalizeCode(raw);
  if (codes?.keys.has(word)) return 3;
  if (raw.length < 6 || NUMBER.test(raw)) return 0;
  if (/\p{Ll}\p{Lu}/u.test(raw) || (/\d/.test(raw) && /\p{L}/u.test(raw))) return 2;
  if (!codes) return 0;
  const latin = normalizeCode(toLatin(raw));
  for (let end = latin.length; end >= MIN_STEM; end--) if (codes.stems.has(latin.slice(0, end))) return 1;
  return 0;
}

/**
 * Whether a query is (part of) an error code rather than words: one token of code shape (see
 * `codeShape`). Without the known codes only the shape counts.
 */
export function looksLikeCode(query: string, codes?: KnownCodes): boolean {
  return codeShape(query, codes) > 0;
}

/**
 * The code a pasted line names, by shape and position only, in any language: `Error code: X`,
 * `Код ошибки: X <br>`, `X - message text`, `"X"`, `X.`, `X 0x80070005`. The strongest code-shaped
 * token wins (a known code, then a camel-case or digit token, then a known stem), the first in
 * reading order among equals; labels and message words are words, whatever their language.
 */
export function pastedToken(query: string, codes?: KnownCodes): string | undefined {
  let best: { token: string; shape: number } | undefined;
  for (const token of lineTokens(query)) {
    const shape = codeShape(token, codes);
    if (shape > (best?.shape ?? 0)) best = { token, shape };
  }
  return best?.token;
}

/** The words of a pasted line in reading order: HTML tags and entities dropped, split at spaces and punctuation. */
export function lineTokens(query: string): string[] {
  const text = query
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z]+;|&#\d+;/gi, " ")
    .trim();
  return text.split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
}
