import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../../src/corpus/build-corpus.ts";
import { adHocLocale, siteLocaleForTag } from "../../../src/i18n/locales.ts";
import { parseSource } from "../../../src/parser/parse-source.ts";
import type { ParsedSource } from "../../../src/parser/types.ts";
import { corpusOf } from "../helpers.ts";

/** A source file as the loader reads it: the slug comes from the file name. */
const source = (file: string, locale: string, date: string, body: string[]) =>
  parseSource(["---", `ms.contentlocale: ${locale}`, `ms.date: ${date}`, "---", "# T", "", ...body].join("\n"), { file });

const error = (anchor: string, code: string, label = "Codice errore") => [
  `## <a name="${anchor}"></a>${code}`,
  "",
  `**${label}**: ${code} <br>`,
  `**Messaggio**: ${code} text <br>`,
  "",
];

describe("article slugs and revisions", () => {
  it("takes the slug from the file name without `.md` and a trailing revision date, keeping other dots", () => {
    expect(source("it/backup-faq.md", "it-IT", "01/01/2020", []).slug).toBe("backup-faq");
    expect(source("it/backup-faq.2018-12-03.md", "it-IT", "12/03/2018", []).slug).toBe("backup-faq");
    expect(source("it/backup-faq.copy.md", "it-IT", "01/01/2020", []).slug).toBe("backup-faq.copy");
    expect(source("it/azure.v2.backup.md", "it-IT", "01/01/2020", []).slug).toBe("azure.v2.backup");
  });

  it("fails when two sources of one locale and article have the same date, naming both files", () => {
    const doc = corpusOf([
      source("it/backup-faq.md", "it-IT", "01/01/2020", error("a", "UserErrorOne")),
      source("it/backup-faq.2020-01-01.md", "it-IT", "01/01/2020", error("a", "UserErrorOne")),
    ]);
    const dup = doc.diagnostics.filter((d) => d.code === "revision-duplicate");
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ severity: "error", file: "it/backup-faq.2020-01-01.md", line: 1, column: 1 });
    expect(dup[0]?.message).toContain("it/backup-faq.md");
    expect(dup[0]?.message).toContain("it/backup-faq.2020-01-01.md");
  });

  it("keeps a `.copy.md` twin as its own article, not a revision", () => {
    const doc = corpusOf([
      source("it/backup-faq.md", "it-IT", "01/01/2020", error("a", "UserErrorOne")),
      source("it/backup-faq.copy.md", "it-IT", "01/01/2020", error("b", "UserErrorTwo")),
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "revision-duplicate")).toEqual([]);
    expect(doc.articles.map((a) => a.id)).toEqual(["it/backup-faq", "it/backup-faq.copy"]);
  });
});

describe("fallback language of an entity", () => {
  const sources = (): ParsedSource[] => [
    source("en/faq.md", "en", "01/01/2020", error("shared", "UserErrorShared", "Error code")),
    source("pt/faq.md", "pt-PT", "01/01/2020", [...error("shared", "UserErrorShared"), ...error("only-pt-it", "UserErrorLocal")]),
    source("it/faq.md", "it-IT", "01/01/2020", [...error("shared", "UserErrorShared"), ...error("only-pt-it", "UserErrorLocal")]),
  ];
  const build = (order?: string[]) =>
    buildCorpus(sources(), {
      canonical: "en",
      localeOf: (tag) => siteLocaleForTag(tag) ?? adHocLocale(tag),
      include: () => null,
      alertLabel: (k) => k,
      ...(order ? { fallbackOrder: order } : {}),
    });

  it("is English when the entity exists in English", () => {
    const shared = build().errors.filter((e) => e.id === "usererrorshared");
    expect(shared.map((e) => [e.locale, e.fallbackLocale])).toEqual([
      ["en", "en"],
      ["it", "en"],
      ["pt-PT", "en"],
    ]);
  });

  it("is the first language of the configured order that has it otherwise, with a note for the content status", () => {
    expect(
      new Set(
        build(["en", "it", "pt-PT"])
          .errors.filter((e) => e.id === "usererrorlocal")
          .map((e) => e.fallbackLocale),
      ),
    ).toEqual(new Set(["it"]));
    const doc = build(["en", "pt-PT", "it"]);
    expect(new Set(doc.errors.filter((e) => e.id === "usererrorlocal").map((e) => e.fallbackLocale))).toEqual(new Set(["pt-PT"]));
    const notes = doc.diagnostics.filter((d) => d.code === "canonical-missing");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info", file: "it/faq.md", line: 12, column: 1 });
    expect(notes[0]?.message).toContain("usererrorlocal");
  });
});
