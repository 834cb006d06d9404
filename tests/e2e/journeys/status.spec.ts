import { expect, test } from "@playwright/test";
import { alsoWithoutJs, textLines } from "../support/atlas.ts";

// Issue 10: the content-status page is for maintainers: linked discreetly from the footer, readable at 390 px.
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

for (const [device, viewport] of Object.entries(viewports)) {
  test(`${device}: the content status is reached from the footer and its locations read on one line`, { tag: alsoWithoutJs }, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("/sv-se/");
    const link = page.locator('footer a[href="/sv-se/status/"]');
    await expect(link).toHaveCount(1);
    await expect(page.locator('header a[href="/sv-se/status/"]'), "not in the header").toHaveCount(0);
    await link.click();
    await expect(page).toHaveURL(/\/sv-se\/status\/$/);
    // Diagnostics are grouped by source file; each location is a short line:column on one line.
    const files = page.locator(".ea-status-file");
    expect(await files.count()).toBeGreaterThan(1);
    await expect(files.first().locator("h2")).toContainText(/\.md$/);
    for (const cell of (await page.locator("table.ea-status tbody td:first-child").all()).slice(0, 10)) {
      await expect(cell).toHaveText(/^\d+:\d+$/);
      expect(await textLines(cell)).toBe(1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}
