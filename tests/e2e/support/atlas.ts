import type { Locator, Page } from "@playwright/test";

/**
 * Hooks into the site's markup shared by the end-to-end tests (tests/e2e/search may import them too).
 * Selectors use the URL contract (hrefs) and the `ea-`/`data-ea-*` hooks of the page chrome, never UI text.
 */

/** Tag for tests that must also pass with JavaScript disabled (the `no-js` project runs them). */
export const alsoWithoutJs = "@no-js";
/** Tag for tests that only make sense with JavaScript disabled. */
export const onlyWithoutJs = "@no-js-only";

/** The one article the site is built from. */
export const articleSlug = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout";

/** URL path of an entity page (design.md, URL contract). */
export const errorPath = (lang: string, id: string): string => `/${lang}/errors/${id}/`;
export const causePath = (lang: string, id: string): string => `/${lang}/causes/${id}/`;
export const articlePath = (lang: string): string => `/${lang}/articles/${articleSlug}/`;
export const goPath = (code: string): string => `/go/${code}/`;

/** The page's main content (`<main id="ea-main">`, the skip link's target). */
export const main = (page: Page): Locator => page.locator("#ea-main");

/** A link inside the main content to this page, with or without a `#fragment` (first one if several). */
export const mainLinkTo = (page: Page, path: string): Locator => main(page).locator(`a[href="${path}"], a[href^="${path}#"]`).first();

/** The language switcher's link to one locale (by URL segment, `sv-se`). */
export const switcherLink = (page: Page, langPath: string): Locator => page.locator(`nav.ea-switcher a[data-ea-lang="${langPath}"]`);

/** The language menu's button (the `<summary>` of its disclosure, showing the current language). */
export const languageMenu = (page: Page): Locator => page.locator("details.ea-lang > summary");

/** Opens the language menu and follows its link to one locale (by URL segment, `sv-se`). */
export async function switchLanguage(page: Page, langPath: string): Promise<void> {
  if (!(await page.locator("details.ea-lang").evaluate((d) => (d as HTMLDetailsElement).open))) await languageMenu(page).click();
  await switcherLink(page, langPath).click();
}

/** The notice on an English page opened for a reader whose language lacks the entity. */
export const fallbackNotice = (page: Page): Locator => page.locator('[data-ea-notice="fallback"]');

/** An element by id (ids may hold characters a `#id` selector would need escaped). */
export const byId = (page: Page, id: string): Locator => page.locator(`[id="${id}"]`);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Matches the full URL of `path` on any origin, followed by exactly `#hash`; with no hash given, by no hash.
 * Pass `anyHash` to accept any fragment or none.
 */
export function urlOf(path: string, hash: string | typeof anyHash = ""): RegExp {
  const tail = hash === anyHash ? "(#.*)?" : hash ? escapeRegExp(`#${hash}`) : "";
  return new RegExp(`^https?://[^/]+${escapeRegExp(path)}${tail}$`);
}

/** For `urlOf`: any fragment, or none. */
export const anyHash: unique symbol = Symbol("any hash");

/** How many lines an element's text takes (line boxes of its contents, not the height of a stretched table cell). */
export function textLines(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const tops: number[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0) tops.push(r.top);
    }
    tops.sort((a, b) => a - b);
    return tops.filter((top, i) => i === 0 || top - (tops[i - 1] ?? top) > 8).length;
  });
}
