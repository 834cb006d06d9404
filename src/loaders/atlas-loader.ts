import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Loader } from "astro/loaders";
import type { CorpusEntries } from "../corpus/records.ts";
import { type BuildManifest, manifestOf, manifestPath, readManifest, writeManifest } from "../integrations/build-manifest.ts";
import { atlasOptions } from "../integrations/options.ts";
import type { Diagnostic } from "../parser/types.ts";
import { isInside, resolveContentDir } from "./content-root.ts";
import { assertBuildable, reportDiagnostics } from "./diagnostics-report.ts";
import { fragmentDir, storeFragments } from "./html-fragments.ts";
import { armOnInternalDiagnostics, asBuildError } from "./internal-error.ts";
import { contentDigest, readContent } from "./read-content.ts";

type CollectionName = "errors" | "causes" | "solutions" | "articles" | "diagnostics";
type Logger = { info(m: string): void; warn(m: string): void };

// One parse per cache folder and content digest, shared by the collections: the records with their
// HTML by reference, once the fragments and then the build manifest are written.
const pending = new Map<string, Promise<CorpusEntries>>();
// Keys of `pending` whose files are written.
const settled = new Set<string>();
// Digests whose diagnostics were already listed in this process (once per build, not once per collection).
const listed = new Set<string>();
// Dev server watchers we already listen to (one listener each, not one per load).
const watched = new WeakSet<object>();

/**
 * Lists the diagnostics and applies the strict decision. Runs on every load,
 * whether the entries were parsed now or kept from the cache, so
 * `ATLAS_STRICT=1` and the warnings listing never depend on the cache.
 */
function check(digest: string, diagnostics: readonly Diagnostic[], counts: string, logger: Logger): void {
  if (!listed.has(digest)) {
    listed.add(digest);
    reportDiagnostics(diagnostics, counts, logger);
  }
  armOnInternalDiagnostics(diagnostics);
  assertBuildable(diagnostics);
}

/**
 * Content-layer loader over the parser: one collection of the corpus
 * (errors, causes, solutions, articles, diagnostics). Entries are keyed
 * `locale/id`. When no source, include or parsing module changed since the
 * last load, nothing is parsed; otherwise entries whose data is unchanged are
 * not rewritten. The rendered HTML is written to fragment files, and the
 * entries carry references (html-fragments.ts). Each parse also writes the
 * build manifest the search and sitemap integrations read.
 */
export function atlasLoader(collection: CollectionName): Loader {
  return {
    name: `atlas-${collection}`,
    async load({ store, meta, parseData, generateDigest, logger, watcher, config }) {
      const root = new URL(".", config.root).pathname;
      // Strict mode is part of the options: it decides whether invalid bytes are errors.
      const options = { ...atlasOptions(), strict: process.env.ATLAS_STRICT === "1" };
      const cacheDir = config.cacheDir ?? new URL("node_modules/.astro/", config.root);
      // Sources, includes and the parsing code unchanged since the stored entries were made: keep them.
      const digest = contentDigest(root, options);
      const html = fragmentDir(cacheDir);
      const kept: BuildManifest | null =
        meta.get("content-digest") === digest && store.keys().length > 0 && existsSync(html) ? readManifest(cacheDir) : null;
      if (kept?.digest === digest) {
        check(digest, kept.diagnostics, `content: ${kept.articles.length} article(s), unchanged`, logger);
        logger.info(`content unchanged; ${store.keys().length} ${collection} entries kept`);
        return;
      }
      const key = `${cacheDir.href}\0${digest}`;
      // Written by this process, then removed (the cache folder was cleared): parse and write them again.
      if (settled.has(key) && !(existsSync(manifestPath(cacheDir)) && existsSync(html))) {
        pending.delete(key);
        settled.delete(key);
      }
      if (!pending.has(key)) {
        pending.set(
          key,
          Promise.resolve()
            .then(() => {
              const started = performance.now();
              const { corpus } = readContent({ root, ...options });
              const parsed = performance.now();
              logger.info(`content parsed and rendered in ${Math.round(parsed - started)} ms`);
              // The HTML goes to fragment files, never to Astro's data store; the manifest last, so that
              // a manifest with this digest means every fragment is written.
              const entries = storeFragments(corpus, html);
              writeManifest(cacheDir, manifestOf(corpus, digest));
              logger.info(`HTML fragments written in ${Math.round(performance.now() - parsed)} ms`);
              settled.add(key);
              return entries;
            })
            // A crash (not a content error) says "internal error" with the file, and the build exits 3.
            .catch((error: unknown) => {
              throw asBuildError(error, options.contentDir ?? "content/");
            }),
        );
      }
      const corpus = (await pending.get(key)) as CorpusEntries;
      check(digest, corpus.diagnostics, `content: ${corpus.articles.length} article(s), ${corpus.errors.length} error page(s)`, logger);
      const records: { id: string; data: Record<string, unknown> }[] =
        collection === "diagnostics"
          ? corpus.diagnostics.map((d, i) => ({ id: String(i).padStart(4, "0"), data: { ...d } }))
          : collection === "articles"
            ? corpus.articles.map((a) => ({ id: a.id, data: { ...a } }))
            : corpus[collection].map((r) => ({ id: `${r.locale}/${r.id}`, data: { ...r } }));
      const keep = new Set(records.map((r) => r.id));
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      for (const record of records) {
        // Entries whose data did not change are not rewritten.
        const entryDigest = generateDigest(record.data);
        if (store.get(record.id)?.digest === entryDigest) continue;
        const data = await parseData({ id: record.id, data: record.data });
        store.set({ id: record.id, data, digest: entryDigest });
      }
      meta.set("content-digest", digest);
      if (watcher && !watched.has(watcher)) {
        watched.add(watcher);
        watcher.on("change", (path) => {
          if (isInside(resolveContentDir(root, options.contentDir), path)) {
            pending.clear();
            settled.clear();
          }
        });
      }
    },
  };
}
