import { expect, test } from "@playwright/test";
import { useTranslations } from "../../../src/i18n/i18n.ts";
import { alsoWithoutJs, byId, errorPath, fallbackNotice, main, switcherLink, switchLanguage, urlOf } from "../support/atlas.ts";

// Journey 4 of design.md: the switcher keeps the entity (and the #anchor); a missing entity opens English with a notice.
const error = "guestagentsnapshottaskstatuserror";
const cause = "the-agent-installed-in-the-vm-is-out-of-date-for-linux-vms";
/** Exists in en and it only. */
const italianOnly = "usererrorbcmdatasourcenotpresent";

test("switching language on an error page keeps the error and the #cause", async ({ page }) => {
  await page.goto(`${errorPath("it", error)}#${cause}`);
  await switchLanguage(page, "sv-se");
  await expect(page).toHaveURL(urlOf(errorPath("sv-se", error), cause));
  await expect(byId(page, cause)).toBeInViewport();
});

test("the switcher links to the same error in every language", { tag: alsoWithoutJs }, async ({ page }) => {
  await page.goto(errorPath("it", error));
  await switchLanguage(page, "ru-ru");
  await expect(page).toHaveURL(urlOf(errorPath("ru-ru", error)));
  await expect(page.locator("html")).toHaveAttribute("lang", "ru-RU");
});

test("switching to a language that lacks the error opens English with a notice in that language", { tag: alsoWithoutJs }, async ({
  page,
}) => {
  await page.goto(errorPath("it", italianOnly));
  const svenska = switcherLink(page, "sv-se");
  await expect(svenska).toHaveAttribute("data-ea-available", "false");
  await switchLanguage(page, "sv-se");

  await expect(page).toHaveURL(new RegExp(`/en/errors/${italianOnly}/`));
  await expect(main(page).locator("h1")).toContainText("UserErrorBcmDatasourceNotPresent");
  await expect(fallbackNotice(page)).toContainText(
    useTranslations("sv-SE")("notice.fallback", { language: "svenska", fallback: "engelska" }),
  );
  await expect(main(page), "the content is the English version").toHaveAttribute("lang", "en");
});

test("a language's own URL for an error it lacks is not a 404", { tag: alsoWithoutJs }, async ({ page, javaScriptEnabled }) => {
  const response = await page.goto(errorPath("sv-se", italianOnly));
  expect(response?.status()).toBe(200);
  if (javaScriptEnabled) await expect(fallbackNotice(page)).toBeVisible();
  else {
    // Without JavaScript the stub's meta refresh lands on the English page, which says why in Swedish.
    await expect(page).toHaveURL(new RegExp(`/en/errors/${italianOnly}/`));
    await expect(fallbackNotice(page)).toBeVisible();
  }
});
