import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pMap from "p-map";
import * as pagefind from "pagefind";
import { kindPath } from "../corpus/entities.ts";
import { defaultLocale, localeByCode, type SiteLocale, siteLocales } from "../i18n/locales.ts";
import { entityHref, entityUrl } from "../i18n/urls.ts";
import { buildCodeMap, type CodeMapInput } from "../search/code-map.ts";
import { codeSearchTerms } from "../search/code-terms.ts";
import { searchStringsFor } from "../search/i18n.ts";
import { type PageSearchInfo, preparePageForIndex } from "../search/prepare-page.ts";
import type { BuildManifest, ManifestEntity } from "./build-manifest.ts";

/** Pages handed to Pagefind before the next one waits for an answer. */
const PAGES_IN_FLIGHT = 16;

/** What the search step did, for the build log and the bench. */
export interface SearchIndexResult {
  /** Pages indexed per `<html lang>`. */
  counts: Map<string, number>;
  outputPath: string;
}

function searchInfo(entity: ManifestEntity): PageSearchInfo {
  return {
    kind: entity.kind,
    locales: entity.locales,
    codes: entity.codes,
    message: entity.message,
    terms: entity.kind === "error" ? codeSearchTerms(entity.codes, entity.aliases) : [],
    sectionIds: entity.sectionIds,
  };
}

/**
 * Indexes every entity page of the corpus (errors, causes, solutions in each
 * locale that has them; never the English fallback variants) with Pagefind,
 * one index per language. Pages are found from the records, not from `dist/`
 * paths: the built file is read only for the text a reader sees.
 */
export async function writeSearchIndex(dist: string, manifest: BuildManifest): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search: Pagefind could not start: ${errors.join("; ")}`);
  const counts = new Map<string, number>();
  const pages = manifest.entities.flatMap((entity) => {
    const locale = localeByCode(entity.locale);
    return locale ? [{ entity, locale }] : [];
  });
  // A bounded number of pages in flight: Pagefind works while the next pages are read and prepared, and
  // memory stays flat however many pages there are (queueing every page at once held them all in memory).
  await pMap(
    pages,
    async ({ entity, locale }) => {
      const url = entityUrl(kindPath[entity.kind], locale.path, entity.id);
      const html = readFileSync(join(dist, decodeURI(url), "index.html"), "utf8");
      const result = await index.addHTMLFile({ url, content: preparePageForIndex(html, searchInfo(entity)) });
      if (result.errors.length) throw new Error(`search: indexing ${url} failed: ${result.errors.join("; ")}`);
      counts.set(locale.tag.toLowerCase(), (counts.get(locale.tag.toLowerCase()) ?? 0) + 1);
    },
    { concurrency: PAGES_IN_FLIGHT },
  );
  const written = await index.writeFiles({ outputPath: join(dist, "pagefind") });
  if (written.errors.length) throw new Error(`search: writing the index failed: ${written.errors.join("; ")}`);
  await pagefind.close();
  return { counts, outputPath: written.outputPath };
}

/**
 * The per-locale direct-answer files (`/search/codes-{path}.json`): every
 * error of the locale, then those only English has (linked to the reader's
 * English fallback). Aliases seen in any locale count: a Russian corrupted
 * code pasted on the Italian site still finds the error.
 */
export function writeCodeMaps(dist: string, manifest: BuildManifest): void {
  const errors = manifest.entities.filter((e) => e.kind === "error");
  const aliasesOf = new Map<string, Set<string>>();
  for (const e of errors) {
    const set = aliasesOf.get(e.id) ?? new Set<string>();
    for (const a of e.aliases) set.add(a);
    aliasesOf.set(e.id, set);
  }
  const entry = (error: ManifestEntity, reader: SiteLocale): CodeMapInput => ({
    id: error.id,
    url: entityHref("errors", error.id, error.locales, reader),
    codes: error.codes,
    aliases: [...(aliasesOf.get(error.id) ?? [])],
    message: error.message,
    locale: error.locale,
  });
  mkdirSync(join(dist, "search"), { recursive: true });
  const localeList = siteLocales.map(({ code, path, tag, name, nameInText }) => ({ code, path, tag, name, nameInText }));
  for (const locale of siteLocales) {
    const own = errors.filter((e) => e.locale === locale.code);
    const ownIds = new Set(own.map((e) => e.id));
    const english = errors.filter((e) => e.locale === defaultLocale.code && !ownIds.has(e.id));
    const map = buildCodeMap(
      locale.code,
      [...own, ...english].map((e) => entry(e, locale)),
      { strings: searchStringsFor(locale.code), locales: localeList },
    );
    writeFileSync(join(dist, "search", `codes-${locale.path}.json`), JSON.stringify(map));
  }
}
