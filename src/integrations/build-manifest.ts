import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { EntityKind } from "../corpus/entities.ts";
import type { CorpusDocument } from "../corpus/records.ts";
import type { Diagnostic } from "../parser/types.ts";

/** What the search index, the code maps and the sitemap need to know about one entity page. */
export interface ManifestEntity {
  kind: EntityKind;
  id: string;
  locale: string;
  locales: string[];
  /** Errors only: canonical codes, aliases and message. */
  codes: string[];
  aliases: string[];
  message: string;
  /** Ids of the cause and procedure blocks on an error page (search sub-results). */
  sectionIds: string[];
}

/** One article page (current or older revision). */
export interface ManifestArticle {
  slug: string;
  locale: string;
  date: string;
  older: boolean;
}

/**
 * The corpus as the build's post-processing steps need it, written once by the
 * content loader next to Astro's data store: build integrations read it
 * instead of parsing the sources again or guessing identity from `dist/` paths.
 */
export interface BuildManifest {
  /** Digest of the inputs the corpus was built from. */
  digest: string;
  diagnostics: Diagnostic[];
  articles: ManifestArticle[];
  entities: ManifestEntity[];
}

/** The manifest of a corpus. */
export function manifestOf(corpus: CorpusDocument, digest: string): BuildManifest {
  const entity = (r: { kind: EntityKind; id: string; locale: string; locales: string[] }): ManifestEntity => ({
    kind: r.kind,
    id: r.id,
    locale: r.locale,
    locales: r.locales,
    codes: [],
    aliases: [],
    message: "",
    sectionIds: [],
  });
  return {
    digest,
    diagnostics: corpus.diagnostics,
    articles: corpus.articles.map((a) => ({ slug: a.slug, locale: a.locale, date: a.date, older: a.older })),
    entities: [
      ...corpus.errors.map((e) => ({
        ...entity(e),
        codes: e.codes,
        aliases: e.aliases,
        message: e.message,
        sectionIds: e.blocks.map((b) => b.ref),
      })),
      ...corpus.causes.map(entity),
      ...corpus.solutions.map(entity),
    ],
  };
}

/** Where the manifest lives: Astro's cache folder (never `dist/`, never committed). */
export function manifestPath(cacheDir: URL): string {
  return fileURLToPath(new URL("error-atlas/build-manifest.json", cacheDir));
}

export function writeManifest(cacheDir: URL, manifest: BuildManifest): void {
  const path = manifestPath(cacheDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(manifest));
}

/** The manifest the last content load wrote, or null. */
export function readManifest(cacheDir: URL): BuildManifest | null {
  try {
    return JSON.parse(readFileSync(manifestPath(cacheDir), "utf8")) as BuildManifest;
  } catch {
    return null;
  }
}
