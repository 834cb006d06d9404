import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { switchLanguage } from "../e2e/support/atlas.ts";

/**
 * Issue 9 end to end: the site built from a DocFX docs tree (`ATLAS_CONTENT=tests/fixtures/docs-tree`).
 * Facts are those tests/fixtures/docs-tree/README.md states about the sources: articles R
 * (backup-azure-vm-restore-troubleshoot) and V (backup-azure-vault-operations-troubleshoot) in the second
 * format family, and the seeds' article, in en-us, it-it and ru-ru.
 */

const main = (page: Page) => page.locator("#ea-main");
const switcher = (page: Page, path: string) => page.locator(`nav.ea-switcher a[data-ea-lang="${path}"]`);

/** Every error section of R and V, by the id of its page (the lowercase first named code) and its codes. */
const errors: Record<string, string[]> = {
  restorepointnotfound: ["RestorePointNotFound", "320114"],
  usererrorrestoretargetnotempty: ["UserErrorRestoreTargetNotEmpty"],
  restorestagingfailedquota: ["RestoreStagingFailedQuota", "RestoreStagingFailedThrottled", "RestoreStagingAccountLocked"],
  usererrorstagingvaultunreachable: ["UserErrorStagingVaultUnreachable"],
  filerecoveryscriptexpired: ["FileRecoveryScriptExpired"],
  iscsisessionrejected: ["IscsiSessionRejected", "320290"],
  usererrorvaultdeleteblocked: ["UserErrorVaultDeleteBlocked"],
  vaultsoftdeleteconflict: ["VaultSoftDeleteConflict", "410023"],
  policyretentionoutofrange: ["PolicyRetentionOutOfRange", "PolicyScheduleConflict"],
  extensionsnapshotwritertimeout: ["ExtensionSnapshotWriterTimeout"],
  usererrorjobqueuefull: ["UserErrorJobQueueFull", "410031"],
};

test("every error of both new articles has its page in English, with every code", async ({ page }) => {
  for (const [id, codes] of Object.entries(errors)) {
    const response = await page.goto(`/en/errors/${id}/`);
    expect(response?.status(), id).toBe(200);
    for (const code of codes)
      await expect(
        main(page)
          .locator("code", { hasText: new RegExp(`^${code}$`) })
          .first(),
        `${id}: ${code}`,
      ).toBeVisible();
  }
});

test("the English error index lists every error of the tree", async ({ page }) => {
  await page.goto("/en/");
  for (const id of Object.keys(errors)) await expect(main(page).locator(`a[href="/en/errors/${id}/"]`), id).toHaveCount(1);
});

test("every troubleshooting article has its page; the per-language article index lists them", async ({ page }) => {
  const slugs = [
    "backup-azure-vm-restore-troubleshoot",
    "backup-azure-vault-operations-troubleshoot",
    "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout",
  ];
  for (const slug of slugs) expect((await page.goto(`/ru-ru/articles/${slug}/`))?.status(), slug).toBe(200);
  // Not a troubleshooting article (no error section): no page.
  expect((await page.goto("/en/articles/backup-azure-recovery-services-vault-overview/"))?.status()).toBe(404);
  await page.goto("/en/articles/");
  const index = main(page).locator("[data-ea-article-index]");
  for (const slug of slugs) await expect(index.locator(`a[href="/en/articles/${slug}/"]`), slug).toHaveCount(1);
  await expect(main(page).locator('a[href$="/backup-azure-recovery-services-vault-overview/"]')).toHaveCount(0);
  // Each entry: the article's title, its date and translation kind (the English R and V are DocFX originals, R dated 02/18/2021).
  const restore = main(page).locator('[data-ea-article="backup-azure-vm-restore-troubleshoot"]');
  await expect(restore.getByRole("link", { name: "Troubleshoot Azure VM restore and file recovery" })).toBeVisible();
  await expect(restore.locator("time")).toHaveAttribute("datetime", "2021-02-18");
  await expect(restore.locator("[data-ea-translation]")).toHaveAttribute("data-ea-translation", "source");
  // The Russian index lists the Russian pages (machine translations; V dated 12/15/2020), reached from the error index.
  await page.goto("/ru-ru/");
  await main(page).locator('a[href="/ru-ru/articles/"]').click();
  await expect(page).toHaveURL(/\/ru-ru\/articles\/$/);
  for (const slug of slugs) await expect(index.locator(`a[href="/ru-ru/articles/${slug}/"]`), slug).toHaveCount(1);
  const vault = main(page).locator('[data-ea-article="backup-azure-vault-operations-troubleshoot"]');
  await expect(vault.locator("time")).toHaveAttribute("datetime", "2020-12-15");
  await expect(vault.locator("[data-ea-translation]")).toHaveAttribute("data-ea-translation", "machine");
});

