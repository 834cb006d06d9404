/**
 * Index terms for error codes. Pagefind matches whole words and word prefixes
 * and never splits camel case, so a page is given the lowercase code and every
 * suffix that starts at a camel-case boundary: a query for `RpCollectionLimit`
 * then prefix-matches `rpcollectionlimitreached`.
 */

/** Splits a code at camel-case boundaries: `UserErrorStandardSSDNotSupported` → User, Error, Standard, SSD, Not, Supported. */
export function camelParts(code: string): string[] {
  return (
    code
      // `aB` and `9B`: a new word starts at the capital.
      .replace(/([\p{Ll}\d])(\p{Lu})/gu, "$1 $2")
      // `SSDNot`: an acronym ends before the capital that starts a lowercase word.
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
      .split(/[^\p{L}\d]+/u)
      .filter(Boolean)
  );
}

/** Every suffix of a code that starts at a camel-case boundary, lowercased, longest first (the whole code included). */
export function camelSuffixes(code: string): string[] {
  const parts = camelParts(code);
  return parts.map((_, i) => parts.slice(i).join("").toLowerCase());
}

/** Lowercases a code or alias the way Pagefind and the code map compare them (Cyrillic included). */
export function normalizeCode(text: string): string {
  return (
    text
      .normalize("NFC")
      .trim()
      // Quotes, brackets and trailing punctuation come along when a code is copied from a log line.
      .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "")
      .toLowerCase()
  );
}

/** The terms an error page is indexed under: each code and its camel-case suffixes, and every alias. */
export function codeSearchTerms(codes: readonly string[], aliases: readonly string[]): string[] {
  const terms = [...codes.flatMap(camelSuffixes), ...aliases.map(normalizeCode)];
  return [...new Set(terms.filter(Boolean))];
}
