import { expect, type Page, test } from "@playwright/test";

/**
 * Issue 7, "a new language is data only": which locale is the default is data too. tests/fixtures/default-italian
 * (see its README) lists Italian before English in its `.atlas/i18n/locales.json`: Italian is then the
 * language of the pages outside any locale, the original a machine translation links to, the language
 * the indexes list what a reader's language lacks in, and the fallback of what English lacks.
 */

const main = (page: Page) => page.locator("#ea-main");
const stalled = "usererrorcopyjobstalled";
const italianOnly = "usererrorcopytargetfull";
const englishOnly = "copysourcemissing";

test.describe("without JavaScript (no language negotiation)", () => {
  test.use({ javaScriptEnabled: false });

  test("pages outside any locale are in the default language, Italian", async ({ page }) => {
    for (const path of ["/", "/go/UserErrorCopyJobStalled/"]) {
      await page.goto(path);
      await expect(page.locator("html"), path).toHaveAttribute("lang", "it");
    }
  });
});

test("an English machine translation links to the Italian original", async ({ page }) => {
  await page.goto(`/en/errors/${stalled}/`);
  const original = page.locator("[data-ea-english]");
  await expect(original).toHaveAttribute("href", `/it/errors/${stalled}/`);
  await expect(original).toHaveAttribute("hreflang", "it");
  await expect(original).toHaveText("Read the Italian version");
});

test("the English index lists the error only Italian has, opening it in Italian", async ({ page }) => {
  await page.goto("/en/");
  await expect(main(page).locator("#ea-english-only")).toHaveText("Available in Italian only");
  await expect(main(page).locator("#ea-english-only + p")).toContainText("Their pages open in Italian.");
  const item = main(page).locator(`#ea-english-only ~ ul li:has(a[data-ea-error="${italianOnly}"])`);
  await expect(item).toHaveAttribute("lang", "it");
  await expect(item.locator("a")).toHaveAttribute("href", `/it/errors/${italianOnly}/from/en/`);
  await page.goto(`/it/errors/${italianOnly}/from/en/`);
  await expect(main(page)).toHaveAttribute("lang", "it");
  await expect(main(page)).toContainText("L'insieme di credenziali di destinazione ha raggiunto la quota");
});

test("the switcher marks the English link of an Italian-only error as opening Italian, and says so", async ({ page }) => {
  await page.goto(`/it/errors/${italianOnly}/`);
  const english = page.locator('nav.ea-switcher a[data-ea-lang="en"]');
  await expect(english).toHaveAttribute("data-ea-available", "false");
  await expect(english).toHaveAttribute("hreflang", "it");
  // The note names the language the link opens, in the reader's language.
  await expect(english.locator(".ea-switcher-note")).toHaveText("(in italiano)");
  // An English reader's switcher, on the Italian page they read, says so in English.
  await page.goto(`/it/errors/${italianOnly}/from/en/`);
  await expect(page.locator('nav.ea-switcher a[data-ea-lang="en"] .ea-switcher-note')).toHaveText("(in Italian)");
});

test("the English article's stub of the section only Italian has links to the Italian section, saying so", async ({ page }) => {
  await page.goto("/en/articles/backup-copy-troubleshoot/");
  const link = main(page).locator("[data-ea-stub] a");
  await expect(link).toHaveAttribute("href", "/it/articles/backup-copy-troubleshoot/#usererrorcopytargetfull---the-copy-target-is-full");
  await expect(link).toHaveText("Read it in Italian");
});

test("an error only English has is read in English by Italian readers, not a 404", async ({ page }) => {
  await page.goto(`/it/errors/${englishOnly}/`);
  await expect(page).toHaveURL(new RegExp(`/en/errors/${englishOnly}/from/it/$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(main(page)).toHaveAttribute("lang", "en");
  await expect(main(page)).toContainText("The recovery point to copy was deleted before the copy started.");
  await expect(page.locator('[data-ea-notice="fallback"]')).toContainText("non è disponibile in italiano; la stai leggendo in inglese");
});
