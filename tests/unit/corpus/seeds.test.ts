import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { toString as hastToString } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { textBlocks } from "../../../scripts/fuzz/text-blocks.ts";
import { readContent } from "../../../src/loaders/read-content.ts";
import { idsOf, ROOT } from "../helpers.ts";

const { corpus, parsed } = readContent({ root: ROOT });
const A = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout";
const file = (locale: string, suffix = ""): string => `content/${locale}/${A}${suffix}.md`;
const FILES = {
  en: file("en"),
  it2019: file("it"),
  it2018: file("it", ".2018-12-03"),
  pt: file("pt-PT"),
  sv: file("sv-SE"),
  ru: file("ru-RU"),
};
const source = (f: string) => {
  const p = parsed.find((s) => s.file === f);
  if (!p) throw new Error(`missing ${f}`);
  return p;
};

// Short names for the cause and procedure ids, to keep expectations readable.
const W = "the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms";
const L = "the-agent-installed-in-the-vm-is-out-of-date-for-linux-vms";
const S = "the-snapshot-status-cannot-be-retrieved-or-a-snapshot-cannot-be-taken";
const X = "the-backup-extension-fails-to-update-or-load";
const N = "the-vm-has-no-internet-access";
const CFG = "vm-agent-configuration-options-are-not-set-for-linux-vms";
const APP = "application-control-solution-is-blocking-iaasbcdrextensionexe";
const LOCK = "remove_lock_from_the_recovery_point_resource_group";
const CLEAN = "clean_up_restore_point_collection";

const BASE = [
  "UserErrorGuestAgentStatusUnavailable",
  "GuestAgentSnapshotTaskStatusError",
  "UserErrorRpCollectionLimitReached",
  "UserErrorKeyvaultPermissionsNotConfigured",
  "ExtensionSnapshotFailedNoNetwork",
  "ExtensionOperationFailedForManagedDisks",
  "BackUpOperationFailed",
  "BackUpOperationFailedV2",
  "UserErrorUnsupportedDiskSize",
  "UserErrorBackupOperationInProgress",
];

describe("error codes per locale and revision (after repair)", () => {
  const codesOf = (f: string): string[] => {
    const src = source(f);
    // Each section's codes, mapped to the canonical spelling the corpus gave that section.
    return src.errors.flatMap((e) => {
      const entity = corpus.errors.find((r) => r.anchors.some((a) => e.heading.anchors.includes(a)));
      return entity ? entity.codes : e.rawCodes;
    });
  };
  it.each([
    [
      "en",
      FILES.en,
      13,
      [
        ...BASE,
        "UserErrorVmProvisioningStateFailed",
        "UserErrorCrpReportedUserError",
        "UserErrorStandardSSDNotSupported",
        "UserErrorBcmDatasourceNotPresent",
      ],
    ],
    [
      "it 2019",
      FILES.it2019,
      12,
      [...BASE, "UserErrorVmProvisioningStateFailed", "UserErrorCrpReportedUserError", "UserErrorBcmDatasourceNotPresent"],
    ],
    ["it 2018", FILES.it2018, 9, BASE],
    ["pt-PT 2018", FILES.pt, 10, [...BASE, "UserErrorStandardSSDNotSupported"]],
    ["sv-SE", FILES.sv, 9, BASE],
    ["ru-RU", FILES.ru, 11, [...BASE, "UserErrorVmProvisioningStateFailed", "UserErrorCrpReportedUserError"]],
  ])("%s has exactly its errors", (_, f, count, codes) => {
    expect(source(f).errors).toHaveLength(count);
    expect(codesOf(f).sort()).toEqual([...codes].sort());
  });

  it("gives English 13 errors and 14 codes, 7 causes and 2 procedures", () => {
    const en = corpus.errors.filter((e) => e.locale === "en");
    expect(en).toHaveLength(13);
    expect(en.flatMap((e) => e.codes)).toHaveLength(14);
    expect(
      corpus.causes
        .filter((c) => c.locale === "en")
        .map((c) => c.id)
        .sort(),
    ).toEqual([APP, CFG, L, N, S, X, W].sort());
    expect(corpus.solutions.filter((c) => c.locale === "en").map((c) => c.id)).toEqual([LOCK, CLEAN]);
  });

  it("knows in which locales an entity exists", () => {
    const locales = (id: string) => corpus.errors.find((e) => e.id === id)?.locales.sort();
    expect(locales("usererrorstandardssdnotsupported")).toEqual(["en", "pt-PT"]);
    expect(locales("usererrorbcmdatasourcenotpresent")).toEqual(["en", "it"]);
    expect(
      corpus.errors
        .filter((e) => e.id === "usererrorbcmdatasourcenotpresent")
        .map((e) => e.locale)
        .sort(),
    ).toEqual(["en", "it"]);
  });
});

