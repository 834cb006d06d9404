import { expect, test } from "@playwright/test";
import { siteLocales } from "../../../src/i18n/locales.ts";
import { errorPath, goPath, onlyWithoutJs, switchLanguage, urlOf } from "../support/atlas.ts";

// Journey 2 of design.md: one short link per code opens the error in the reader's language.
const id = "usererrorrpcollectionlimitreached";

test.describe("with a Portuguese (Portugal) browser", () => {
  test.use({ locale: "pt-PT" });

  test("/go/{code}/ opens the Portuguese page", async ({ page }) => {
    await page.goto(goPath(id));
    await expect(page).toHaveURL(urlOf(errorPath("pt-pt", id)));
  });

  test("/go/{code}/ keeps the #anchor", async ({ page }) => {
    await page.goto(`${goPath(id)}#clean_up_restore_point_collection`);
    await expect(page).toHaveURL(urlOf(errorPath("pt-pt", id), "clean_up_restore_point_collection"));
  });

  test("/go/{code}/ prefers the language the reader chose before", async ({ page }) => {
    await page.goto(errorPath("en", id));
    await switchLanguage(page, "it");
    await expect(page).toHaveURL(urlOf(errorPath("it", id)));
    await page.goto(goPath(id));
    await expect(page).toHaveURL(urlOf(errorPath("it", id)));
  });
});

test.describe("with a browser language the site lacks", () => {
  test.use({ locale: "de-DE" });

  test("a misspelled code from an old revision opens the English page", async ({ page }) => {
    await page.goto(goPath("ExtentionOperationFailedForManagedDisks"));
    await expect(page).toHaveURL(urlOf(errorPath("en", "extensionoperationfailedformanageddisks")));
  });
});

test("without JavaScript, /go/{code}/ links to the error in every language", { tag: onlyWithoutJs }, async ({ page }) => {
  await page.goto(goPath(id));
  await expect(page).toHaveURL(urlOf(goPath(id)));
  for (const locale of siteLocales) {
    await expect(page.locator(`a[href="${errorPath(locale.path, id)}"]`).first(), `link to ${locale.name}`).toBeVisible();
  }
});

test("without JavaScript, /go/ answers a code as written, in lowercase and in UPPERCASE, never 404", { tag: onlyWithoutJs }, async ({
  page,
}) => {
  for (const form of ["UserErrorRpCollectionLimitReached", "usererrorrpcollectionlimitreached", "USERERRORRPCOLLECTIONLIMITREACHED"]) {
    const response = await page.goto(goPath(form));
    expect(response?.status(), form).toBe(200);
    await expect(page.locator(`a[href="${errorPath("en", "usererrorrpcollectionlimitreached")}"]`).first(), form).toBeVisible();
  }
});
