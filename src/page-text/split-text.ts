const marker = "\u0000";

/**
 * Splits a translated sentence around one interpolated value, so a page can wrap
 * the value in markup (`<time>`, a link): `fill(marker)` → [before, after].
 */
export function splitAround(fill: (value: string) => string): [string, string] {
  const [before = "", after = ""] = fill(marker).split(marker);
  return [before, after];
}
