import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { fixtureSites } from "../../playwright.fixtures.config.ts";
import { switchLanguage } from "../e2e/support/atlas.ts";

/**
 * Issue 7, "a new language is data only": tests/fixtures/new-locale is a content root that brings German
 * (de-DE), which the project does not ship, as data only: `.atlas/i18n/locales.json`, its UI strings
 * (`.atlas/i18n/ui/de-DE.json`, `.atlas/search/ui/de-DE.json`) and a German source. No TypeScript names it.
 * The German source lacks `WorkloadLogChainBroken`, which only the English one describes.
 */
const root = join(import.meta.dirname, "../..");
const dist = join(root, fixtureSites["new-locale"].dist);
const ui = JSON.parse(readFileSync(join(root, "tests/fixtures/new-locale/.atlas/i18n/ui/de-DE.json"), "utf8")) as Record<string, string>;

const agent = "usererrorworkloadagentnotregistered";
const quiesce = "usererrorworkloadquiescefailed";
const englishOnly = "workloadlogchainbroken";

test("the German error index is in German, with the English-only error listed apart", async ({ page }) => {
  await page.goto("/de-de/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
  await expect(page.locator("h1").first()).toHaveText(ui["index.title"] as string);
  const main = page.locator("#ea-main");
  await expect(main.locator(`a[href="/de-de/errors/${agent}/"]`)).toHaveCount(1);
  await expect(main.locator(`a[href="/de-de/errors/${quiesce}/"]`)).toHaveCount(1);
  await expect(main.locator(`a[href="/en/errors/${englishOnly}/from/de-de/"]`)).toHaveCount(1);
});

test("a German error page has German chrome, German content and a switcher to English", async ({ page }) => {
  await page.goto(`/de-de/errors/${agent}/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
  await expect(page.locator("#ea-main")).toContainText("Der Workload-Agent ist nicht beim Tresor registriert");
  await expect(page.getByRole("link", { name: ui["nav.skip"] as string })).toHaveCount(1);
  const german = page.locator('nav.ea-switcher a[data-ea-lang="de-de"]');
  await expect(german).toHaveAttribute("hreflang", "de-DE");
  await expect(german).toHaveText("Deutsch");
  await switchLanguage(page, "en");
  await expect(page).toHaveURL(new RegExp(`/en/errors/${agent}/$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("switching to German on an error German lacks opens English with a German notice", async ({ page }) => {
  await page.goto(`/en/errors/${englishOnly}/`);
  const german = page.locator('nav.ea-switcher a[data-ea-lang="de-de"]');
  await expect(german).toHaveAttribute("data-ea-available", "false");
  await switchLanguage(page, "de-de");
  await expect(page).toHaveURL(new RegExp(`/en/errors/${englishOnly}/from/de-de/$`));
  await expect(page.locator('[data-ea-notice="fallback"]')).toContainText(
    (ui["notice.fallback"] as string).replace("{{language}}", "Deutsch").split(";")[0] as string,
  );
  await expect(page.locator("#ea-main")).toHaveAttribute("lang", "en");
});

test.describe("a German reader", () => {
  test.use({ locale: "de-DE" });

  test("/go/ links open the German error for every code of it, in any case", async ({ page }) => {
    for (const code of ["UserErrorWorkloadQuiesceFailedV2", "usererrorworkloadquiescefailed", "USERERRORWORKLOADAGENTNOTREGISTERED"]) {
      await page.goto(`/go/${code}/`);
      const id = code.toLowerCase().startsWith("usererrorworkloadquiesce") ? quiesce : agent;
      await expect(page).toHaveURL(new RegExp(`/de-de/errors/${id}/$`));
    }
  });

  test("/ opens the German index", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/de-de\/$/);
  });
});

test("search has a German index, and a pasted code opens the German page", async ({ page }) => {
  const entry = JSON.parse(readFileSync(join(dist, "pagefind/pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(entry.languages["de-de"]?.page_count).toBeGreaterThan(0);
  await page.goto("/de-de/search/?q=UserErrorWorkloadQuiesceFailedV2");
  const form = page.locator('form[data-ea-search="page"]');
  await expect(form.locator("[data-ea-search-panel]")).toHaveAttribute("data-ea-state", "done", { timeout: 10_000 });
  await expect(form.locator("[data-ea-direct]")).toHaveAttribute("href", `/de-de/errors/${quiesce}/`);
});
