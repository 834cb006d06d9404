import { expect, test } from "@playwright/test";
import { directUrl, elsewhereUrls, headerForm, hitUrls, pageForm, searchDone } from "./search-page.ts";

test("an Italian reader types a code in the header and Enter opens the Italian error page", async ({ page }) => {
  await page.goto("/it/");
  const input = headerForm(page).getByRole("searchbox");
  await input.click();
  await input.pressSequentially("UserErrorBackupOperationInProgress");
  await input.press("Enter");
  await expect(page).toHaveURL(/\/it\/errors\/usererrorbackupoperationinprogress\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
});

test("Enter right after typing, before anything has loaded, still opens the error page", async ({ page }) => {
  await page.goto("/pt-pt/");
  const input = headerForm(page).getByRole("searchbox");
  await input.fill("usererrorstandardssdnotsupported");
  await input.press("Enter");
  await expect(page).toHaveURL(/\/pt-pt\/errors\/usererrorstandardssdnotsupported\/$/);
});

test("the linkable Russian search page shows the Russian page first", async ({ page }) => {
  await page.goto("/ru-ru/search/?q=UserErrorBackupOperationInProgress");
  const form = pageForm(page);
  await searchDone(form);
  expect(await directUrl(form)).toBe("/ru-ru/errors/usererrorbackupoperationinprogress/");
  // The direct answer is that page: the results do not list it again.
  expect(await hitUrls(form)).not.toContain("/ru-ru/errors/usererrorbackupoperationinprogress/");
  await expect(form.locator('a[href="/ru-ru/errors/usererrorbackupoperationinprogress/"]')).toHaveCount(1);
  await expect(form.getByRole("searchbox")).toHaveValue("UserErrorBackupOperationInProgress");
});

test("keyboard only: / focuses the box, arrows move through results, Enter opens one", async ({ page }) => {
  await page.goto("/en/");
  await page.keyboard.press("/");
  const form = headerForm(page);
  const input = form.getByRole("searchbox");
  await expect(input).toBeFocused();
  await page.keyboard.type("GuestAgent");
  await searchDone(form);
  const urls = await hitUrls(form);
  expect(urls.length).toBeGreaterThanOrEqual(2);
  await page.keyboard.press("ArrowDown");
  await expect(form.locator(`a.ea-search-link[href="${urls[0]}"]`)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(input).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${urls[0]}$`));
});

test("Ctrl+K and Cmd+K focus the search box; Escape closes the results", async ({ page }) => {
  await page.goto("/sv-se/");
  const form = headerForm(page);
  const input = form.getByRole("searchbox");
  await page.keyboard.press("Control+k");
  await expect(input).toBeFocused();
  await page.locator("h1").first().click();
  await page.keyboard.press("Meta+k");
  await expect(input).toBeFocused();
  await page.keyboard.type("GuestAgent");
  await searchDone(form);
  await expect(form.locator("[data-ea-search-panel]")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(form.locator("[data-ea-search-panel]")).toBeHidden();
});

test("a query with no Swedish result offers English results, each labelled with its language", async ({ page }) => {
  await page.goto("/sv-se/");
  const form = headerForm(page);
  await form.getByRole("searchbox").fill("StandardSSDNotSupported");
  await searchDone(form);
  expect(await hitUrls(form)).toEqual([]);
  // Swedish lacks this error: the result opens its English page with Swedish chrome, as the direct answer does.
  expect((await elsewhereUrls(form))[0]).toBe("/en/errors/usererrorstandardssdnotsupported/from/sv-se/");
  const first = form.locator("[data-ea-elsewhere] > li").first();
  await expect(first.locator("a.ea-search-link")).toHaveAttribute("hreflang", "en");
  const label = first.locator(".ea-search-lang");
  await expect(label).toHaveText("English");
  await expect(label).toHaveAttribute("lang", "en");
  await expect(form.locator(".ea-search-note").first()).toContainText("Inga träffar på svenska");
});

test("a word only Italian has shows the Italian result first, linked to the reader's own page, without prefix-only matches", async ({
  page,
}) => {
  await page.goto("/sv-se/search/?q=autorizzazioni");
  const form = pageForm(page);
  await searchDone(form);
  const first = form.locator("[data-ea-elsewhere] > li").first();
  // Swedish has this error: the Italian match opens the Swedish page.
  await expect(first.locator("a.ea-search-link")).toHaveAttribute("href", "/sv-se/errors/usererrorkeyvaultpermissionsnotconfigured/");
  await expect(first.locator("a.ea-search-link")).not.toHaveAttribute("hreflang", /./);
  await expect(first.locator(".ea-search-lang")).toHaveAttribute("data-ea-lang", "it");
  // English and Portuguese only "matched" the prefixes `auto` and `a`.
  const langs = await form
    .locator("[data-ea-elsewhere] .ea-search-lang")
    .evaluateAll((spans) => spans.map((s) => s.getAttribute("data-ea-lang")));
  expect(langs.filter((l) => l !== "it")).toEqual([]);
});

test("a code that does not exist says so and offers the error index", async ({ page }) => {
  await page.goto("/it/search/?q=UserErrorNoSuchThing");
  const form = pageForm(page);
  await searchDone(form);
  await expect(form.getByRole("status")).toHaveText("Nessun errore ha il codice UserErrorNoSuchThing.");
  await expect(form.locator(".ea-search-browse a")).toHaveAttribute("href", "/it/");
});

test("no search JavaScript, code map or index is fetched before the reader focuses the box", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto("/en/errors/usererrorrpcollectionlimitreached/");
  await page.waitForLoadState("networkidle");
  const lazy = (path: string) => /\/_astro\/controller|\/pagefind\/|\/search\/codes-/.test(path);
  expect(fetched.filter(lazy), "lazy files before focus").toEqual([]);
  await headerForm(page).getByRole("searchbox").focus();
  await expect.poll(() => fetched.some((p) => p.includes("/_astro/controller"))).toBe(true);
  await page.keyboard.type("RpCollectionLimit");
  await searchDone(headerForm(page));
  expect(fetched.some((p) => p.startsWith("/search/codes-en.json"))).toBe(true);
  expect(fetched.some((p) => p.startsWith("/pagefind/"))).toBe(true);
});

test("without JavaScript the search page says so and links the error index @no-js-only", async ({ page }) => {
  await page.goto("/pt-pt/search/?q=GuestAgent");
  const note = page.locator(".ea-search-noscript");
  await expect(note).toBeVisible();
  await expect(note.getByRole("link")).toHaveAttribute("href", "/pt-pt/");
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`without JavaScript the search page lists every code, so find-in-page answers a pasted one (${viewport.width} px) @no-js-only`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("/sv-se/search/?q=UserErrorRpCollectionLimitReached");
    const list = page.locator("[data-ea-code-list]");
    await expect(list.locator('a[href="/sv-se/errors/usererrorrpcollectionlimitreached/"]')).toHaveText(
      "UserErrorRpCollectionLimitReached",
    );
    // A code Swedish lacks opens the English page for a Swedish reader.
    await expect(list.locator('a[href="/en/errors/usererrorstandardssdnotsupported/from/sv-se/"]')).toHaveAttribute("hreflang", "en");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}

test("with JavaScript the search page shows no code list", async ({ page }) => {
  await page.goto("/sv-se/search/");
  await expect(page.locator("[data-ea-code-list]")).toHaveCount(0);
});

test("without JavaScript the header box is a GET form to the search page @no-js-only", async ({ page }) => {
  await page.goto("/it/");
  const form = headerForm(page);
  await form.getByRole("searchbox").fill("GuestAgent");
  await form.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/it\/search\/\?q=GuestAgent$/);
});

test("on a phone, the answered code and the did-you-mean sentence wrap at the code's camel-case humps, never mid-word", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/en/search/?q=UserErrorRpColectionLimitReached");
  const form = pageForm(page);
  await searchDone(form);
  const direct = form.locator("[data-ea-direct]");
  await expect(direct.locator(".ea-search-code")).toHaveText("UserErrorRpCollectionLimitReached");
  expect(await direct.locator(".ea-search-code wbr").count()).toBe(5);
  await expect(direct.locator(".ea-search-direct-hint")).toContainText("UserErrorRpCollectionLimitReached");
  expect(await direct.locator(".ea-search-direct-hint wbr").count()).toBe(5);
});
