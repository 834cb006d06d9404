import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
import type { ArticleEntry, CorpusDocument } from "../../../src/corpus/records.ts";
import { fragmentDir, storeFragments } from "../../../src/loaders/html-fragments.ts";

const cacheDir = pathToFileURL(`${mkdtempSync(join(tmpdir(), "atlas-cache-"))}/`);
// Astro's `astro:config/server` in a page; here, the folder of this test.
vi.mock("astro:config/server", () => ({ cacheDir }));
const { recordHtml } = await import("../../../src/routes/record-html.ts");

const corpus = (html: string, body: string): CorpusDocument => ({
  errors: [],
  causes: [],
  solutions: [],
  diagnostics: [],
  articles: [
    {
      id: "en/a",
      older: false,
      slug: "a",
      locale: "en",
      title: "A",
      description: "",
      date: "2024-01-01",
      translation: "source",
      revision: "2024-01-01",
      revisions: ["2024-01-01"],
      newestDate: "",
      file: "content/en/a.md",
      sections: [],
      html,
      anchors: [],
    },
    {
      id: "en/b",
      older: false,
      slug: "b",
      locale: "en",
      title: "B",
      description: "",
      date: "2024-01-01",
      translation: "source",
      revision: "2024-01-01",
      revisions: ["2024-01-01"],
      newestDate: "",
      file: "content/en/b.md",
      sections: [],
      html: body,
      anchors: [],
    },
  ],
});

describe("recordHtml (pages read an entry's HTML from the fragment the loader wrote)", () => {
  it("returns the fragment an entry names, byte for byte, and '' for no HTML", () => {
    const html = '<h2 id="x">Ünïcode — “quotes” &amp; <code>Code</code> 🙂<a class="ea-anchor" href="#x">#</a></h2>\n';
    const [a, b] = storeFragments(corpus(html, ""), fragmentDir(cacheDir)).articles as [ArticleEntry, ArticleEntry];
    expect(a.html).toMatch(/^[0-9a-f]{32}$/);
    expect(recordHtml(a.html)).toBe(html);
    expect(b.html).toBe("");
    expect(recordHtml(b.html)).toBe("");
  });

  it("writes identical fragments once", () => {
    const entries = storeFragments(corpus("<p>same</p>", "<p>same</p>"), fragmentDir(cacheDir));
    expect(entries.articles[0]?.html).toBe(entries.articles[1]?.html);
  });
});
