import { expect, test } from "@playwright/test";
import { siteLocales } from "../../../src/i18n/locales.ts";
import { onlyWithoutJs, switchLanguage, urlOf } from "../support/atlas.ts";

// `/` picks a language: saved choice, then the browser's languages, then English.
const negotiations = [
  { browser: "pt-PT", lands: "/pt-pt/" },
  { browser: "ru", lands: "/ru-ru/" }, // a primary subtag matches its regional site locale
  { browser: "it-CH", lands: "/it/" },
  { browser: "de-DE", lands: "/en/" }, // no match: English
];

for (const { browser, lands } of negotiations) {
  test.describe(`with browser language ${browser}`, () => {
    test.use({ locale: browser });
    test(`/ opens ${lands}`, async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(urlOf(lands));
    });
  });
}

test("/ prefers the language chosen in the switcher over the browser's languages", async ({ page }) => {
  await page.goto("/en/");
  await switchLanguage(page, "sv-se");
  await expect(page).toHaveURL(urlOf("/sv-se/"));
  await page.goto("/");
  await expect(page).toHaveURL(urlOf("/sv-se/"));
});

test("without JavaScript, / lists every language", { tag: onlyWithoutJs }, async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(urlOf("/"));
  for (const locale of siteLocales) {
    await expect(page.locator(`a[href="/${locale.path}/"]`).first(), `link to ${locale.name}`).toBeVisible();
  }
});
