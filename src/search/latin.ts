/**
 * Latin letters for a code written in another script (`усереррорфообар` → `usererrorfoobar`), folded
 * as the parser folds codes (any-ascii, any script). Its table is about 220 KB gzip, so the browser
 * fetches it only for a query that has letters outside Latin: `await loadLatin(query)` before the
 * pure search functions read it through `toLatin`.
 */
type Fold = (text: string) => string;

let fold: Fold | undefined;

/** Whether `text` is written in Latin letters, digits and marks only (nothing to transliterate). */
export const isLatin = (text: string): boolean => /^[\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}_]*$/u.test(text);

/** Loads the transliteration table if `text` needs it (once per page). */
export async function loadLatin(text: string): Promise<void> {
  if (fold || isLatin(text)) return;
  fold = (await import("any-ascii")).default;
}

/** `text` in Latin letters; unchanged when it already is, or before `loadLatin` was awaited for it. */
export function toLatin(text: string): string {
  return isLatin(text) || !fold ? text : fold(text);
}
