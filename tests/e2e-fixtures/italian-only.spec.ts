import { expect, type Page, test } from "@playwright/test";

/**
 * Issue 11, item 7: an error (and its cause) that only a translation describes. tests/fixtures/italian-only
 * (see its README) has one article in English and Italian; the Italian one adds UserErrorArchiveVaultLocked
 * and its cause "a-read-only-lock-on-the-vault", which no English source has. Readers of any other language
 * read them in Italian, marked lang="it", with chrome and notice in their own language; never a 404.
 */

const code = "UserErrorArchiveVaultLocked";
const id = "usererrorarchivevaultlocked";
const cause = "a-read-only-lock-on-the-vault";
/** Sentences of the Italian source (facts of it/backup-archive-troubleshoot.md). */
const italianExplanation = "Un blocco di sola lettura sull'insieme di credenziali impedisce di spostare i punti di ripristino";
const italianSolution = "Rimuovere il blocco dal gruppo di risorse";

const main = (page: Page) => page.locator("#ea-main");
const notice = (page: Page) => page.locator('[data-ea-notice="fallback"]');

/** The Italian page of the error, as a reader of `readerPath` (whose `html lang` is `readerTag`) gets it. */
async function expectItalianFallback(page: Page, readerPath: string, readerTag: string, noticeText: RegExp) {
  await expect(page).toHaveURL(new RegExp(`/it/errors/${id}/from/${readerPath}/$`));
  await expect(page.locator("html")).toHaveAttribute("lang", readerTag);
  await expect(main(page)).toHaveAttribute("lang", "it");
  await expect(main(page).locator("h1")).toContainText(code);
  await expect(main(page)).toContainText(italianExplanation);
  await expect(notice(page)).toHaveAttribute("lang", readerTag);
  await expect(notice(page)).toContainText(noticeText);
}

test.describe("an English reader", () => {
  test.use({ locale: "en-US" });

  test("/go/<code>/ opens the Italian page with an English notice", async ({ page }) => {
    for (const slug of [code, code.toLowerCase()]) {
      const response = await page.goto(`/go/${slug}/`);
      expect(response?.status(), slug).toBe(200);
      await expectItalianFallback(page, "en", "en", /not available in English; you are reading it in Italian/);
    }
  });

  test("/en/errors/<id>/ lands on the Italian page, a 200 all the way", async ({ page }) => {
    const responses: number[] = [];
    page.on("response", (r) => {
      if (r.request().isNavigationRequest()) responses.push(r.status());
    });
    await page.goto(`/en/errors/${id}/`);
    await expectItalianFallback(page, "en", "en", /not available in English/);
    expect(
      responses.every((s) => s === 200),
      `navigation statuses ${responses.join(", ")}`,
    ).toBe(true);
  });

  test("the Italian-only cause opens in Italian from the error page", async ({ page }) => {
    await page.goto(`/it/errors/${id}/from/en/`);
    const link = main(page).locator(`a[href="/it/causes/${cause}/from/en/"]`).first();
    await expect(link).toHaveCount(1);
    const response = await page.goto(`/it/causes/${cause}/from/en/`);
    expect(response?.status()).toBe(200);
    await expect(main(page)).toHaveAttribute("lang", "it");
    await expect(main(page)).toContainText(italianSolution);
    await expect(notice(page)).toContainText(/not available in English/);
  });

  test("the content status lists the note for the error and the cause", async ({ page }) => {
    await page.goto("/en/status/");
    // One table per source file: the Italian source's lists both notes.
    const italian = page.locator(".ea-status-file", { hasText: "it/backup-archive-troubleshoot.md" });
    const rows = italian.locator("[data-ea-diagnostics] tr", { hasText: "canonical-missing" });
    await expect(rows.filter({ hasText: id })).toHaveCount(1);
    await expect(rows.filter({ hasText: cause })).toHaveCount(1);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, locale: "en-US" });

  test("/en/errors/<id>/ still lands on the Italian page (meta refresh)", async ({ page }) => {
    await page.goto(`/en/errors/${id}/`);
    await expectItalianFallback(page, "en", "en", /not available in English/);
  });
});

test("a Swedish reader's URL for the error opens the Italian page with a Swedish notice", async ({ page }) => {
  await page.goto(`/sv-se/errors/${id}/`);
  await expectItalianFallback(page, "sv-se", "sv-SE", /finns inte på svenska; du läser den på italienska/);
});

test("the fallback URL earlier builds published under English still answers, with the Italian page", async ({ page }) => {
  const response = await page.goto(`/en/errors/${id}/from/pt-pt/`);
  expect(response?.status()).toBe(200);
  await expect(main(page)).toHaveAttribute("lang", "it");
  await expect(main(page)).toContainText(italianExplanation);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/it/errors/${id}/$`));
});
