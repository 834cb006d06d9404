/**
 * The pieces of an error code between which a line may break: before a capital that follows a
 * lowercase letter or digit, and before the last capital of an acronym (`SSD|Not`). Joined with
 * `<wbr>`, a code wraps at its camel-case boundaries only, never mid-word; its text is unchanged.
 */
export function codeBreakParts(code: string): string[] {
  return code.replace(/([\p{Ll}\d])(?=\p{Lu})|(\p{Lu})(?=\p{Lu}\p{Ll})/gu, "$1$2\u0000").split("\u0000");
}

/** A word shaped like an error code: long, with at least two camel-case humps (`UserErrorFoo`), in any script. */
const CODE_WORD = /[\p{L}\p{N}_]{12,}/gu;
const isCodeWord = (word: string): boolean => (word.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 2;

/**
 * `text` cut where a line may break inside its code-shaped words (see `codeBreakParts`); other words are
 * left whole. Joining the pieces gives `text` back.
 */
export function textBreakParts(text: string): string[] {
  const parts: string[] = [""];
  let last = 0;
  for (const match of text.matchAll(CODE_WORD)) {
    if (!isCodeWord(match[0])) continue;
    const [first, ...rest] = codeBreakParts(match[0]);
    parts[parts.length - 1] += text.slice(last, match.index) + (first ?? "");
    parts.push(...rest);
    last = match.index + match[0].length;
  }
  parts[parts.length - 1] += text.slice(last);
  return parts;
}
