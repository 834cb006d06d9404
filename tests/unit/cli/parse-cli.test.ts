import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";

const cli = join(ROOT, "src/cli/parse.ts");
const fixture = (name: string) => join(ROOT, "tests/unit/parser/fixtures", name, "input.md");
const own = (name: string) => join(import.meta.dirname, "fixtures", name);
const parseJson = (...args: string[]) => JSON.parse(execFileSync(process.execPath, [cli, ...args, "--json"], { encoding: "utf8" }));
type ErrorOut = { id: string; locale: string; codes: string[]; aliases: string[]; message: string; source: { file: string } };

// Each run parses the whole content/ too (for cross-locale ids): allow a few seconds.
describe("npm run parse", { timeout: 60_000 }, () => {
  it("prints one JSON document for a file outside content/, in a language the project has never seen", () => {
    const doc = parseJson(fixture("new-language"));
    expect(Object.keys(doc)).toEqual(["articles", "errors", "causes", "solutions", "diagnostics"]);
    expect(doc.errors).toHaveLength(1);
    expect(doc.errors[0]).toMatchObject({
      id: "usererrorrpcollectionlimitreached",
      locale: "de-DE",
      codes: ["UserErrorRpCollectionLimitReached"],
      aliases: [],
      message: "Die Höchstgrenze der Wiederherstellungspunktsammlung wurde erreicht.",
      causes: [
        {
          ref: "the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms",
          kind: "cause",
          text: "Ursache 1: Der Agent reagiert nicht",
        },
      ],
      steps: [],
    });
    expect(doc.errors[0].anchors).toContain("usererrorrpcollectionlimitreached---the-restore-point-collection-max-limit-has-reached");
    expect(doc.causes.map((c: { id: string; locale: string; title: string }) => [c.id, c.locale, c.title])).toEqual([
      ["the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms", "de-DE", "Der Agent reagiert nicht"],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it("prints the errors of a file whose locale content/ already has (a revision kept elsewhere)", () => {
    const doc = parseJson(own("revision/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.md"));
    expect(doc.errors.map((e: ErrorOut) => [e.id, e.locale, e.message])).toEqual([
      ["usererrorrpcollectionlimitreached", "it", "Limite massimo della raccolta raggiunto."],
      ["usererrorbackupoperationinprogress", "it", "Un altro backup è in corso."],
    ]);
    expect(doc.articles.map((a: { file: string }) => a.file)).toEqual([
      "tests/unit/cli/fixtures/revision/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.md",
    ]);
  });

  it("prints the errors of each of two revisions of one article, older one in content/ included", () => {
    const older = join(ROOT, "content/it/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.2018-12-03.md");
    const doc = parseJson(own("revision/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.md"), older);
    const files = new Set(doc.errors.map((e: ErrorOut) => e.source.file));
    expect(files).toEqual(
      new Set([
        "tests/unit/cli/fixtures/revision/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.md",
        "content/it/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.2018-12-03.md",
      ]),
    );
    // The 2018 Italian revision writes the misspelled code, still the canonical error.
    const misspelled = doc.errors.find((e: ErrorOut) => e.aliases.includes("ExtentionOperationFailedForManagedDisks"));
    expect(misspelled?.id).toBe("extensionoperationfailedformanageddisks");
  });

  it("gives an older English revision's sections with no code line the codes the English article publishes under their anchors", () => {
    const doc = parseJson(own("english-2018/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.md"));
    type Out = ErrorOut & { locales: string[]; fallbackLocale: string };
    expect(doc.errors.map((e: Out) => [e.id, e.codes])).toEqual([
      ["usererrorguestagentstatusunavailable", ["UserErrorGuestAgentStatusUnavailable"]],
      ["backupoperationfailed", ["BackUpOperationFailed", "BackUpOperationFailedV2"]],
      ["a-heading-no-revision-gives-a-code", ["a-heading-no-revision-gives-a-code"]],
    ]);
    expect(
      doc.diagnostics.filter((d: { code: string }) => /^code-/.test(d.code)).map((d: { code: string; line: number }) => [d.code, d.line]),
    ).toEqual([
      ["code-recovered", 8],
      ["code-recovered", 14],
      ["code-unrecovered", 20],
    ]);
    // The English article is only context: no record of it is printed, and no record names a locale of its own for it.
    expect(doc.articles).toHaveLength(1);
    for (const r of [...doc.errors, ...doc.causes]) {
      expect(r.locales.every((l: string) => !l.includes("-x-"))).toBe(true);
      expect(r.fallbackLocale).not.toContain("-x-");
    }
  });

  it("accepts a docs tree, one folder per locale, and repairs a Ukrainian transliterated code", () => {
    const doc = parseJson(own("tree"));
    expect(doc.errors.map((e: ErrorOut) => [e.locale, e.id])).toEqual([
      ["it", "usererrorrpcollectionlimitreached"],
      ["it", "usererrorbackupoperationinprogress"],
      ["uk-UA", "usererrorbackupoperationinprogress"],
    ]);
    expect(doc.errors[2].aliases).toContain("юсереррорбекапопрейшнінпрогрес");
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toContain("code-repaired");
  });

  it("lists each error's links to other articles of the tree: article, anchor, the entity it names and our page", () => {
    // tests/fixtures/docs-tree: V6 (UserErrorJobQueueFull) links article R's RestorePointNotFound through a learn.microsoft.com
    // URL; R1 (RestorePointNotFound) links V's policy error through `./V.md#…`; V5 links a cause of the seeds' article.
    type Out = ErrorOut & { articleLinks: { slug: string; anchor: string; href: string; target: { kind: string; id: string } | null }[] };
    const doc = parseJson(join(ROOT, "tests/fixtures/docs-tree"));
    const links = (locale: string, id: string) => doc.errors.find((e: Out) => e.locale === locale && e.id === id)?.articleLinks;
    expect(links("en", "usererrorjobqueuefull")).toEqual([
      {
        slug: "backup-azure-vm-restore-troubleshoot",
        anchor: "320114-restorepointnotfound---the-selected-recovery-point-no-longer-exists",
        href: "/en/errors/restorepointnotfound/",
        target: { kind: "error", id: "restorepointnotfound" },
      },
    ]);
    expect(links("ru-RU", "restorepointnotfound")).toContainEqual(
      expect.objectContaining({
        slug: "backup-azure-vault-operations-troubleshoot",
        target: { kind: "error", id: "policyretentionoutofrange" },
      }),
    );
    expect(links("en", "extensionsnapshotwritertimeout")).toEqual([
      expect.objectContaining({
        slug: "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout",
        target: { kind: "cause", id: "the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms" },
      }),
    ]);
    // A link into the error's own article is an in-page reference, not a link to another article (an error that
    // two articles describe links from each description; those are left out here).
    const single = (doc.errors as (Out & { descriptions: unknown[] })[]).filter((e) => e.descriptions.length === 1);
    for (const e of single)
      for (const l of e.articleLinks) expect(e.source.file.endsWith(`/${l.slug}.md`), `${e.id} → ${l.slug}`).toBe(false);
  });

  it("says that a missing file does not exist and exits 2, without a stack trace", () => {
    const run = spawnSync(process.execPath, [cli, "missing.md"], { encoding: "utf8", cwd: ROOT });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("missing.md does not exist");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints diagnostics as file:line:column and exits non-zero on errors", () => {
    const run = spawnSync(process.execPath, [cli, fixture("bad-front-matter")], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/bad-front-matter\/input\.md:\d+:\d+ error \[front-matter-invalid\]/);
  });

  it("fails on warnings in strict mode", () => {
    const relaxed = spawnSync(process.execPath, [cli, fixture("links-and-images")], { encoding: "utf8" });
    expect(relaxed.status).toBe(0);
    expect(relaxed.stdout).toMatch(/links-and-images\/input\.md:18:\d+ warning \[link-broken\]/);
    const strict = spawnSync(process.execPath, [cli, fixture("links-and-images"), "--strict"], { encoding: "utf8" });
    expect(strict.status).toBe(1);
  });
});
