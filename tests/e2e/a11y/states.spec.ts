import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { articlePath } from "../support/atlas.ts";

// axe on the states a page only reaches with JavaScript or a given URL (axe.spec.ts checks one page per type as built):
// the article with stubs and On this page, /go/ with an unknown code, the index filtered to nothing, the status tables.
test.describe.configure({ timeout: 90_000 });

async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    const results = await new AxeBuilder({ page }).analyze();
    found.push(...results.violations.flatMap((v) => v.nodes.map((n) => `[${colorScheme}] ${v.id}: ${v.help} at ${n.target.join(" ")}`)));
  }
  return found;
}

const states: [string, (page: Page) => Promise<void>][] = [
  [`${articlePath("sv-se")} with stubs`, async (page) => void (await page.goto(articlePath("sv-se")))],
  [
    "/go/ with an unknown code",
    async (page) => {
      await page.goto("/go/UserErrorRpColectionLimitReached/");
      await expect(page.locator("[data-ea-404-near]:visible")).toHaveCount(1);
    },
  ],
  [
    "/it/ filtered to nothing",
    async (page) => {
      await page.goto("/it/");
      await page.locator("[data-ea-filter] input").fill("zzzz");
      await expect(page.locator("[data-ea-filter-none]")).toBeVisible();
    },
  ],
  ["/sv-se/status/", async (page) => void (await page.goto("/sv-se/status/"))],
];

for (const [name, open] of states) {
  test(`axe finds no violations: ${name}, light and dark`, async ({ page }) => {
    await open(page);
    const found = await violations(page);
    expect(found, found.join("\n")).toEqual([]);
  });
}
