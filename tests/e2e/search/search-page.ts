import { expect, type Locator, type Page } from "@playwright/test";

/** The search page's form (not the header box). */
export const pageForm = (page: Page): Locator => page.locator('form[data-ea-search="page"]');

/** The header search box. */
export const headerForm = (page: Page): Locator => page.locator('form[data-ea-search="header"]');

/** Waits until the search in `form` has rendered its outcome. */
export async function searchDone(form: Locator): Promise<void> {
  await expect(form.locator("[data-ea-search-panel]")).toHaveAttribute("data-ea-state", "done", { timeout: 10_000 });
}

/** Hrefs of the results in this language, in order. */
export const hitUrls = (form: Locator): Promise<string[]> =>
  form.locator("[data-ea-hits] > li > a.ea-search-link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));

/** Hrefs of the labelled results from other languages, in order. */
export const elsewhereUrls = (form: Locator): Promise<string[]> =>
  form.locator("[data-ea-elsewhere] > li > a.ea-search-link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));

/** Href of the direct answer, if any. */
export async function directUrl(form: Locator): Promise<string | null> {
  const direct = form.locator("[data-ea-direct]");
  return (await direct.count()) ? direct.getAttribute("href") : null;
}