test("corrupted codes of the translations land on their error: Cyrillic transliteration and a translated word", async ({ page }) => {
  await page.goto("/ru-ru/errors/usererrorvaultdeleteblocked/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru-RU");
  await expect(
    main(page)
      .locator("code", { hasText: /^UserErrorVaultDeleteBlocked$/ })
      .first(),
  ).toBeVisible();
  await page.goto("/it/errors/extensionsnapshotwritertimeout/");
  await expect(
    main(page)
      .locator("code", { hasText: /^ExtensionSnapshotWriterTimeout$/ })
      .first(),
  ).toBeVisible();
});

test.describe("an Italian reader", () => {
  test.use({ locale: "it-IT" });

  test("/go/ opens the Italian page for a named code, a numeric code and a code in any case", async ({ page }) => {
    const cases: [string, string][] = [
      ["ExtensionSnapshotWriterTimeout", "extensionsnapshotwritertimeout"],
      ["320290", "iscsisessionrejected"],
      ["410023", "vaultsoftdeleteconflict"],
      ["userErrorRestoreTargetNotEmpty".toLowerCase(), "usererrorrestoretargetnotempty"],
      ["POLICYSCHEDULECONFLICT", "policyretentionoutofrange"],
    ];
    for (const [code, id] of cases) {
      await page.goto(`/go/${code}/`);
      await expect(page, code).toHaveURL(new RegExp(`/it/errors/${id}/$`));
    }
  });
});

test.describe("a Russian reader", () => {
  test.use({ locale: "ru-RU" });

  test("/go/ for an error Russian lacks opens English with a Russian notice", async ({ page }) => {
    await page.goto("/go/410031/");
    await expect(page).toHaveURL(/\/en\/errors\/usererrorjobqueuefull\/from\/ru-ru\/$/);
    await expect(page.locator('[data-ea-notice="fallback"]')).toBeVisible();
    await expect(main(page)).toHaveAttribute("lang", "en");
  });
});

test("search: a pasted code is the first answer, in the reader's language (named and numeric codes)", async ({ page }) => {
  const cases: [string, string, string][] = [
    ["ru-ru", "UserErrorVaultDeleteBlocked", "/ru-ru/errors/usererrorvaultdeleteblocked/"],
    ["it", "320290", "/it/errors/iscsisessionrejected/"],
    ["en", "restorestagingaccountlocked", "/en/errors/restorestagingfailedquota/"],
  ];
  for (const [lang, query, url] of cases) {
    await page.goto(`/${lang}/search/?q=${query}`);
    const form = page.locator('form[data-ea-search="page"]');
    await expect(form.locator("[data-ea-search-panel]")).toHaveAttribute("data-ea-state", "done", { timeout: 10_000 });
    await expect(form.locator("[data-ea-direct]"), query).toHaveAttribute("href", url);
  }
});

