import { expect, test } from "@playwright/test";
import { useTranslations } from "../../../src/i18n/i18n.ts";
import { alsoWithoutJs } from "../support/atlas.ts";

// Issue 10: a /go/ link with a code no page has answers in the reader's language, with the search box prefilled
// and the closest known codes; never a bare 404. Without JavaScript: the not-found page with its links.
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const typo = "UserErrorRpColectionLimitReached";

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(device, () => {
    test.use({ viewport, locale: "it-IT" });

    test("an unknown /go/ code: the reader's language, the search prefilled, did you mean", { tag: alsoWithoutJs }, async ({
      page,
      javaScriptEnabled,
    }) => {
      const response = await page.goto(`/go/${typo}/`);
      expect(response?.status()).toBe(404);
      if (!javaScriptEnabled) {
        await expect(page.locator('a[href="/en/"]:visible').first()).toBeVisible();
        return;
      }
      const t = useTranslations("it");
      const section = page.locator('[data-ea-404="it"]');
      await expect(section).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "it");
      await expect(section.locator("[data-ea-404-unknown]")).toHaveText(t("go.unknown", { code: typo }));
      await expect(section.locator("input[name=q]")).toHaveValue(typo);
      const near = section.locator("[data-ea-404-near]");
      await expect(near).toContainText(t("go.didYouMean"));
      const suggestion = near.locator('a[href="/it/errors/usererrorrpcollectionlimitreached/"]');
      await expect(suggestion).toHaveText("UserErrorRpCollectionLimitReached");
      await expect(suggestion).toBeInViewport();
      // The prefilled search runs in Italian.
      await section.locator("button[type=submit]").click();
      await expect(page).toHaveURL(/\/it\/search\/\?q=UserErrorRpColectionLimitReached$/);
    });

    test("a saved language choice wins over the browser's", async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem("ea-lang", "sv-se"));
      await page.goto("/go/NoSuchCodeAnywhere/");
      await expect(page.locator('[data-ea-404="sv-se"] [data-ea-404-unknown]')).toHaveText(
        useTranslations("sv-SE")("go.unknown", { code: "NoSuchCodeAnywhere" }),
      );
      await expect(page.locator("[data-ea-404-near]:visible")).toHaveCount(0);
    });
  });
}
