import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { siteLocales } from "../../../src/i18n/locales.ts";
import { builtPages } from "../support/dist.ts";
import { onePerPageType, pageType } from "../support/page-types.ts";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** Rules whose outcome depends on colours: the only ones a dark colour scheme can change. */
const colourRules = ["color-contrast", "link-in-text-block"];

/** One line per failing node: rule, impact, what to fix, where. */
function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? "?"}): ${v.help}\n    at ${n.target.join(" ")}\n    ${(n.failureSummary ?? "").replace(/\n/g, "\n    ")}`,
    ),
  );
}

// The whole article page takes axe several seconds per pass on a 2-core machine.
test.describe.configure({ timeout: 90_000 });

for (const page of onePerPageType(builtPages())) {
  const type = pageType(page.path);
  test(`axe finds no violations on ${page.path}${type === page.path ? "" : ` (${type})`}, light and dark`, async ({ page: tab }) => {
    // Reduced motion: no colour transition is caught half-way by the contrast check.
    await tab.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
    const response = await tab.goto(page.path);
    expect(response?.status() ?? 0, `status of ${page.path}`).toBeLessThan(400);
    const light = await new AxeBuilder({ page: tab }).analyze();
    await tab.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    const dark = await new AxeBuilder({ page: tab }).withRules(colourRules).analyze();
    const problems = [...describeViolations(light).map((l) => `[light] ${l}`), ...describeViolations(dark).map((l) => `[dark] ${l}`)];
    expect(problems.length, `axe violations on ${page.path}:\n${problems.join("\n")}`).toBe(0);
  });
}

test("the checked pages include every index page type of every locale (errors, causes, procedures, articles)", () => {
  const checked = new Set(onePerPageType(builtPages()).map((p) => pageType(p.path)));
  const missing = siteLocales
    .flatMap((l) => ["", "causes/", "solutions/", "articles/"].map((s) => `/${l.path}/${s}`))
    .filter((t) => !checked.has(t));
  expect(missing, "index pages axe and HTML validation must cover").toEqual([]);
});
