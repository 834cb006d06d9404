import { expect, test } from "@playwright/test";
import { alsoWithoutJs, articlePath, byId } from "../support/atlas.ts";

// Journey 2 of design.md: a link pasted in a ticket years ago still opens the right section.
const deepLinks = [
  // Misspelled legacy anchor of the 2018 revisions.
  {
    page: articlePath("it"),
    id: "ExtentionOperationFailed-vmsnapshot-extension-operation-failed",
    code: "ExtensionOperationFailedForManagedDisks",
  },
  { page: articlePath("it"), id: "remove_lock_from_the_recovery_point_resource_group", code: undefined },
  {
    page: articlePath("ru-ru"),
    id: "UserErrorGuestAgentStatusUnavailable-vm-agent-unable-to-communicate-with-azure-backup",
    code: "UserErrorGuestAgentStatusUnavailable",
  },
];

for (const link of deepLinks) {
  test(`legacy deep link ${link.page}#${link.id} lands on its section`, { tag: alsoWithoutJs }, async ({ page }) => {
    const response = await page.goto(`${link.page}#${link.id}`);
    expect(response?.status()).toBe(200);
    const target = byId(page, link.id);
    await expect(target).toHaveCount(1);
    await expect(target).toBeInViewport();
    if (link.code) {
      // The anchor is (or sits inside, or just before) the section's heading, which names the error code.
      const heading = target
        .locator("xpath=ancestor-or-self::*[self::h2 or self::h3 or self::h4][1] | following::*[self::h2 or self::h3 or self::h4][1]")
        .first();
      await expect(heading).toContainText(link.code);
    }
  });
}
