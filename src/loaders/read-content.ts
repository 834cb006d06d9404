import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { buildCorpus } from "../corpus/build-corpus.ts";
import type { CorpusDocument } from "../corpus/records.ts";
import { useTranslations } from "../i18n/i18n.ts";
import { adHocLocale, defaultLocale, siteLocaleForTag, siteLocales } from "../i18n/locales.ts";
import { type GuardedOptions, parseGuarded } from "../parser/parse-guarded.ts";
import type { ParseOptions } from "../parser/parse-source.ts";
import type { Diagnostic, ParsedSource } from "../parser/types.ts";
import { type ContentOptions, includeDirs, listSourceFiles, resolveContentDir } from "./content-root.ts";
import { processing } from "./internal-error.ts";

/** Ids the page chrome uses (all chrome ids start with `ea-`); cause blocks use cause ids. */
export const RESERVED_IDS = ["ea-main", "ea-top"] as const;

export interface ReadOptions extends ContentOptions {
  /** Project root (file names in diagnostics are relative to it; `content/` by default under it). */
  root: string;
  /** Extra source files to parse alongside the content root (the CLI's arguments). */
  extraFiles?: string[];
  /** Accept locales the site does not publish (the CLI does; the build does not). */
  allowUnknownLocales?: boolean;
  /** Strict mode (`ATLAS_STRICT=1`): invalid bytes in a source are errors, not warnings. */
  strict?: boolean;
}

/** Article sources of the content root (either layout), includes excluded. */
export function listSources(root: string, options: ContentOptions = {}): string[] {
  return listSourceFiles(resolveContentDir(root, options.contentDir), options).map((f) => f.path);
}

function includeReader(contentDir: string) {
  const english = includeDirs(contentDir, defaultLocale.code, defaultLocale.code);
  const names = [
    ...new Set(
      english.flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => f.endsWith(".md"))
          .map((f) => f.replace(/\.md$/, "")),
      ),
    ),
  ];
  const cache = new Map<string, RootContent[] | null>();
  const read = (name: string, locale: string): RootContent[] | null => {
    const key = `${locale}/${name}`;
    if (!cache.has(key)) {
      const dirs = [...includeDirs(contentDir, locale, defaultLocale.code), ...english];
      const file = dirs.map((dir) => join(dir, `${name}.md`)).find(existsSync);
      const parse = (path: string) => unified().use(remarkParse).use(remarkGfm).parse(readFileSync(path, "utf8")).children as RootContent[];
      cache.set(key, file ? processing(file, () => parse(file)) : null);
    }
    return cache.get(key) ?? null;
  };
  return { names, read };
}

/**
 * Troubleshooting articles are told by structure: a source that parsed
 * cleanly but holds no error section is not one (a DocFX tree is mostly other
 * articles). It is left out with a note, never silently.
 */
function isTroubleshooting(source: ParsedSource): boolean {
  return source.errors.length > 0 || source.diagnostics.some((d) => d.severity === "error");
}

function skipped(source: ParsedSource): Diagnostic {
  return {
    file: source.file,
    line: source.heading?.line ?? 1,
    column: source.heading?.column ?? 1,
    severity: "info",
    code: "article-skipped",
    message: "No error section found (no heading with a code line); not a troubleshooting article, so it was left out.",
  };
}

/**
 * Parses source files as the build does: labelled relative to the root, with
 * the content root's includes; `extra.strict` makes invalid bytes errors. An
 * unexpected exception names the file it happened in.
 */
export function parseFiles(
  root: string,
  paths: readonly string[],
  extra: Partial<ParseOptions> & Pick<GuardedOptions, "strict"> = {},
  options: ContentOptions = {},
): ParsedSource[] {
  const includes = includeReader(resolveContentDir(root, options.contentDir));
  return paths.map((path) => {
    const file = relative(root, path) || path;
    return processing(file, () => parseGuarded(readFileSync(path), { file, knownIncludes: includes.names, ...extra }));
  });
}

/** The cross-locale corpus of parsed sources, with the content root's includes and the alert labels. */
export function corpusFrom(
  root: string,
  parsed: readonly ParsedSource[],
  allowUnknownLocales = false,
  options: ContentOptions = {},
): CorpusDocument {
  const includes = includeReader(resolveContentDir(root, options.contentDir));
  return buildCorpus(parsed, {
    canonical: defaultLocale.code,
    localeOf: (tag) => siteLocaleForTag(tag) ?? (allowUnknownLocales ? adHocLocale(tag) : null),
    include: includes.read,
    alertLabel: (kind, locale) => useTranslations(locale)(`callout.${kind}` as "callout.note"),
    headingLinkLabel: (title, locale) => useTranslations(locale)("anchor.label", { title }),
    reservedIds: RESERVED_IDS,
    fallbackOrder: siteLocales.map((l) => l.code),
  });
}

/** Parses every source (and any extra files) and builds the cross-locale corpus. */
export function readContent(options: ReadOptions): { corpus: CorpusDocument; parsed: ParsedSource[]; inputs: string[] } {
  const files = [...new Set([...listSources(options.root, options), ...(options.extraFiles ?? [])])];
  const parsed = parseFiles(options.root, files, { strict: options.strict ?? false }, options);
  const articles = parsed.filter(isTroubleshooting);
  const contentDir = relative(options.root, resolveContentDir(options.root, options.contentDir)) || ".";
  const corpus = processing(`${contentDir}/ (building the corpus)`, () =>
    corpusFrom(options.root, articles, options.allowUnknownLocales, options),
  );
  corpus.diagnostics.push(...parsed.filter((p) => !isTroubleshooting(p)).map(skipped));
  return { corpus, parsed, inputs: files };
}

/** Every file the records are made from: the sources, the includes, and the code and data that turn them into records. */
function recordInputs(root: string, contentDir: string): string[] {
  const walk = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]))
      : [];
  return [
    contentDir,
    ...["src/parser", "src/render", "src/corpus", "src/loaders", "src/integrations", "src/i18n"].map((d) => join(root, d)),
  ]
    .flatMap(walk)
    .sort();
}

/** A digest of everything the corpus depends on (strict mode too: it changes byte diagnostics): unchanged means the stored entries are still right. */
export function contentDigest(root: string, options: ContentOptions & { strict?: boolean } = {}): string {
  const contentDir = resolveContentDir(root, options.contentDir);
  const hash = createHash("sha256");
  hash.update(JSON.stringify([contentDir, options.include ?? [], options.exclude ?? [], options.strict ?? false]));
  for (const file of recordInputs(root, contentDir)) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}
