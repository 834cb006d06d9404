import { gzipSync } from "node:zlib";
import { expect, type Page, test } from "@playwright/test";
import { directUrl, pageForm, searchDone } from "../search/search-page.ts";
import { errorPath } from "../support/atlas.ts";

// Issue 10's budget, as a reader's browser sees it: what an error page downloads before the reader
// touches anything (the search code loads on first use only).
const JS_BUDGET = 2 * 1024;
const PAGE_BUDGET = 15 * 1024;

/** Gzipped bytes of every same-origin response the page loaded, by resource type. */
async function weighLoad(page: Page, path: string): Promise<{ js: number; total: number; scripts: string[] }> {
  const loaded: { type: string; url: string; bytes: number }[] = [];
  page.on("response", async (response) => {
    const request = response.request();
    if (new URL(response.url()).origin !== new URL(path).origin) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    loaded.push({ type: request.resourceType(), url: response.url(), bytes: gzipSync(body, { level: 9 }).length });
  });
  await page.goto(path, { waitUntil: "networkidle" });
  const scripts = loaded.filter((r) => r.type === "script");
  // Scripts written into the page count as JavaScript too (the HTML's bytes already hold them).
  const inline = await page.locator("script:not([src])").evaluateAll((els) => els.map((e) => e.textContent ?? "").join(""));
  const inlineJs = inline ? gzipSync(inline, { level: 9 }).length : 0;
  return {
    js: scripts.reduce((n, r) => n + r.bytes, 0) + inlineJs,
    total: loaded.reduce((n, r) => n + r.bytes, 0),
    scripts: scripts.map((r) => new URL(r.url).pathname),
  };
}

test("an error page loads at most 2 KB of JavaScript and 15 KB in all before the reader searches", async ({ page, baseURL }) => {
  const path = new URL(errorPath("en", "usererrorrpcollectionlimitreached"), baseURL).href;
  const before = await weighLoad(page, path);
  console.log(`error page before search: ${before.js} B of JavaScript, ${before.total} B in all (gzip)`);
  expect(before.js, `scripts loaded up front: ${before.scripts.join(", ")}`).toBeLessThanOrEqual(JS_BUDGET);
  expect(before.total).toBeLessThanOrEqual(PAGE_BUDGET);
  // The search code itself arrives once the reader reaches for the box.
  const searchCode = page.waitForResponse(
    (r) => r.request().resourceType() === "script" && !before.scripts.includes(new URL(r.url()).pathname),
  );
  await page.locator("header form[data-ea-search] input[name=q]").focus();
  await searchCode;
});

test("searching a code in Latin letters loads under 60 KB of JavaScript (Pagefind included); the transliteration table only comes for another script", async ({
  page,
}) => {
  let scripts: { path: string; bytes: number }[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.push({ path: new URL(response.url()).pathname, bytes: gzipSync(body, { level: 9 }).length });
  });
  const searchFor = async (q: string): Promise<number> => {
    scripts = [];
    await page.goto(`/ru-ru/search/?q=${encodeURIComponent(q)}`);
    await searchDone(pageForm(page));
    expect(await directUrl(pageForm(page))).toMatch(/\/errors\/usererrorbcmdatasourcenotpresent\//);
    return scripts.reduce((n, s) => n + s.bytes, 0);
  };
  const latin = await searchFor("UserErrorBCMDatasourceNotPresent");
  expect(latin, `scripts: ${scripts.map((s) => `${s.path} ${s.bytes}`).join(", ")}`).toBeLessThan(60 * 1024);
  // A code written in Cyrillic letters still finds its error, once the table has come.
  expect(await searchFor("усереррорбцмдатасоурценотпресент")).toBeGreaterThan(latin + 100 * 1024);
});

test("the results popup's styles come with the search code, and the popup opens laid out as a popup", async ({ page }) => {
  const panelRule = () =>
    page.evaluate(() =>
      [...document.styleSheets].some((sheet) => {
        try {
          return [...sheet.cssRules].some((rule) => rule.cssText.startsWith(".ea-search-header .ea-search-panel"));
        } catch {
          return false;
        }
      }),
    );
  await page.goto(errorPath("en", "usererrorrpcollectionlimitreached"));
  expect(await panelRule(), "an error page carries the popup's styles before any search").toBe(false);
  const input = page.locator("header form[data-ea-search] input[name=q]");
  await input.fill("RpCollectionLimit");
  const panel = page.locator("header form[data-ea-search] [data-ea-search-panel]");
  await expect(panel).toBeVisible();
  expect(await panelRule()).toBe(true);
  // A popup over the page, not a block pushing the page down.
  await expect(panel).toHaveCSS("position", "absolute");
});
