/**
 * The pieces of an error code between which a line may break: before a capital that follows a
 * lowercase letter or digit, and before the last capital of an acronym (`SSD|Not`). Joined with
 * `<wbr>`, a code wraps at its camel-case boundaries only, never mid-word; its text is unchanged.
 */
export function codeBreakParts(code: string): string[] {
  return code.replace(/([\p{Ll}\d])(?=\p{Lu})|(\p{Lu})(?=\p{Lu}\p{Ll})/gu, "$1$2\u0000").split("\u0000");
}
