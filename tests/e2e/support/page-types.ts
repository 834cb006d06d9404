import { siteLocales } from "../../../src/i18n/locales.ts";
import type { BuiltPage } from "./dist.ts";

const localePaths = new Set(siteLocales.map((l) => l.path));

/** URL segments followed by a name (an id, slug, code or date) rather than a fixed word. */
const namedBy = new Set(["errors", "causes", "solutions", "articles", "revisions", "go"]);

/**
 * The page type of a URL path, keeping its locale segments: `/it/errors/x/` → `/it/errors/:name/`,
 * `/en/errors/x/from/sv-se/` → `/en/errors/:name/from/sv-se/`, `/go/code/` → `/go/:name/`.
 */
export function pageType(path: string): string {
  const segments = path.split("/");
  return segments.map((s, i) => (i > 0 && namedBy.has(segments[i - 1] ?? "") && !localePaths.has(s) && s !== "" ? ":name" : s)).join("/");
}

/**
 * The page type for browser checks: English fallback variants share one layout whatever the entity kind, so
 * `/en/errors/:name/from/sv-se/` and `/en/causes/:name/from/sv-se/` count as one type per reader locale.
 */
function checkedType(path: string): string {
  return pageType(path).replace(/^\/en\/(errors|causes|solutions)\/:name\/from\//, "/en/:kind/:name/from/");
}

/**
 * One page of every page type in every locale (the first by file name): the pages worth a
 * browser check such as axe, without repeating it for every error of every locale.
 */
export function onePerPageType(pages: readonly BuiltPage[]): BuiltPage[] {
  const seen = new Map<string, BuiltPage>();
  for (const page of pages) {
    const type = checkedType(page.path);
    if (!seen.has(type)) seen.set(type, page);
  }
  return [...seen.values()];
}
