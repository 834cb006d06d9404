import { expect, test } from "@playwright/test";
import { alsoWithoutJs, anyHash, causePath, errorPath, mainLinkTo, urlOf } from "../support/atlas.ts";

// Journey 3 of design.md: error index → error → its cause → another error with that cause (backlink).
const error = "guestagentsnapshottaskstatuserror";
const cause = "the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms";
const otherError = "extensionoperationfailedformanageddisks";

test("browse: index → error → cause → backlink to another error", { tag: alsoWithoutJs }, async ({ page }) => {
  await page.goto("/it/");
  await mainLinkTo(page, errorPath("it", error)).click();
  await expect(page).toHaveURL(urlOf(errorPath("it", error)));
  await expect(page.locator(`[id="${cause}"]`), "the cause is inline under an anchor equal to its id").toHaveCount(1);

  await mainLinkTo(page, causePath("it", cause)).click();
  await expect(page).toHaveURL(urlOf(causePath("it", cause)));
  await expect(mainLinkTo(page, errorPath("it", error)), "the cause page links back to the error we came from").toBeVisible();

  await mainLinkTo(page, errorPath("it", otherError)).click();
  await expect(page).toHaveURL(urlOf(errorPath("it", otherError), anyHash));
  await expect(page.locator("h1")).toContainText("ExtensionOperationFailedForManagedDisks");
});