describe("ordered cause references", () => {
  const refs = (f: string, id: string) => {
    const e = corpus.errors.find((r) => r.source.file === f && r.id === id);
    return { causes: e?.causes.map((c) => c.ref), steps: e?.steps.map((c) => c.ref) };
  };
  it.each([
    [FILES.it2019, "guestagentsnapshottaskstatuserror", [W, L, S, CFG, APP]],
    [FILES.it2019, "backupoperationfailed", [W, L, S, LOCK]],
    [FILES.pt, "usererrorguestagentstatusunavailable", [W, L, S, X, N]],
    [FILES.pt, "backupoperationfailed", [W, L, S, X, null, N]],
    [FILES.pt, "extensionoperationfailedformanageddisks", [S, X, W, L]],
    [FILES.sv, "backupoperationfailed", [W, L, S, X, null, N]],
    [FILES.ru, "guestagentsnapshottaskstatuserror", [W, L, S, CFG]],
    [FILES.ru, "extensionsnapshotfailednonetwork", [S]],
    [FILES.ru, "backupoperationfailed", [W, L, S, LOCK]],
    [FILES.en, "backupoperationfailed", [W, L, S, LOCK, X, N]],
  ])("%s %s", (f, id, expected) => {
    expect(refs(f, id).causes).toEqual(expected);
  });

  it("reads step lines as procedures, in every locale", () => {
    for (const f of [FILES.en, FILES.it2019, FILES.pt, FILES.sv, FILES.ru]) {
      expect(refs(f, "usererrorrpcollectionlimitreached")).toEqual({ causes: [], steps: [LOCK, CLEAN] });
    }
  });

  it("reads the older Italian revision's cause lines, including its plain-text cause", () => {
    const e = source(FILES.it2018).errors.find((x) => x.rawCodes.includes("BackUpOperationFailed"));
    expect(e?.causes.map((c) => c.anchor)).toEqual([W, L, S, X, null, N]);
    expect(e?.causes[4]?.kind).toBe("text");
  });

  it("tells a plain-text cause (no link) from a linked one", () => {
    const sv = corpus.errors.find((r) => r.source.file === FILES.sv && r.id === "backupoperationfailed");
    expect(sv?.causes[4]).toMatchObject({ ref: null, kind: "text" });
    expect(sv?.causes[4]?.title).toMatch(/resurs grupp lås/);
  });
});

