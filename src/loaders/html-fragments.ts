import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusDocument, CorpusEntries, HtmlRef } from "../corpus/records.ts";

/**
 * The rendered HTML of the records lives outside Astro's data store: the build bundles the whole
 * store into its server code, and the HTML is about half of it. The loader writes each fragment once,
 * named by a digest of its text, beside the build manifest in Astro's cache folder; the records carry
 * the name, and pages read the file when they render (src/routes/record-html.ts).
 */

/** The fragments' folder under Astro's cache folder (never `dist/`, never committed). */
export function fragmentDir(cacheDir: URL): string {
  return fileURLToPath(new URL("error-atlas/html/", cacheDir));
}

const fileOf = (dir: string, ref: string): string => join(dir, `${ref}.html`);

/** The reference of a fragment: a digest of its text, "" for no HTML. */
export function fragmentRef(html: string): HtmlRef {
  return (html ? createHash("sha256").update(html).digest("hex").slice(0, 32) : "") as HtmlRef;
}

/** The HTML a reference names ("" for ""). */
export function readFragment(dir: string, ref: HtmlRef): string {
  return ref ? readFileSync(fileOf(dir, ref), "utf8") : "";
}

/** The corpus with each HTML field replaced by what `html` returns for it. */
export function withHtmlRefs(corpus: CorpusDocument, html: (fragment: string) => HtmlRef): CorpusEntries {
  return {
    articles: corpus.articles.map((a) => ({ ...a, html: html(a.html) })),
    errors: corpus.errors.map((e) => ({
      ...e,
      descriptions: e.descriptions.map((d) => ({ ...d, bodyHtml: html(d.bodyHtml) })),
      bodyHtml: html(e.bodyHtml),
      blocks: e.blocks.map((b) => ({ ...b, html: html(b.html) })),
    })),
    causes: corpus.causes.map((c) => ({
      ...c,
      bodyHtml: html(c.bodyHtml),
      solution: c.solution && { ...c.solution, html: html(c.solution.html) },
    })),
    solutions: corpus.solutions.map((s) => ({ ...s, bodyHtml: html(s.bodyHtml) })),
    diagnostics: corpus.diagnostics,
  };
}

/**
 * Writes every fragment of the corpus to `dir` (a file that already exists is not written again: its
 * name is its content), removes the fragments no record names any more, and returns the records with
 * references. A file appears whole or not at all (written aside, then renamed).
 */
export function storeFragments(corpus: CorpusDocument, dir: string): CorpusEntries {
  mkdirSync(dir, { recursive: true });
  const names = new Set<string>();
  const entries = withHtmlRefs(corpus, (html) => {
    const ref = fragmentRef(html);
    if (!ref || names.has(`${ref}.html`)) return ref;
    names.add(`${ref}.html`);
    const file = fileOf(dir, ref);
    if (!existsSync(file)) {
      const part = `${file}.${process.pid}.part`;
      writeFileSync(part, html);
      renameSync(part, file);
    }
    return ref;
  });
  for (const name of readdirSync(dir)) if (!names.has(name)) rmSync(join(dir, name), { force: true });
  return entries;
}
