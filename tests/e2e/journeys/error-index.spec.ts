import { expect, test } from "@playwright/test";
import { useTranslations } from "../../../src/i18n/i18n.ts";
import { alsoWithoutJs, textLines } from "../support/atlas.ts";

// Issue 10: the error index reads well at both widths and filters by typing (with JavaScript; without, the whole table).
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(device, () => {
    test.use({ viewport });

    test("the error index: balanced columns, counts on one line, filter by typing", { tag: alsoWithoutJs }, async ({
      page,
      javaScriptEnabled,
    }) => {
      await page.goto("/it/");
      const table = page.locator("[data-ea-error-index]");
      const rows = table.locator("tbody tr");
      const total = await rows.count();
      expect(total).toBeGreaterThan(10);
      // Each count ("3 cause") stays on one line.
      for (const cell of await table.locator("td[data-ea-count]").all()) {
        expect(await textLines(cell)).toBe(1);
      }
      if (device === "desktop") {
        // Code and message share the row: neither takes less than a quarter of the table.
        const width = (await table.boundingBox())?.width ?? 0;
        const code = (await table.locator("thead th").nth(0).boundingBox())?.width ?? 0;
        const message = (await table.locator("thead th").nth(1).boundingBox())?.width ?? 0;
        expect(code).toBeGreaterThan(width / 4);
        expect(message).toBeGreaterThan(width / 4);
      } else {
        // Phones: no horizontal scroll.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      }
      const filter = page.locator("[data-ea-filter] input");
      if (!javaScriptEnabled) {
        await expect(filter).toBeHidden();
        return;
      }
      await filter.fill("rpcollection");
      await expect(rows.filter({ visible: true })).toHaveCount(1);
      await expect(rows.filter({ visible: true })).toContainText("UserErrorRpCollectionLimitReached");
      await filter.fill("userError");
      const some = await rows.filter({ visible: true }).count();
      expect(some).toBeGreaterThan(1);
      expect(some).toBeLessThan(total);
      await filter.fill("zzzz nothing");
      await expect(page.locator("[data-ea-filter-none]")).toHaveText(useTranslations("it")("index.filterNone"));
      await filter.fill("");
      await expect(rows.filter({ visible: true })).toHaveCount(total);
      await expect(page.locator("[data-ea-filter-none]")).toBeHidden();
    });
  });
}
