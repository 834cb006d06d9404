/**
 * DocFX's auto-id of a heading (Markdig's GitHub-style identifiers): the
 * visible text lowercased, every character that is not a letter, mark,
 * digit, `-`, `_` or space removed, then each space turned into `-`. Spaces
 * are not collapsed, so `A - B` gives `a---b` and `A / B` gives `a--b`, as
 * the published translations write them.
 */
export function docfxAutoId(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, "")
    .trim()
    .replace(/ /g, "-");
}
