/** Longest `<title>` kept whole: longer ones are cut (search engines and the validator's limit). */
const MAX_TITLE = 70;

/** Length as written in HTML, where Astro escapes `'` as `&#39;` (what the validator counts). */
const htmlLength = (s: string): number => [...s.replace(/['"&<>]/g, "&#39;")].length;

/** `{title} · {site}`, the title shortened at a word with "…" so the whole fits in 70 characters. */
export function pageTitle(title: string, site: string): string {
  if (title === site) return title;
  const suffix = ` · ${site}`;
  const room = MAX_TITLE - suffix.length;
  if (htmlLength(title) <= room) return `${title}${suffix}`;
  let cut = [...title].slice(0, room - 1).join("");
  while (htmlLength(cut) > room - 1) cut = [...cut].slice(0, -1).join("");
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${(atWord.length > room / 2 ? atWord : cut).replace(/[\s,.;:–-]+$/, "")}…${suffix}`;
}
