import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../src/corpus/build-corpus.ts";
import { EntityTable } from "../../../src/corpus/match-entities.ts";
import { parseSource } from "../../../src/parser/parse-source.ts";
import { corpusOf, parseFile, SLUG } from "../helpers.ts";

const fixture = (name: string, file: string) => parseFile(join(import.meta.dirname, "fixtures", name, file), `${name}/${file}`);

/** A small source: front matter with the locale, a title, then `body` from line 6 on. */
const inline = (file: string, locale: string, body: string[]) =>
  parseSource(["---", `ms.contentlocale: ${locale}`, "---", "# T", "", ...body].join("\n"), { file, slug: SLUG });

describe("cross-locale identity", () => {
  it("recovers Cyrillic-corrupted codes through the section's anchors, repairs the title and reports each", () => {
    const doc = corpusOf([fixture("corrupted-codes", "en.md"), fixture("corrupted-codes", "ru.md")]);
    const ru = doc.errors.filter((e) => e.locale === "ru-RU");
    expect(ru.map((e) => [e.id, e.codes])).toEqual([
      ["usererrorbackupoperationinprogress", ["UserErrorBackupOperationInProgress"]],
      ["usererrorvmprovisioningstatefailed", ["UserErrorVmProvisioningStateFailed"]],
    ]);
    expect(ru[1]?.title).toBe("UserErrorVmProvisioningStateFailed — виртуальная машина находится в состоянии сбоя");
    expect(ru[0]?.aliases).toEqual(["усереррорбаккупоператионинпрогресс"]);
    const repairs = doc.diagnostics.filter((d) => d.code === "code-repaired");
    expect(repairs.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(["corrupted-codes/ru.md:11:1", "corrupted-codes/ru.md:16:1"]);
    expect(doc.diagnostics.find((d) => d.code === "title-repaired")).toMatchObject({ file: "corrupted-codes/ru.md", line: 14 });
  });

  it("recovers a corrupted code through the other locales' codes when anchors do not match", () => {
    const ru = inline("ru.md", "ru-RU", [
      '## <a name="renamed-section"></a>X',
      "",
      "**Код ошибки**: усереррорбаккупоператионинпрогресс <br>",
      "**Сообщение**: текст <br>",
    ]);
    const doc = corpusOf([fixture("corrupted-codes", "en.md"), ru]);
    const e = doc.errors.find((r) => r.locale === "ru-RU");
    expect(e?.id).toBe("usererrorbackupoperationinprogress");
    expect(e?.anchors).toContain("renamed-section");
    expect(doc.diagnostics.find((d) => d.code === "code-repaired")?.message).toContain("other locales");
  });

  it("keeps a misspelled code of an older revision as an alias of the canonical error", () => {
    const doc = corpusOf([fixture("misspelled-code", "en.md"), fixture("misspelled-code", "it-2018.md")]);
    const it = doc.errors.find((e) => e.locale === "it");
    expect(it?.id).toBe("extensionoperationfailedformanageddisks");
    expect(it?.codes).toEqual(["ExtensionOperationFailedForManagedDisks"]);
    expect(it?.aliases).toEqual(["ExtentionOperationFailedForManagedDisks"]);
    expect(doc.diagnostics.find((d) => d.code === "code-repaired")).toMatchObject({
      file: "misspelled-code/it-2018.md",
      line: 11,
      severity: "warning",
    });
  });

  it("does not take a code that resembles none of the anchor-matched error's codes for a repair", () => {
    const ru = inline("ru.md", "ru-RU", [
      '## <a name="usererrorbackupoperationinprogress---unable-to-initiate-backup"></a>X',
      "",
      "**Код ошибки**: CompletelyDifferentCode <br>",
      "**Сообщение**: текст <br>",
    ]);
    const doc = corpusOf([fixture("corrupted-codes", "en.md"), ru]);
    expect(doc.errors.find((e) => e.locale === "ru-RU")?.aliases).toEqual([]);
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: "code-unrecognized", file: "ru.md", line: 8 }));
  });

  it("keeps ids safe as URL path segments, whatever an anchor contains", () => {
    const doc = corpusOf([
      inline("odd.md", "en", [
        '## <a name="c"></a>Causes',
        "",
        '### <a name="../../etc/passwd x"></a>Odd',
        "",
        '#### <a name="solution"></a>Solution',
        "",
        "Text.",
      ]),
    ]);
    expect(doc.causes.map((c) => c.id)).toEqual(["etc-passwd-x"]);
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: "anchor-unsafe", file: "odd.md", line: 8 }));
  });

  it("fails on two different errors claiming one code", () => {
    const doc = corpusOf([
      inline("dup.md", "en", [
        '## <a name="first"></a>A',
        "",
        "**Error code**: UserErrorSame <br>",
        "**Error message**: One <br>",
        "",
        '## <a name="second"></a>B',
        "",
        "**Error code**: UserErrorOther / UserErrorSame <br>",
        "**Error message**: Two <br>",
      ]),
    ]);
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ severity: "error", code: "code-conflict", file: "dup.md", line: 13 }));
  });

  it("fails on a locale the site does not publish (in site mode)", () => {
    const text = ["---", "ms.contentlocale: xx-YY", "---", "# T"].join("\n");
    const doc = buildCorpus([parseSource(text, { file: "xx.md" })], {
      canonical: "en",
      localeOf: () => null,
      include: () => null,
      alertLabel: (k) => k,
    });
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ severity: "error", code: "locale-unknown", file: "xx.md" }));
    expect(doc.articles).toEqual([]);
  });
});

describe("entity ids", () => {
  it("gives two entities of one kind that want the same id distinct ids, and one of another kind the bare id", () => {
    const table = new EntityTable(() => {});
    const ids = [
      table.create("cause", "agent-stopped"),
      table.create("cause", "agent-stopped"),
      table.create("solution", "agent-stopped"),
      table.create("cause", "agent-stopped"),
    ].map((e) => `${e.kind}/${e.id}`);
    expect(ids).toEqual(["cause/agent-stopped", "cause/agent-stopped-2", "solution/agent-stopped", "cause/agent-stopped-3"]);
  });
});
