import { expect, test } from "@playwright/test";
import { siteLocales } from "../../../src/i18n/locales.ts";
import { fileForPath } from "../support/dist.ts";
import { idsOf, parseBuilt } from "../support/html.ts";
import { readContract } from "../support/url-contract.ts";

const contract = readContract();

const article = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout";

/** Anchors from older revisions and other spellings that support tickets still link to: every locale's article carries them. */
const legacyAnchors = [
  "ExtentionOperationFailed-vmsnapshot-extension-operation-failed",
  "remove_lock_from_the_recovery_point_resource_group",
  "UserErrorGuestAgentStatusUnavailable-vm-agent-unable-to-communicate-with-azure-backup",
];
const legacyLinks = siteLocales.flatMap((l) => legacyAnchors.map((id) => [`/${l.path}/articles/${article}/`, id] as const));

/** Sub-procedure anchors every locale's procedure page carries (both spellings the sources used). */
const procedure = "clean_up_restore_point_collection";
const procedureAnchors = [
  "clean-up-restore-point-collection-by-running-ad-hoc-backup",
  "clean-up-restore-point-collection-by-running-on-demand-backup",
];
const procedureLinks = siteLocales.flatMap((l) => procedureAnchors.map((id) => [`/${l.path}/solutions/${procedure}/`, id] as const));

test("every published URL is still built", () => {
  const missing = contract.urls.filter((url) => !fileForPath(url));
  expect(missing.length, `published URLs missing from the build:\n${missing.join("\n")}`).toBe(0);
});

test("every published anchor is still on its page", () => {
  const missing: string[] = [];
  for (const [path, anchors] of Object.entries(contract.anchors)) {
    const file = fileForPath(path);
    const ids = file ? idsOf(parseBuilt(file)) : new Set<string>();
    missing.push(...anchors.filter((id) => !ids.has(id)).map((id) => `${path}#${id}`));
  }
  expect(missing.length, `published anchors missing from the build:\n${missing.join("\n")}`).toBe(0);
});

test("the contract lists the legacy anchors old links use", () => {
  const absent = legacyLinks.filter(([page, id]) => !contract.anchors[page]?.includes(id)).map(([page, id]) => `${page}#${id}`);
  expect(absent.length, `add these to tests/e2e/url-contract.json:\n${absent.join("\n")}`).toBe(0);
});

test("the contract records the anchors of cause and procedure pages", () => {
  const absent = procedureLinks.filter(([page, id]) => !contract.anchors[page]?.includes(id)).map(([page, id]) => `${page}#${id}`);
  expect(absent.length, `add these to tests/e2e/url-contract.json:\n${absent.join("\n")}`).toBe(0);
  expect(contract.anchors["/en/causes/the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms/"]).toContain("solution");
});
