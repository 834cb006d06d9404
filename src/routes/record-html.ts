import { cacheDir } from "astro:config/server";
import type { HtmlRef } from "../corpus/records.ts";
import { fragmentDir, readFragment } from "../loaders/html-fragments.ts";

const dir = fragmentDir(cacheDir);

/**
 * The rendered HTML a collection entry refers to (`bodyHtml`, `html`): the fragment file the content
 * loader wrote under Astro's cache folder, read when the page renders (pages are prerendered in Node,
 * in `astro build` and `astro dev` alike). "" for an entry without HTML.
 */
export function recordHtml(ref: HtmlRef): string {
  return readFragment(dir, ref);
}
