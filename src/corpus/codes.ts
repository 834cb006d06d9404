import anyAscii from "any-ascii";

/**
 * Lower-cases a token after transliterating any script to ASCII (Cyrillic
 * in any Cyrillic language, Greek, Turkish dotless `ı`, accented Latin…), so
 * a code that machine translation wrote in another script can be compared
 * with the real one: `усереррорбаккуп…` → `usererrorbakkup…`.
 */
export function transliterate(token: string): string {
  return anyAscii(token).toLowerCase();
}

/**
 * A coarse phonetic skeleton: letters that transliteration confuses
 * (c/k/s, x/ks, ph/f, doubled letters) collapse to one, so
 * `usererrorbakkupoperationinprogress` and `usererrorbackupoperationinprogress` match.
 */
export function skeleton(token: string): string {
  return transliterate(token)
    .replace(/[^a-z0-9]/g, "")
    .replace(/x/g, "ks")
    .replace(/ph/g, "f")
    .replace(/kh/g, "h")
    .replace(/[ck]/g, "k")
    .replace(/[iy]/g, "i")
    .replace(/ts/g, "t")
    .replace(/(.)\1+/g, "$1");
}

/**
 * Whether a token is written the way codes are: ASCII letters, digits and
 * `_` only (numeric codes included). A token in another script, or with a
 * translated accented word inside, is a corrupted form, never a code.
 */
export function isCodeShaped(token: string): boolean {
  return /^[A-Za-z0-9_]+$/.test(token) && /[A-Za-z]|^\d{3,}$/.test(token);
}

/** Levenshtein distance, for telling a misspelling from a different code. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/** How alike a written token and a canonical code are, 0 (unrelated) to 1 (same after repair). */
export function similarity(written: string, canonical: string): number {
  const a = skeleton(written);
  const b = skeleton(canonical);
  if (!a || !b) return 0;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

/** The canonical code a written token most likely stands for, if it is close enough to be a repair. */
export function bestMatch(written: string, candidates: readonly string[], threshold = 0.75): string | null {
  let best: string | null = null;
  let score = threshold;
  for (const c of candidates) {
    const s = similarity(written, c);
    if (s >= score) {
      best = c;
      score = s;
    }
  }
  return best;
}

/** Words of a code: `ExtensionFailedVssWriterInBadState` → extension, failed, vss, writer, in, bad, state. */
export function codeWords(code: string): string[] {
  return code
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/([A-Za-z])(\d)/g, "$1 $2")
    .toLowerCase()
    .split(/[\s_]+/)
    .filter(Boolean);
}

/**
 * Whether two code-shaped spellings are one code misspelled (`Extention…` /
 * `Extension…`): the same words but one, which differs by a letter or two.
 * A suffix (`…Reached` / `…ReachedV2`), a number or a different word
 * (`VssWriter` / `VssService`) makes a different code.
 */
export function isMisspelling(a: string, b: string): boolean {
  const wa = codeWords(a);
  const wb = codeWords(b);
  if (wa.length !== wb.length) return false;
  const differing = wa.flatMap((w, i) => (w === wb[i] ? [] : [[w, wb[i] ?? ""] as const]));
  if (differing.length !== 1) return false;
  const [x, y] = differing[0] ?? ["", ""];
  return /^[a-z]{4,}$/.test(x) && /^[a-z]{4,}$/.test(y) && distance(x, y) <= 2;
}
