import { expect, type Locator, type Page, test } from "@playwright/test";
import { byId, errorPath, languageMenu, main, switcherLink, urlOf } from "../support/atlas.ts";

const error = "usererrorrpcollectionlimitreached";

/** Presses Tab until `target` has focus (at most `limit` times); true when it got there. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return true;
  }
  return false;
}

test("the first Tab reaches the skip link, which moves focus to the main content", async ({ page }) => {
  await page.goto(errorPath("en", error));
  await page.keyboard.press("Tab");
  const skip = page.locator(":focus");
  await expect(skip).toHaveAttribute("href", "#ea-main");
  await expect(skip).toBeVisible(); // shown when focused
  await page.keyboard.press("Enter");
  // Focus is now on <main> or the next Tab stop is inside it.
  const inMain = () => main(page).evaluate((m) => m === document.activeElement || m.contains(document.activeElement));
  if (!(await inMain())) await page.keyboard.press("Tab");
  expect(await inMain(), "focus after the skip link is in <main id=ea-main>").toBe(true);
});

test("the language switcher works from the keyboard and keeps the #anchor", async ({ page }) => {
  const hash = "clean_up_restore_point_collection";
  await page.goto(`${errorPath("en", error)}#${hash}`);
  expect(await tabTo(page, languageMenu(page)), "Tab reaches the language menu").toBe(true);
  await page.keyboard.press("Enter");
  const portuguese = switcherLink(page, "pt-pt");
  expect(await tabTo(page, portuguese, 6), "Tab reaches the menu's Português link").toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(urlOf(errorPath("pt-pt", error), hash));
  await expect(byId(page, hash)).toBeInViewport();
});