describe("repairs", () => {
  const repaired = (f: string) =>
    corpus.diagnostics
      .filter((d) => d.file === f && d.code === "code-repaired")
      .map((d) => d.message.match(/`([^`]+)`, expected `([^`]+)`/)?.slice(1));

  it("recovers the Russian codes corrupted by machine translation, and reports each", () => {
    expect(repaired(FILES.ru)).toEqual([
      ["усереррорвмпровисионингстатефаилед", "UserErrorVmProvisioningStateFailed"],
      ["екстенсионоператионфаиледформанажеддискс", "ExtensionOperationFailedForManagedDisks"],
      ["усереррорбаккупоператионинпрогресс", "UserErrorBackupOperationInProgress"],
      ["усерерроркрпрепортедусереррор", "UserErrorCrpReportedUserError"],
    ]);
    const ru = corpus.errors.find((e) => e.locale === "ru-RU" && e.id === "usererrorvmprovisioningstatefailed");
    expect(ru?.codes).toEqual(["UserErrorVmProvisioningStateFailed"]);
    expect(ru?.title.startsWith("UserErrorVmProvisioningStateFailed")).toBe(true);
    expect(ru?.aliases).toContain("усереррорвмпровисионингстатефаилед");
  });

  it("shows the canonical codes on the article page, not the corrupted ones", () => {
    // Headings may wrap inside a code (`<wbr>`): the text is what counts.
    const ru = (corpus.articles.find((a) => a.file === FILES.ru)?.html ?? "").replaceAll("<wbr>", "");
    expect(ru).not.toMatch(/усереррор|екстенсион/iu);
    expect(ru).toContain("<strong>Код ошибки</strong>: UserErrorBackupOperationInProgress");
    expect(ru).toMatch(
      /<h2 id="usererrorvmprovisioningstatefailed---the-vm-is-in-failed-provisioning-state">UserErrorVmProvisioningStateFailed — /,
    );
    const it2018 = corpus.articles.find((a) => a.file === FILES.it2018)?.html ?? "";
    expect(it2018).not.toContain("ExtentionOperationFailedForManagedDisks");
  });

  it("records the 2018 misspelling as an alias, in the Italian and Portuguese files", () => {
    expect(repaired(FILES.it2018)).toEqual([["ExtentionOperationFailedForManagedDisks", "ExtensionOperationFailedForManagedDisks"]]);
    expect(repaired(FILES.pt)).toEqual([["ExtentionOperationFailedForManagedDisks", "ExtensionOperationFailedForManagedDisks"]]);
    const e = corpus.errors.find((r) => r.locale === "pt-PT" && r.id === "extensionoperationfailedformanageddisks");
    expect(e?.codes).toEqual(["ExtensionOperationFailedForManagedDisks"]);
    expect(e?.aliases).toContain("ExtentionOperationFailedForManagedDisks");
  });

  it("reports the one broken internal link of pt-PT", () => {
    const broken = corpus.diagnostics.filter((d) => d.code === "link-broken");
    expect(new Set(broken.map((d) => `${d.file}:${d.line}`))).toEqual(new Set([`${FILES.pt}:100`]));
    expect(broken[0]?.message).toContain(
      "#backup-service-does-not-have-permission-to-delete-the-old-restore-points-due-to-resource-group-lock",
    );
  });

  it("has no build-failing diagnostics in the real content", () => {
    expect(corpus.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("anchors", () => {
  it("records every anchor any revision or locale published on the entity", () => {
    const e = corpus.errors.find((r) => r.id === "extensionoperationfailedformanageddisks");
    expect(e?.anchors).toEqual(
      expect.arrayContaining([
        "extensionoperationfailedformanageddisks---vmsnapshot-extension-operation-failed",
        "ExtensionOperationFailed-vmsnapshot-extension-operation-failed",
        "ExtentionOperationFailed-vmsnapshot-extension-operation-failed",
      ]),
    );
    const lock = corpus.solutions.find((s) => s.id === LOCK);
    expect(lock?.anchors).toEqual(expect.arrayContaining([LOCK, "remove-lock-from-the-recovery-point-resource-group"]));
  });

  it("carries on every article page every anchor published for its sections", () => {
    const allAnchors = new Set(parsed.flatMap((p) => p.anchors.map((a) => a.name)));
    for (const article of corpus.articles.filter((a) => !a.older)) {
      const ids = new Set(idsOf(article.html));
      const src = source(article.file);
      // Every anchor of this locale's own source, and every entity anchor of any locale for sections it has.
      for (const a of src.anchors) expect(ids, `${article.id} lacks #${a.name}`).toContain(a.name);
      for (const e of corpus.errors.filter((r) => r.locale === article.locale))
        for (const a of e.anchors) expect(ids, `${article.id} lacks #${a}`).toContain(a);
      expect([...ids].filter((id) => allAnchors.has(id)).length).toBeGreaterThan(20);
    }
    const it = corpus.articles.find((a) => a.id === `it/${A}`);
    expect(idsOf(it?.html ?? "")).toContain("ExtentionOperationFailed-vmsnapshot-extension-operation-failed");
  });

  it("carries every spelling of a sub-procedure's anchor on the solution page of every locale", () => {
    for (const s of corpus.solutions.filter((r) => r.id === CLEAN)) {
      const ids = idsOf(s.bodyHtml);
      expect(ids, s.locale).toEqual(
        expect.arrayContaining([
          "clean-up-restore-point-collection-by-running-ad-hoc-backup",
          "clean-up-restore-point-collection-by-running-on-demand-backup",
        ]),
      );
    }
  });

  it("keeps ids unique on every page", () => {
    const pages = [
      ...corpus.articles.map((a) => idsOf(a.html)),
      ...corpus.errors.map((e) => [...idsOf(e.bodyHtml), ...e.blocks.flatMap((b) => [b.ref, ...idsOf(b.html)]), "ea-main"]),
      ...corpus.causes.map((c) => [...idsOf(c.bodyHtml), ...idsOf(c.solution?.html ?? "")]),
      ...corpus.solutions.map((s) => idsOf(s.bodyHtml)),
    ];
    for (const ids of pages) expect(ids.length - new Set(ids).size).toBe(0);
  });
});

describe("messages", () => {
  it("keeps each error's message as its source writes it, dropping only quotes that wrap it", () => {
    const ru = (id: string) => corpus.errors.find((e) => e.locale === "ru-RU" && e.id === id)?.message;
    expect(ru("usererrorvmprovisioningstatefailed")).toBe('виртуальная машина находится в состоянии "сбой подготовки"');
    expect(ru("usererrorguestagentstatusunavailable")).toBe(
      "Агенту виртуальной машины не удается установить связь со службой Azure Backup",
    );
    for (const e of corpus.errors) {
      const text = readFileSync(join(ROOT, e.source.file), "utf8");
      expect(text, `${e.locale}/${e.id}`).toContain(e.message);
      expect(e.message.length, `${e.locale}/${e.id}`).toBeGreaterThan(10);
    }
  });
});

describe("nothing is lost", () => {
  it("reads text blocks as a reader sees them, at their lines in the file (the fuzz check reads them alike)", () => {
    const source = [
      "---\r\ntitle: T\r\n---",
      '# <a name="t"></a>Title',
      "[!INCLUDE [x](../includes/x.md)]",
      "> [!note]",
      "> A note.",
      "",
      "**Code**: `UserErrorFoo` <br>Message",
    ].join("\n");
    expect(textBlocks(source)).toEqual([
      { text: "Title", line: 4, endLine: 4 },
      { text: "A note.", line: 6, endLine: 7 },
      { text: "Code: UserErrorFoo Message", line: 9, endLine: 9 },
    ]);
  });

  it.each(Object.entries(FILES))("every text block of %s lands on its article page", (_, f) => {
    const article = corpus.articles.find((a) => a.file === f);
    // Compared without whitespace: <br> and line breaks render as nothing or a space.
    // …and with the declared code repairs applied (the article shows canonical codes).
    const repairs = corpus.errors.flatMap((e) => e.aliases.map((a): [RegExp, string] => [new RegExp(a, "giu"), e.codes[0] ?? a]));
    const squash = (t: string): string => repairs.reduce((out, [alias, code]) => out.replace(alias, code), t).replace(/\s+/g, "");
    const text = squash(hastToString(fromHtml(article?.html ?? "", { fragment: true })));
    const missing = textBlocks(readFileSync(join(ROOT, f), "utf8"))
      .map((b) => b.text)
      .filter((b) => !text.includes(squash(b)));
    expect(missing).toEqual([]);
  });

  it("has an article record for every source file, current and older revisions", () => {
    const sources = readdirSync(join(ROOT, "content"), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "includes");
    const count = sources.flatMap((d) => readdirSync(join(ROOT, "content", d.name))).length;
    expect(corpus.articles).toHaveLength(count);
    expect(corpus.articles.filter((a) => a.older).map((a) => [a.locale, a.slug, a.date])).toEqual([["it", A, "2018-12-03"]]);
  });
});