test("the switcher keeps the error across languages, and falls back to English where a language lacks it", async ({ page }) => {
  await page.goto("/it/errors/usererrorstagingvaultunreachable/");
  await switchLanguage(page, "ru-ru");
  await expect(page).toHaveURL(/\/ru-ru\/errors\/usererrorstagingvaultunreachable\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru-RU");

  await page.goto("/it/errors/usererrorjobqueuefull/");
  const russian = switcher(page, "ru-ru");
  await expect(russian).toHaveAttribute("data-ea-available", "false");
  await switchLanguage(page, "ru-ru");
  await expect(page).toHaveURL(/\/en\/errors\/usererrorjobqueuefull\/from\/ru-ru\/$/);
  await expect(page.locator('[data-ea-notice="fallback"]')).toBeVisible();
});

test("a shared code shows each article's description under the article's title, the canonical article first", async ({ page }) => {
  await page.goto("/en/errors/usererrorstagingvaultunreachable/");
  const titles = main(page).locator("[data-ea-description] h3");
  await expect(titles).toHaveText(["Troubleshoot Recovery Services vault operations", "Troubleshoot Azure VM restore and file recovery"]);
  // V3's own text (the private endpoint check), then R4's (the restore side), each under its article.
  await expect(main(page).locator('[data-ea-description="backup-azure-vault-operations-troubleshoot"]')).toContainText("nslookup");
  await expect(main(page).locator('[data-ea-description="backup-azure-vm-restore-troubleshoot"] h3 a')).toHaveAttribute(
    "href",
    "/en/articles/backup-azure-vm-restore-troubleshoot/",
  );
  await page.goto("/ru-ru/errors/usererrorstagingvaultunreachable/");
  await expect(main(page).locator("[data-ea-description]")).toHaveCount(2);
  // Each description is dated by its own article, and compared with that article's English source only:
  // the Russian V (12/15/2020) is older than the English V (03/09/2021); the Russian R has the English R's date (02/18/2021).
  const vault = main(page).locator('[data-ea-description="backup-azure-vault-operations-troubleshoot"]');
  const restore = main(page).locator('[data-ea-description="backup-azure-vm-restore-troubleshoot"]');
  await expect(vault.locator(".ea-meta time")).toHaveAttribute("datetime", "2020-12-15");
  await expect(vault.locator("[data-ea-notice-outdated] time")).toHaveAttribute("datetime", "2021-03-09");
  await expect(restore.locator(".ea-meta time")).toHaveAttribute("datetime", "2021-02-18");
  await expect(restore.locator("[data-ea-notice-outdated]")).toHaveCount(0);
  // The machine-translation notice is said once for the page.
  await expect(main(page).locator('[data-ea-notice="machine"]')).toHaveCount(1);
});

test("an error with several codes shows each code with its own message", async ({ page }) => {
  await page.goto("/en/errors/restorestagingfailedquota/");
  const rows = main(page).locator("[data-ea-code-messages] > div");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("RestoreStagingFailedQuota");
  await expect(rows.nth(0)).toContainText("The staging storage account has reached its capacity quota.");
  await expect(rows.nth(1)).toContainText("RestoreStagingFailedThrottled");
  await expect(rows.nth(1)).toContainText("Requests to the staging storage account were throttled for too long.");
  await expect(rows.nth(2)).toContainText("RestoreStagingAccountLocked");
  await expect(rows.nth(2)).toContainText("The staging storage account has a delete or read-only lock.");
  await page.goto("/ru-ru/errors/policyretentionoutofrange/");
  await expect(main(page).locator("[data-ea-code-message]")).toHaveCount(2);
  await expect(main(page).locator('[data-ea-code-message="PolicyScheduleConflict"]')).toContainText("PolicyScheduleConflict");
});

test("links between articles of the tree open our pages, in the reader's language", async ({ page }) => {
  await page.goto("/it/errors/restorepointnotfound/");
  // `./backup-azure-vault-operations-troubleshoot.md#…-is-not-valid`: the Italian V4 carries an older anchor; identity is the error.
  await expect(main(page).locator('a[href^="/it/errors/policyretentionoutofrange/"]')).toHaveCount(1);
  await page.goto("/en/errors/usererrorjobqueuefull/");
  // An absolute learn.microsoft.com URL to article R.
  await expect(main(page).locator('a[href^="/en/errors/restorepointnotfound/"]')).toHaveCount(1);
  await page.goto("/ru-ru/errors/usererrorstagingvaultunreachable/");
  await expect(main(page).locator('a[href^="/ru-ru/errors/usererrorstagingvaultunreachable/"]').first()).toBeVisible();
  // A link to the seeds' article (docs.microsoft.com/ru-ru URL) opens the Russian error page; a link to an article without anchor, its page.
  await page.goto("/ru-ru/articles/backup-azure-vm-restore-troubleshoot/");
  await main(page).locator('a[href="/ru-ru/errors/usererrorrpcollectionlimitreached/"]').first().click();
  await expect(page).toHaveURL(/\/ru-ru\/errors\/usererrorrpcollectionlimitreached\/$/);
  await page.goto("/it/articles/backup-azure-vault-operations-troubleshoot/");
  await expect(main(page).locator('a[href="/it/articles/backup-azure-vm-restore-troubleshoot/"]').first()).toBeVisible();
});

test("a link to an article outside the corpus stays a Microsoft Learn link", async ({ page }) => {
  await page.goto("/en/articles/backup-azure-vault-operations-troubleshoot/");
  await expect(
    main(page).locator('a[href^="https://learn.microsoft.com/"][href*="backup-azure-recovery-services-vault-overview"]'),
  ).toHaveCount(1);
});

test("the article index and the pages with several descriptions or per-code messages pass axe, light and dark", async ({ page }) => {
  for (const path of [
    "/en/articles/",
    "/ru-ru/articles/",
    "/en/errors/usererrorstagingvaultunreachable/",
    "/it/errors/restorestagingfailedquota/",
  ]) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        `${path} (${colorScheme})`,
      ).toEqual([]);
    }
  }
});
