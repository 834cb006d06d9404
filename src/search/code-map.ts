import { normalizeCode } from "./code-terms.ts";

/** One error the direct answer can jump to. */
export interface CodeMapError {
  /** Error id (the lowercase canonical code). */
  id: string;
  /** Page to open: the error in the map's locale, or its English page when that locale lacks it. */
  url: string;
  /** Canonical spelling(s), for display. */
  codes: string[];
  /** Message in the language of `url`. */
  message: string;
  /** Site locale code of the page at `url` (differs from the map's locale for English fallbacks). */
  locale: string;
}

/**
 * The per-locale direct-answer file (`/search/codes-{path}.json`): every known
 * code and alias, normalized, pointing at an error. A few KB; fetched only once
 * the reader uses the search box.
 */
export interface CodeMap {
  locale: string;
  /** Search UI strings of the locale, resolved by i18next at build time (`{{placeholders}}` kept). */
  strings: Record<string, string>;
  /** Every site locale, to label results from other languages. */
  locales: { code: string; path: string; tag: string; name: string; nameInText: string }[];
  errors: CodeMapError[];
  /** Normalized code or alias → index into `errors`. */
  keys: Record<string, number>;
}

/** What the build knows about one error for the map. */
export interface CodeMapInput extends Omit<CodeMapError, "codes"> {
  codes: readonly string[];
  aliases: readonly string[];
}

/** Builds a locale's code map; the first error claiming a key keeps it (the build already fails on real conflicts). */
export function buildCodeMap(
  locale: string,
  errors: readonly CodeMapInput[],
  extra: Pick<CodeMap, "strings" | "locales"> = { strings: {}, locales: [] },
): CodeMap {
  // No prototype: a code like `constructor` or `toString` is an ordinary key.
  const keys: Record<string, number> = Object.create(null);
  const list = errors.map(({ aliases, ...e }, index) => {
    for (const key of [...e.codes, ...aliases].map(normalizeCode)) {
      if (key && !Object.hasOwn(keys, key)) keys[key] = index;
    }
    return { ...e, codes: [...e.codes] };
  });
  return { locale, ...extra, errors: list, keys };
}
