import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { listSourceFiles, resolveContentDir } from "../../../src/loaders/content-root.ts";
import { readContent } from "../../../src/loaders/read-content.ts";
import { ROOT } from "../helpers.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const TREE = join(FIXTURES, "docfx-tree");
const rel = (paths: { path: string }[]) => paths.map((p) => relative(TREE, p.path).split("\\").join("/"));

describe("content root", () => {
  it("defaults to content/ under the project, takes the integration's option, and ATLAS_CONTENT wins over both", () => {
    expect(resolveContentDir("/site", undefined, {})).toBe("/site/content");
    expect(resolveContentDir("/site", "docs", {})).toBe("/site/docs");
    expect(resolveContentDir("/site", "docs", { ATLAS_CONTENT: "/elsewhere/tree" })).toBe("/elsewhere/tree");
    expect(resolveContentDir("/site", "docs", { ATLAS_CONTENT: "tree", INIT_CWD: "/home/me" })).toBe("/home/me/tree");
  });

  it("lists the project layout: <root>/<locale>/<slug>.md, includes left out", () => {
    const files = listSourceFiles(join(ROOT, "content"));
    expect(files.map((f) => f.localeFolder)).toEqual(["en", "it", "it", "pt-PT", "ru-RU", "sv-SE"]);
    expect(files.some((f) => f.path.includes("includes"))).toBe(false);
  });

  it("lists a DocFX tree: <root>/<locale>/articles/<area>/<slug>.md, includes left out", () => {
    expect(rel(listSourceFiles(TREE))).toEqual([
      "en-us/articles/backup/overview.md",
      "en-us/articles/backup/vm-agent-troubleshoot.md",
      "it-it/articles/backup/vm-agent-troubleshoot.md",
    ]);
  });

  it("applies include and exclude globs relative to the content root", () => {
    expect(rel(listSourceFiles(TREE, { include: ["*/articles/backup/vm-*.md"] }))).toEqual([
      "en-us/articles/backup/vm-agent-troubleshoot.md",
      "it-it/articles/backup/vm-agent-troubleshoot.md",
    ]);
    expect(rel(listSourceFiles(TREE, { exclude: ["it-it/**"] }))).toEqual([
      "en-us/articles/backup/overview.md",
      "en-us/articles/backup/vm-agent-troubleshoot.md",
    ]);
  });

  it("reads a DocFX tree: the troubleshooting article in both locales, its includes from each locale's tree, other articles skipped with a note", () => {
    const { corpus } = readContent({ root: ROOT, contentDir: TREE });
    expect(corpus.errors.map((e) => `${e.locale}/${e.id}`).sort()).toEqual(["en/agentnotreachable", "it/agentnotreachable"]);
    const it = corpus.articles.find((a) => a.locale === "it");
    expect(it?.html).toContain("Contattare il supporto se nulla qui aiuta.");
    expect(corpus.articles.find((a) => a.locale === "en")?.html).toContain("Contact support when nothing here helps.");
    const skipped = corpus.diagnostics.filter((d) => d.code === "article-skipped");
    expect(skipped.map((d) => [d.file.endsWith("en-us/articles/backup/overview.md"), d.severity, d.line])).toEqual([[true, "info", 6]]);
    expect(corpus.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});
