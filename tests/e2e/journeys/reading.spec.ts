import { expect, test } from "@playwright/test";
import { useTranslations } from "../../../src/i18n/i18n.ts";
import { headerForm } from "../search/search-page.ts";
import { alsoWithoutJs, errorPath, languageMenu, main } from "../support/atlas.ts";

// Issue 10, reading: one journey per viewport and colour scheme, with and without JavaScript.
const error = "usererrorrpcollectionlimitreached";
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

for (const [device, viewport] of Object.entries(viewports)) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`${device}, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test("an error page: code and message on the first screen, compact header, menus, contents, link previews", {
        tag: alsoWithoutJs,
      }, async ({ page, javaScriptEnabled }) => {
        await page.goto(errorPath("sv-se", error));
        const header = await page.locator("header.ea-header").boundingBox();
        expect(header?.height ?? 999, "header height").toBeLessThan(device === "desktop" ? 72 : 150);
        // The code, broken only at camel-case boundaries, and the message are on the first screen.
        const h1 = main(page).locator("h1");
        await expect(h1).toHaveText("UserErrorRpCollectionLimitReached");
        expect(await h1.locator("wbr").count()).toBeGreaterThan(2);
        const message = main(page).locator("p.ea-message");
        expect(((await message.boundingBox())?.y ?? 9999) + 20).toBeLessThan(viewport.height);
        // The language menu shows the current language and opens without JavaScript.
        await expect(languageMenu(page)).toContainText("Svenska");
        await languageMenu(page).click();
        await expect(page.locator('nav.ea-switcher a[data-ea-lang="it"]')).toBeVisible();
        // Navigation: in a Menu on phones, always shown on desktop.
        const errorsLink = page.locator("nav.ea-nav a").first();
        if (device === "phone") {
          await expect(errorsLink).toBeHidden();
          await page.locator("details.ea-menu > summary").click();
        }
        await expect(errorsLink).toBeVisible();
        // Breadcrumbs and "On this page".
        await expect(page.locator("nav.ea-crumbs a")).toHaveAttribute("href", "/sv-se/");
        await expect(page.locator(".ea-otp a[href='#ea-explanation']")).toHaveCount(1);
        // A pasted link previews with the code and the message.
        await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /^UserErrorRpCollectionLimitReached: \S/);
        if (!javaScriptEnabled) {
          await expect(page.locator("[data-ea-theme]"), "no theme switch without JavaScript").toBeHidden();
          await expect(page.locator(".ea-search-hint").first(), "no / hint without JavaScript").toBeHidden();
        }
      });
    });
  }
}

test("the theme switch remembers the choice before the first paint, and System follows the system again", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(errorPath("en", error));
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.locator("[data-ea-theme] select").selectOption("dark");
  expect(await background()).not.toBe(light);
  await page.goto(errorPath("it", error));
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background()).not.toBe(light);
  await page.locator("[data-ea-theme] select").selectOption("auto");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  expect(await background()).toBe(light);
});

test("the section being read is marked in On this page; an anchor the page lacks says so", async ({ page }) => {
  await page.setViewportSize(viewports.desktop);
  await page.goto(`${errorPath("en", error)}#clean_up_restore_point_collection`);
  await expect(page.locator(".ea-otp a[href='#clean_up_restore_point_collection']")).toHaveAttribute("aria-current", "true");
  await page.goto(`${errorPath("it", error)}#no-such-section-anywhere`);
  const notice = page.locator('[data-ea-notice="anchor"]');
  await expect(notice).toContainText(useTranslations("it")("anchor.nearest"));
  await expect(notice.locator("a")).toHaveAttribute("href", /\/it\/articles\/.+#no-such-section-anywhere$/);
});

for (const width of [320, 1920]) {
  test(`the search popup stays inside a ${width} px viewport`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/en/");
    const form = headerForm(page);
    // A code: the direct answer opens the popup as soon as the small code map is in.
    await form.getByRole("searchbox").fill("UserErrorRpCollectionLimitReached");
    const panel = form.locator("[data-ea-search-panel]");
    await expect(panel.locator("[data-ea-direct]")).toBeVisible({ timeout: 15_000 });
    const box = await panel.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
  });
}
