import { expect, test } from "@playwright/test";
import { useTranslations } from "../../../src/i18n/i18n.ts";
import { alsoWithoutJs, byId, causePath, fallbackNotice, main, switchLanguage, urlOf } from "../support/atlas.ts";

// Indexes list everything a reader can open (English-only entities too), with counts that mean something;
// notices read naturally in each language; published anchors on cause pages still land.

test("switching language on the search page keeps the query", async ({ page }) => {
  await page.goto("/it/search/?q=UserErrorRpCollectionLimitReached");
  await switchLanguage(page, "en");
  await expect(page).toHaveURL(/\/en\/search\/\?q=UserErrorRpCollectionLimitReached$/);
});

test("the error index counts steps for an error that has procedures but no causes", { tag: alsoWithoutJs }, async ({ page }) => {
  await page.goto("/sv-se/");
  const row = main(page).locator("tr", { has: page.locator('[data-ea-error="usererrorrpcollectionlimitreached"]') });
  await expect(row.locator("[data-ea-count]")).toHaveText(useTranslations("sv-SE")("count.steps", { count: 2 }));
  await expect(main(page).locator("[data-ea-count]", { hasText: /^0 / }), "no error claims zero causes").toHaveCount(0);
});

test("the causes index lists causes only English has, opening the English page", { tag: alsoWithoutJs }, async ({ page }) => {
  const cause = "application-control-solution-is-blocking-iaasbcdrextensionexe";
  await page.goto("/sv-se/causes/");
  const link = main(page).locator(`[data-ea-english-only] a[href="/en/causes/${cause}/from/sv-se/"]`);
  await expect(link).toHaveAttribute("hreflang", "en");
  await link.click();
  await expect(page).toHaveURL(urlOf(`/en/causes/${cause}/from/sv-se/`));
  await expect(fallbackNotice(page)).toContainText("finns inte på svenska");
});

test("a cause page's published #solution anchor lands on its solution", { tag: alsoWithoutJs }, async ({ page }) => {
  await page.goto(`${causePath("pt-pt", "the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms")}#solution`);
  await expect(byId(page, "solution")).toHaveCount(1);
  await expect(page.locator('#ea-solution > [id="solution"]'), "the alias sits in the solution heading").toHaveCount(1);
  await expect(page.locator("#ea-solution")).toBeInViewport();
});

test("the Russian source date has no doubled period", { tag: alsoWithoutJs }, async ({ page }) => {
  await page.goto("/ru-ru/errors/backupoperationfailed/");
  const meta = main(page).locator("p.ea-meta");
  await expect(meta).toHaveText(/г\.$/);
  await expect(meta).not.toContainText("..");
});
