/**
 * `node src/search/build-index.ts` (run by `npm run build` after `astro build`).
 *
 * Indexes the built entity pages (errors, causes, solutions) with Pagefind,
 * one index per `<html lang>`, adding each error's code terms and result
 * metadata to the indexed copy, and writes the per-locale direct-answer code
 * maps to `search/codes-{path}.json`. The output dir is `dist/`, or `$ATLAS_DIST`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import * as pagefind from "pagefind";
import type { ErrorRecord } from "../corpus/records.ts";
import { type SiteLocale, siteLocales } from "../i18n/locales.ts";
import { entityHref } from "../i18n/urls.ts";
import { readContent } from "../loaders/read-content.ts";
import { buildCodeMap, type CodeMapInput } from "./code-map.ts";
import { codeSearchTerms } from "./code-terms.ts";
import { type EntityPage, entityPageFromPath } from "./entity-path.ts";
import { searchStringsFor } from "./i18n.ts";
import { type PageSearchInfo, preparePageForIndex } from "./prepare-page.ts";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(root, process.env.ATLAS_DIST ?? "dist");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name === "index.html")
    .map((d) => relative(dist, join(d.parentPath, d.name)));
}

const { corpus } = readContent({ root });
const localeByPath = new Map(siteLocales.map((l) => [l.path, l]));
const key = (locale: string, kind: string, id: string) => `${locale}|${kind}|${id}`;
const errors = new Map(corpus.errors.map((e) => [key(e.locale, "error", e.id), e]));
const entities = new Map(
  [...corpus.errors, ...corpus.causes, ...corpus.solutions].map((e) => [key(e.locale, e.kind, e.id), e.locales] as const),
);

function searchInfo(page: EntityPage, locale: string): PageSearchInfo {
  const locales = entities.get(key(locale, page.kind, page.id)) ?? [];
  const error = errors.get(key(locale, "error", page.id));
  if (!error) return { kind: page.kind, codes: [], message: "", terms: [], sectionIds: [], locales };
  return {
    kind: "error",
    locales,
    codes: error.codes,
    message: error.message,
    terms: codeSearchTerms(error.codes, error.aliases),
    sectionIds: error.blocks.map((b) => b.ref),
  };
}

if (!existsSync(dist)) {
  console.error(`search: ${dist} does not exist. Run \`astro build\` first (or set ATLAS_DIST to the built site).`);
  process.exit(1);
}

const { index, errors: createErrors } = await pagefind.createIndex({});
if (!index) throw new Error(`search: Pagefind could not start: ${createErrors.join("; ")}`);

const counts = new Map<string, number>();
const skipped: string[] = [];
for (const file of htmlFiles(dist)) {
  const page = entityPageFromPath(file);
  if (!page) continue;
  const locale = localeByPath.get(page.localePath);
  // Fallback pages (an entity shown where its locale lacks it) would duplicate the English result.
  if (!locale || !entities.has(key(locale.code, page.kind, page.id))) {
    skipped.push(page.url);
    continue;
  }
  const html = readFileSync(join(dist, file), "utf8");
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  if (lang !== locale.tag) console.warn(`search: ${page.url} has <html lang="${lang}">, expected "${locale.tag}"`);
  const result = await index.addHTMLFile({ url: page.url, content: preparePageForIndex(html, searchInfo(page, locale.code)) });
  if (result.errors.length) throw new Error(`search: indexing ${page.url} failed: ${result.errors.join("; ")}`);
  counts.set(locale.tag.toLowerCase(), (counts.get(locale.tag.toLowerCase()) ?? 0) + 1);
}
const written = await index.writeFiles({ outputPath: join(dist, "pagefind") });
if (written.errors.length) throw new Error(`search: writing the index failed: ${written.errors.join("; ")}`);
await pagefind.close();

/** What a locale's code map says about an error: the page a reader of that locale is sent to (its own, or the English fallback). */
function codeMapEntry(error: ErrorRecord, reader: SiteLocale): CodeMapInput {
  return {
    id: error.id,
    url: entityHref("errors", error.id, error.locales, reader),
    codes: error.codes,
    // Aliases seen in any locale: a Russian corrupted code pasted on the Italian site still finds the error.
    aliases: [...new Set(corpus.errors.filter((e) => e.id === error.id).flatMap((e) => e.aliases))],
    message: error.message,
    locale: error.locale,
  };
}

mkdirSync(join(dist, "search"), { recursive: true });
const localeList = siteLocales.map(({ code, path, tag, name, nameInText }) => ({ code, path, tag, name, nameInText }));
for (const locale of siteLocales) {
  const own = corpus.errors.filter((e) => e.locale === locale.code);
  const ownIds = new Set(own.map((e) => e.id));
  const english = corpus.errors.filter((e) => e.locale === "en" && !ownIds.has(e.id));
  const map = buildCodeMap(
    locale.code,
    [...own, ...english].map((e) => codeMapEntry(e, locale)),
    { strings: searchStringsFor(locale.code), locales: localeList },
  );
  writeFileSync(join(dist, "search", `codes-${locale.path}.json`), JSON.stringify(map));
}

const summary = [...counts].map(([lang, n]) => `${lang} ${n}`).join(", ");
console.log(
  `search: indexed ${summary || "no pages"} → ${relative(root, written.outputPath)}; code maps → ${relative(root, join(dist, "search"))}`,
);
if (!counts.size) console.warn("search: no entity pages found (errors/causes/solutions with data-pagefind-body): the index is empty.");
if (skipped.length) console.log(`search: not indexed (no such entity in that locale): ${skipped.length} fallback page(s)`);
