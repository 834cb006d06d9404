import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import type { CorpusDocument } from "../../../src/corpus/records.ts";
import { fileForPath, repoRoot } from "../support/dist.ts";
import { idsOf, parseBuilt } from "../support/html.ts";

// Issue 10: every anchor any revision in any language published for the article exists on every
// language's article page, on its section or on a stub that links to the section where it is.

/** The corpus records of content/, as `npm run parse -- --json` prints them. */
const corpus = JSON.parse(
  execFileSync(process.execPath, ["src/cli/parse.ts", "--json"], { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 << 20 }),
) as CorpusDocument;

/** Ids a record's article HTML publishes, without the renderer's `-1`, `-2` repeats of an id already there. */
function published(html: string): string[] {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "");
  return ids.filter((id) => !ids.includes(id.replace(/-\d+$/, "")) || !/-\d+$/.test(id));
}

const slugs = [...new Set(corpus.articles.map((a) => a.slug))];
const langPaths = ["en", "it", "pt-pt", "sv-se", "ru-ru"];

for (const slug of slugs) {
  const anchors = [...new Set(corpus.articles.filter((a) => a.slug === slug).flatMap((a) => published(a.html)))];

  test(`${slug}: the records publish anchors of sections some languages lack`, () => {
    // The premise: without stubs, these pages would miss anchors (sv-SE has no UserErrorStandardSSDNotSupported…).
    const sv = corpus.articles.find((a) => a.slug === slug && a.locale === "sv-SE" && !a.older);
    expect(sv).toBeDefined();
    expect(anchors.filter((a) => !published(sv?.html ?? "").includes(a)).length).toBeGreaterThan(0);
  });

  for (const lang of langPaths) {
    test(`${slug}: every published anchor is on /${lang}/articles/${slug}/`, () => {
      const file = fileForPath(`/${lang}/articles/${slug}/`);
      expect(file, `no article page for ${lang}`).toBeDefined();
      const ids = idsOf(parseBuilt(file as string));
      expect(anchors.filter((a) => !ids.has(a))).toEqual([]);
    });
  }
}
