import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/parser/parse-source.ts";
import { corpusOf, parseFile, SLUG } from "../helpers.ts";

const near = (file: string) => parseFile(join(import.meta.dirname, "fixtures/near-codes", file), `near-codes/${file}`);
const codesByLocale = (doc: ReturnType<typeof corpusOf>, locale: string) =>
  doc.errors.filter((e) => e.locale === locale).map((e) => [e.id, e.codes, e.aliases]);

describe("a code written exactly is a code, never repaired into another", () => {
  it("keeps codes that differ by a suffix or by one word apart, each with its own page", () => {
    const doc = corpusOf([near("en.md"), near("it.md")]);
    expect(codesByLocale(doc, "en")).toEqual([
      ["usererrorrpcollectionlimitreached", ["UserErrorRpCollectionLimitReached"], []],
      ["extensionfailedvsswriterinbadstate", ["ExtensionFailedVssWriterInBadState"], []],
    ]);
    expect(codesByLocale(doc, "it")).toEqual([
      ["usererrorrpcollectionlimitreachedv2", ["UserErrorRpCollectionLimitReachedV2"], []],
      ["extensionfailedvssserviceinbadstate", ["ExtensionFailedVssServiceInBadState"], []],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "code-repaired")).toEqual([]);
  });

  it("does not repair them even under another code's anchors: the code wins, the anchors stay where they were, with a warning", () => {
    const doc = corpusOf([near("en.md"), near("it-2018.md")]);
    expect(codesByLocale(doc, "it")).toEqual([
      ["usererrorrpcollectionlimitreachedv2", ["UserErrorRpCollectionLimitReachedV2"], []],
      ["extensionfailedvssserviceinbadstate", ["ExtensionFailedVssServiceInBadState"], []],
    ]);
    const reached = doc.errors.find((e) => e.id === "usererrorrpcollectionlimitreached");
    expect(reached?.anchors).toEqual(["usererrorrpcollectionlimitreached---the-restore-point-collection-max-limit-has-reached"]);
    expect(reached?.locales).toEqual(["en"]);
    const conflicts = doc.diagnostics.filter((d) => d.code === "anchor-conflict");
    expect(conflicts.map((d) => `${d.file}:${d.line}:${d.column}:${d.severity}`)).toEqual([
      "near-codes/it-2018.md:11:1:warning",
      "near-codes/it-2018.md:16:1:warning",
    ]);
  });

  it("repairs a Cyrillic corruption through anchors, and through its position when translation renamed the anchor", () => {
    const doc = corpusOf([near("en.md"), near("it.md"), near("ru.md")]);
    expect(codesByLocale(doc, "ru-RU")).toEqual([
      ["usererrorrpcollectionlimitreached", ["UserErrorRpCollectionLimitReached"], ["усеррорркколлектионлимитреачед"]],
      ["extensionfailedvsswriterinbadstate", ["ExtensionFailedVssWriterInBadState"], ["ЕкстенсионфаиледВссВритеринбадстате"]],
    ]);
    const repairs = doc.diagnostics.filter((d) => d.code === "code-repaired");
    expect(repairs.map((d) => `${d.file}:${d.line}`)).toEqual(["near-codes/ru.md:11", "near-codes/ru.md:16"]);
    expect(repairs[0]?.message).toContain("anchors");
    expect(repairs[1]?.message).toContain("position");
  });

  it("keeps a corrupted token as its own code, with a warning, when a closer known code contradicts its position", () => {
    const doc = corpusOf([near("en.md"), near("it.md"), near("el.md")]);
    const greek = doc.errors.filter((e) => e.locale === "el-GR");
    expect(greek).toHaveLength(2);
    expect(greek.map((e) => e.codes)).toEqual([["ΕξτενσιονΦαιλεδΒσσΡαιτερΙνΜπαντΣτέιτ"], ["ΕξτενσιονΦαιλεδΒσσΣερβισΙνΜπαντΣτέιτ"]]);
    for (const id of ["usererrorrpcollectionlimitreached", "extensionfailedvsswriterinbadstate", "extensionfailedvssserviceinbadstate"]) {
      expect(doc.errors.find((e) => e.id === id)?.aliases).toEqual([]);
    }
    const warnings = doc.diagnostics.filter((d) => d.code === "code-unconfirmed");
    expect(warnings.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(["near-codes/el.md:11:1", "near-codes/el.md:16:1"]);
  });
});

describe("a code line of words (unresolved by the parser)", () => {
  const it2 = (sections: string[][]) =>
    parseSource(["---", "ms.contentlocale: it-IT", "ms.date: 01/01/2020", "---", "# Titolo", "", ...sections.flat()].join("\n"), {
      file: "words.md",
      slug: SLUG,
    });
  const section = (anchor: string, code: string) => [
    `## <a name="${anchor}"></a>Titolo tradotto`,
    "",
    `**Codice errore**: ${code} <br>`,
    "**Messaggio di errore**: Qualcosa non va <br>",
    "",
  ];

  it("is recovered from the other locales when its position in the same structure names the error, and reported", () => {
    const en = parseFile(join(import.meta.dirname, "fixtures/corrupted-codes/en.md"), "en.md");
    const doc = corpusOf([
      en,
      it2([section("prima-sezione", "UserErrorBackupOperationInProgress"), section("sezione-tradotta", "parole senza alcun codice")]),
    ]);
    expect(doc.errors.filter((e) => e.locale === "it").map((e) => e.id)).toEqual([
      "usererrorbackupoperationinprogress",
      "usererrorvmprovisioningstatefailed",
    ]);
    expect(doc.diagnostics.find((d) => d.code === "code-recovered" && d.file === "words.md")).toMatchObject({
      line: 14,
      severity: "warning",
    });
  });

  it("is kept as its own error, with a warning, when nothing confirms a position", () => {
    const en = parseFile(join(import.meta.dirname, "fixtures/corrupted-codes/en.md"), "en.md");
    const doc = corpusOf([
      en,
      it2([
        section("a-sezione", "parole senza alcun codice"),
        section("b-sezione", "UserErrorSomethingElse"),
        section("c-sezione", "UserErrorAnotherThing"),
      ]),
    ]);
    const it = doc.errors.filter((e) => e.locale === "it");
    expect(it).toHaveLength(3);
    expect(it.map((e) => e.id)).not.toContain("usererrorbackupoperationinprogress");
    expect(doc.diagnostics.find((d) => d.code === "code-unrecovered")).toMatchObject({ file: "words.md", line: 9 });
  });
});
