/** Cyrillic → Latin as machine translation transliterates English code words ("усер" ← "user"). */
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/** Lower-cases and transliterates a token so corrupted codes can be compared with real ones. */
export function transliterate(token: string): string {
  return [...token.toLowerCase()].map((ch) => CYRILLIC[ch] ?? ch).join("");
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
    .replace(/[ck]/g, "k")
    .replace(/[iy]/g, "i")
    .replace(/ts/g, "t")
    .replace(/(.)\1+/g, "$1");
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
