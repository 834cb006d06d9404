import { expect, test } from "@playwright/test";
import { useTranslations } from "../../../src/i18n/i18n.ts";
import { alsoWithoutJs, articlePath, byId, main, switchLanguage, urlOf } from "../support/atlas.ts";

// Issue 10, deep links that never land wrong: an anchor a language's article lacks lands on a stub that says so and
// links to the section in English; switching language on an article keeps the #anchor (with JavaScript).
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
/** Only the 2018 pt-PT revision describes this error: the Swedish article lacks it. */
const ssd = "usererrorstandardssdnotsupported---currently-azure-backup-does-not-support-standard-ssd-disks";

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(device, () => {
    test.use({ viewport });

    test("an anchor the Swedish article lacks lands on a stub linking to the English section", { tag: alsoWithoutJs }, async ({ page }) => {
      const response = await page.goto(`${articlePath("sv-se")}#${ssd}`);
      expect(response?.status()).toBe(200);
      const stub = byId(page, ssd);
      await expect(stub).toBeInViewport();
      await expect(stub).toContainText(useTranslations("sv-SE")("anchor.stub", { language: "svenska" }));
      await expect(stub.locator("h2")).toContainText("UserErrorStandardSSDNotSupported");
      await stub.getByRole("link").click();
      await expect(page).toHaveURL(urlOf(articlePath("en"), ssd));
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(byId(page, ssd)).toBeInViewport();
    });

    test("a solution anchor inside a missing cause lands on that cause's stub", { tag: alsoWithoutJs }, async ({ page }) => {
      await page.goto(`${articlePath("ru-ru")}#solution-to-this-issue`);
      const stub = main(page).locator(".ea-stub", { has: page.locator("#solution-to-this-issue") });
      await expect(stub).toBeInViewport();
      await expect(stub.locator("h2")).toContainText("IaaSBcdrExtension.exe");
    });

    test("switching language on an article keeps the #anchor and lands on the section or its stub", async ({ page }) => {
      await page.goto(`${articlePath("pt-pt")}#${ssd}`);
      await switchLanguage(page, "sv-se");
      await expect(page).toHaveURL(urlOf(articlePath("sv-se"), ssd));
      await expect(byId(page, ssd)).toBeInViewport();
      await switchLanguage(page, "it");
      await expect(page).toHaveURL(urlOf(articlePath("it"), ssd));
      await expect(byId(page, ssd)).toBeInViewport();
    });

    test("without JavaScript the switcher links of an article go to the same article in each language", {
      tag: alsoWithoutJs,
    }, async ({ page }) => {
      await page.goto(`${articlePath("pt-pt")}#${ssd}`);
      for (const lang of ["en", "it", "sv-se", "ru-ru"])
        await expect(page.locator(`nav.ea-switcher a[data-ea-lang="${lang}"]`)).toHaveAttribute("href", articlePath(lang));
    });
  });
}

for (const [device, viewport] of Object.entries(viewports)) {
  test(`${device}: switching language on an error page to one without the #cause says so and links to the article's stub`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const cause = "vm-agent-configuration-options-are-not-set-for-linux-vms";
    await page.goto(`/it/errors/guestagentsnapshottaskstatuserror/#${cause}`);
    await switchLanguage(page, "sv-se");
    await expect(page).toHaveURL(urlOf("/sv-se/errors/guestagentsnapshottaskstatuserror/", cause));
    const notice = page.locator('[data-ea-notice="anchor"]');
    await expect(notice).toBeInViewport();
    await expect(notice).toContainText(useTranslations("sv-SE")("anchor.nearest"));
    await notice.getByRole("link").click();
    await expect(page).toHaveURL(urlOf(articlePath("sv-se"), cause));
    await expect(byId(page, cause)).toBeInViewport();
    await expect(byId(page, cause)).toHaveClass(/ea-stub/);
  });
}

// "On this page" on the article: a sidebar on desktop, a closed disclosure on phones; the section read is marked.
for (const [device, viewport] of Object.entries(viewports)) {
  test(`${device}: the article has On this page, listing its errors and causes`, { tag: alsoWithoutJs }, async ({
    page,
    javaScriptEnabled,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(articlePath("it"));
    const toc = page.locator("details.ea-otp");
    const entry = toc.locator('a[href="#usererrorrpcollectionlimitreached---the-restore-point-collection-max-limit-has-reached"]');
    await expect(entry).toHaveCount(1);
    await expect(toc.locator('li.ea-otp-sub a[href="#vm-agent-configuration-options-are-not-set-for-linux-vms"]')).toHaveCount(1);
    if (device === "phone") {
      await expect(entry).toBeHidden();
      await toc.locator("summary").click();
    }
    await expect(entry).toBeVisible();
    await entry.click();
    const heading = byId(page, "usererrorrpcollectionlimitreached---the-restore-point-collection-max-limit-has-reached");
    await expect(heading).toBeInViewport();
    if (javaScriptEnabled && device === "desktop") await expect(entry).toHaveAttribute("aria-current", "true");
  });
}
