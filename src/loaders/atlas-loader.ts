import type { Loader } from "astro/loaders";
import type { CorpusDocument } from "../corpus/records.ts";
import { atlasOptions } from "../integrations/options.ts";
import { type ContentOptions, isInside, resolveContentDir } from "./content-root.ts";
import { fatalDiagnostics, formatAll, summarize } from "./diagnostics-report.ts";
import { contentDigest, readContent } from "./read-content.ts";

type CollectionName = "errors" | "causes" | "solutions" | "articles" | "diagnostics";

/** Parses the sources once and prints the diagnostics summary. */
function corpusFor(root: string, options: ContentOptions, logger: { info(m: string): void; warn(m: string): void }): CorpusDocument {
  const { corpus } = readContent({ root, ...options });
  const shown = corpus.diagnostics.filter((d) => d.severity !== "info");
  logger.info(`content: ${corpus.articles.length} article(s), ${corpus.errors.length} error page(s); ${summarize(corpus.diagnostics)}`);
  if (shown.length) logger.warn(`\n${formatAll(shown)}`);
  return corpus;
}

/** Throws on build-failing diagnostics: errors always, warnings too when `ATLAS_STRICT=1`. */
function assertBuildable(corpus: CorpusDocument): void {
  const strict = process.env.ATLAS_STRICT === "1";
  const fatal = fatalDiagnostics(corpus.diagnostics, strict);
  if (fatal.length) {
    throw new Error(
      `Content has ${fatal.length} ${strict ? "error(s) or warning(s) (strict mode)" : "error(s)"}:\n${formatAll(fatal)}\nFix the source at the place shown (see design.md, "Bad input").`,
    );
  }
}

// One parse per content digest, shared by the collections.
const pending = new Map<string, Promise<CorpusDocument>>();
// Dev server watchers we already listen to (one listener each, not one per load).
const watched = new WeakSet<object>();

/**
 * Content-layer loader over the parser: one collection of the corpus
 * (errors, causes, solutions, articles, diagnostics). Entries are keyed
 * `locale/id`. When no source, include or parsing module changed since the
 * last load, nothing is parsed; otherwise entries whose data is unchanged are
 * not rewritten.
 */
export function atlasLoader(collection: CollectionName): Loader {
  return {
    name: `atlas-${collection}`,
    async load({ store, meta, parseData, generateDigest, logger, watcher, config }) {
      const root = new URL(".", config.root).pathname;
      const options = atlasOptions();
      // Sources, includes and the parsing code unchanged since the stored entries were made: keep them.
      const digest = contentDigest(root, options);
      if (meta.get("content-digest") === digest && store.keys().length > 0) {
        logger.info(`content unchanged; ${store.keys().length} ${collection} entries kept`);
        return;
      }
      if (!pending.has(digest))
        pending.set(
          digest,
          Promise.resolve().then(() => corpusFor(root, options, logger)),
        );
      const corpus = (await pending.get(digest)) as CorpusDocument;
      assertBuildable(corpus);
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
          if (isInside(resolveContentDir(root, options.contentDir), path)) pending.clear();
        });
      }
    },
  };
}
