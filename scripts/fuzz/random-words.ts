/**
 * Random words of random scripts, for property tests that rewrite labels: a
 * rule that holds for these holds for a language the project has never seen.
 */

/** Letter ranges of a few scripts (no marks, no digits, nothing Markdown reads). */
const SCRIPTS: [number, number][] = [
  [0x61, 0x7a], // Latin
  [0xe0, 0xf6], // Latin-1 letters
  [0x430, 0x44f], // Cyrillic
  [0x3b1, 0x3c9], // Greek
  [0x5d0, 0x5ea], // Hebrew
  [0x627, 0x64a], // Arabic
  [0x915, 0x939], // Devanagari
  [0xe01, 0xe2e], // Thai
  [0x3041, 0x3096], // Hiragana
  [0x4e00, 0x4fff], // Han
  [0xac00, 0xad00], // Hangul
];

/** One word of `min`–`max` letters of one random script. */
export function randomWord(rnd: () => number, min: number, max: number): string {
  const [lo, hi] = SCRIPTS[Math.floor(rnd() * SCRIPTS.length)] as [number, number];
  const length = min + Math.floor(rnd() * (max - min + 1));
  let out = "";
  for (let i = 0; i < length; i++) out += String.fromCodePoint(lo + Math.floor(rnd() * (hi - lo + 1)));
  return out;
}

/** One to three random words (a label, a conjunction, a cause word). */
export const randomWords = (rnd: () => number): string =>
  Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => randomWord(rnd, 2, 7)).join(" ");
