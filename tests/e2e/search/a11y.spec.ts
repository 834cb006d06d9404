import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { headerForm, pageForm, searchDone } from "./search-page.ts";

/** axe over a page with search results on screen (the static pages are covered by a11y/axe.spec.ts). */
async function violations(page: import("@playwright/test").Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(" ")}`));
}

test("the search page with results, other-language results and a direct answer passes axe", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/sv-se/search/?q=UserErrorStandardSSDNotSupported");
  await searchDone(pageForm(page));
  expect(await violations(page)).toEqual([]);
});

test("the header results popup passes axe", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/en/");
  const form = headerForm(page);
  await form.getByRole("searchbox").fill("GuestAgent");
  await searchDone(form);
  await expect(form.locator("[data-ea-search-panel]")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
