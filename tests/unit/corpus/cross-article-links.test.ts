import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CorpusDocument } from "../../../src/corpus/records.ts";
import { parseSource } from "../../../src/parser/parse-source.ts";
import { linkedArticle } from "../../../src/render/rehype-links.ts";
import { corpusOf, ROOT } from "../helpers.ts";

/** Facts from tests/fixtures/docs-tree/README.md: articles R and V link to each other and to the seeds' article. */
const TREE = join(ROOT, "tests/fixtures/docs-tree");
const R = "backup-azure-vm-restore-troubleshoot";
const V = "backup-azure-vault-operations-troubleshoot";
const SEEDS = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout";
const LOCALES = ["en-us", "it-it", "ru-ru"];

const text = (locale: string, slug: string): string => readFileSync(join(TREE, `${locale}/articles/backup/${slug}.md`), "utf8");
const parse = (locale: string, slug: string, source = text(locale, slug)) =>
  parseSource(source, { file: `${locale}/articles/backup/${slug}.md`, slug, knownIncludes: ["support-disclaimer"] });
const build = (edit: (locale: string, slug: string, source: string) => string = (_l, _s, s) => s): CorpusDocument =>
  corpusOf(LOCALES.flatMap((l) => [R, V, SEEDS].map((slug) => parse(l, slug, edit(l, slug, text(l, slug))))));

const doc = build();
const hrefs = (html: string | undefined): string[] => [...(html ?? "").matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? "");
const errorHtml = (d: CorpusDocument, locale: string, id: string): string => {
  const e = d.errors.find((x) => x.locale === locale && x.id === id);
  return (e?.descriptions ?? []).map((x) => x.bodyHtml).join("") + (e?.bodyHtml ?? "");
};
const articleHtml = (d: CorpusDocument, locale: string, slug: string): string =>
  d.articles.find((a) => a.locale === locale && a.slug === slug && !a.older)?.html ?? "";

describe("links between articles of the corpus", () => {
  it("recognizes the article a link names: relative .md paths, docs paths and docs/learn URLs in any locale", () => {
    expect(linkedArticle("./x-y.md#a-b")).toEqual({ slug: "x-y", anchor: "a-b" });
    expect(linkedArticle("../area/x-y.md")).toEqual({ slug: "x-y", anchor: "" });
    expect(linkedArticle("https://docs.microsoft.com/ru-ru/azure/backup/x-y#a")).toEqual({ slug: "x-y", anchor: "a" });
    expect(linkedArticle("https://learn.microsoft.com/it-it/azure/backup/x-y/?tabs=1")).toEqual({ slug: "x-y", anchor: "" });
    expect(linkedArticle("/azure/backup/x-y#a")).toEqual({ slug: "x-y", anchor: "a" });
    expect(linkedArticle("https://example.com/x-y#a")).toBeNull();
    expect(linkedArticle("./media/x.png")).toBeNull();
  });

  it("lead to the error page the anchor belongs to, in the page's language (an older anchor of the same error too)", () => {
    // R1 links `./V.md#policyretentionoutofrange--…-is-not-valid`; the Italian V4 carries only an older anchor.
    for (const [locale, path] of [
      ["en", "en"],
      ["it", "it"],
      ["ru-RU", "ru-ru"],
    ] as const)
      expect(hrefs(errorHtml(doc, locale, "restorepointnotfound"))).toContain(`/${path}/errors/policyretentionoutofrange/`);
    // V6 links article R through an absolute learn.microsoft.com/en-us URL.
    expect(hrefs(errorHtml(doc, "en", "usererrorjobqueuefull"))).toContain("/en/errors/restorepointnotfound/");
    expect(hrefs(errorHtml(doc, "it", "usererrorjobqueuefull"))).toContain("/it/errors/restorepointnotfound/");
    // The Russian V3 links R4 through docs.microsoft.com/ru-ru.
    expect(hrefs(errorHtml(doc, "ru-RU", "usererrorstagingvaultunreachable"))).toContain("/ru-ru/errors/usererrorstagingvaultunreachable/");
  });

  it("lead to another article's entity, or to its page, from the article pages; links out of the corpus stay on Microsoft Learn", () => {
    const ruR = hrefs(articleHtml(doc, "ru-RU", R));
    expect(ruR).toContain("/ru-ru/errors/usererrorrpcollectionlimitreached/");
    expect(ruR).toContain(`/ru-ru/articles/${V}/`);
    expect(ruR.filter((h) => h.includes("learn.microsoft.com") && (h.includes(V) || h.includes(SEEDS)))).toEqual([]);
    const enR = hrefs(articleHtml(doc, "en", R));
    expect(enR).toContain("https://learn.microsoft.com/en-us/azure/virtual-machines/sizes");
    // The overview is no troubleshooting article: not in the corpus.
    expect(hrefs(articleHtml(doc, "en", V))).toContain(
      "https://learn.microsoft.com/en-us/azure/backup/backup-azure-recovery-services-vault-overview",
    );
    const itV = hrefs(articleHtml(doc, "it", V));
    expect(itV).toContain(`/it/articles/${R}/`);
    // V5 names a cause of the seeds' article.
    expect(itV).toContain("/it/causes/the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms/");
  });

  it("reports no broken link on the fixture tree, and records the linking error as a backlink of the linked one", () => {
    expect(doc.diagnostics.filter((d) => d.code === "link-anchor-unknown" || d.code === "link-broken")).toEqual([]);
    for (const locale of ["en", "it", "ru-RU"]) {
      const policy = doc.errors.find((e) => e.locale === locale && e.id === "policyretentionoutofrange");
      expect(policy?.backlinks.map((b) => b.id)).toContain("restorepointnotfound");
    }
  });

  it("links an anchor the target article lacks to that article's page, with a warning at the link's place", () => {
    const broken = build((locale, slug, source) =>
      locale === "en-us" && slug === R
        ? source.replace("#policyretentionoutofrange--policyscheduleconflict---the-backup-policy-is-not-valid", "#no-such-section")
        : source,
    );
    expect(hrefs(errorHtml(broken, "en", "restorepointnotfound"))).toContain(`/en/articles/${V}/#no-such-section`);
    const line = text("en-us", R)
      .split("\n")
      .findIndex((l) => l.includes("PolicyRetentionOutOfRange](./"));
    const warnings = broken.diagnostics.filter((d) => d.code === "link-anchor-unknown");
    expect(warnings.map((d) => [d.file, d.line, d.severity])).toContainEqual([`en-us/articles/backup/${R}.md`, line + 1, "warning"]);
    expect(warnings[0]?.column).toBeGreaterThan(1);
    expect(warnings[0]?.message).toContain(V);
  }, 60_000);

  it("lists each page's links to other articles on its record, and leaves out links into its own article", () => {
    const policy = "policyretentionoutofrange--policyscheduleconflict---the-backup-policy-is-not-valid";
    const edited = build((locale, slug, source) =>
      locale === "en-us" && slug === V
        ? source.replace(
            "Error code: 410031, UserErrorJobQueueFull <br/>",
            `Error code: 410031, UserErrorJobQueueFull <br/>\n\nSee also [the policy](./${V}.md#${policy}).\n`,
          )
        : source,
    );
    const error = edited.errors.find((e) => e.locale === "en" && e.id === "usererrorjobqueuefull");
    expect(hrefs(error?.bodyHtml)).toContain("/en/errors/policyretentionoutofrange/");
    expect(error?.articleLinks.map((l) => [l.slug, l.target?.id])).toEqual([[R, "restorepointnotfound"]]);
  }, 60_000);
});
