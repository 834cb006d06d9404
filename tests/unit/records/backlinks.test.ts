import { describe, expect, it } from "vitest";
import { reportShortLinkConflicts } from "../../../src/corpus/short-links.ts";
import { readContent } from "../../../src/loaders/read-content.ts";
import type { Diagnostic } from "../../../src/parser/types.ts";
import { ROOT } from "../helpers.ts";

const { corpus } = readContent({ root: ROOT });
const record = <T extends { id: string; locale: string }>(list: T[], id: string, locale = "en"): T => {
  const found = list.find((r) => r.id === id && r.locale === locale);
  if (!found) throw new Error(`no ${locale}/${id}`);
  return found;
};

describe("relations are data on the records", () => {
  it("a cause lists the errors whose cause lines name it (English article, lines 89, 110, 160, 194)", () => {
    const cause = record(corpus.causes, "the-vm-has-no-internet-access");
    expect(cause.backlinks.map((b) => [b.kind, b.id])).toEqual([
      ["error", "backupoperationfailed"],
      ["error", "extensionsnapshotfailednonetwork"],
      ["error", "guestagentsnapshottaskstatuserror"],
      ["error", "usererrorguestagentstatusunavailable"],
    ]);
    const backupFailed = cause.backlinks.find((b) => b.id === "backupoperationfailed");
    expect(backupFailed?.codes).toEqual(["BackUpOperationFailed", "BackUpOperationFailedV2"]);
    // The error page shows the cause as a block in English, so a backlink can open `#the-vm-has-no-internet-access` there.
    expect(backupFailed?.blockIn).toContain("en");
  });

  it("a procedure lists the error whose step line links to it (English article, line 140)", () => {
    const procedure = record(corpus.solutions, "clean_up_restore_point_collection");
    expect(procedure.backlinks.filter((b) => b.kind === "error").map((b) => b.id)).toContain("usererrorrpcollectionlimitreached");
  });

  it("backlinks stay in the record's locale", () => {
    for (const r of [...corpus.causes, ...corpus.solutions]) {
      for (const b of r.backlinks) expect(record([...corpus.errors, ...corpus.causes], b.id, r.locale).kind).toBe(b.kind);
    }
  });

  it("a cause line's reference carries the locales of its target, for links to its page", () => {
    const error = record(corpus.errors, "backupoperationfailed");
    const line = error.causes.find((c) => c.ref === "the-vm-has-no-internet-access");
    expect(line?.locales).toEqual(record(corpus.causes, "the-vm-has-no-internet-access").locales);
  });
});

describe("short-link conflicts", () => {
  it("two errors claiming one code (any case) are a content error at the second error's heading", () => {
    const one = record(corpus.errors, "backupoperationfailed");
    const other = { ...record(corpus.errors, "usererrorrpcollectionlimitreached"), aliases: ["backupOperationFailedV2"] };
    const found: Diagnostic[] = [];
    reportShortLinkConflicts([one, other], (d) => found.push(d));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", code: "code-conflict", file: other.source.file, line: other.source.line });
    expect(found[0]?.message).toMatch(/\/go\/backupoperationfailedv2\//);
  });
});
