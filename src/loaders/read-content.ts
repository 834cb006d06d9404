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
import { adHocLocale, defaultLocale, siteLocaleForTag } from "../i18n/locales.ts";
import { parseSource } from "../parser/parse-source.ts";
import type { ParsedSource } from "../parser/types.ts";

/** Ids the page chrome uses (all chrome ids start with `ea-`); cause blocks use cause ids. */
export const RESERVED_IDS = ["ea-main", "ea-top"] as const;

export interface ReadOptions {
  /** Project root (holds `content/`). */
  root: string;
  /** Extra source files to parse alongside `content/` (the CLI's arguments). */
  extraFiles?: string[];
  /** Accept locales the site does not publish (the CLI does; the build does not). */
  allowUnknownLocales?: boolean;
}

/** Article sources under `content/<locale>/`, skipping `content/includes/`. */
export function listSources(root: string): string[] {
  const dir = join(root, "content");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "includes")
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith(".md"))
        .map((f) => join(dir, d.name, f)),
    )
    .sort();
}

function includeReader(root: string) {
  const dir = join(root, "content", "includes");
  const names = existsSync(join(dir, defaultLocale.code))
    ? readdirSync(join(dir, defaultLocale.code)).map((f) => f.replace(/\.md$/, ""))
    : [];
  const cache = new Map<string, RootContent[] | null>();
  const read = (name: string, locale: string): RootContent[] | null => {
    const key = `${locale}/${name}`;
    if (!cache.has(key)) {
      const file = [join(dir, locale, `${name}.md`), join(dir, defaultLocale.code, `${name}.md`)].find(existsSync);
      cache.set(key, file ? (unified().use(remarkParse).use(remarkGfm).parse(readFileSync(file, "utf8")).children as RootContent[]) : null);
    }
    return cache.get(key) ?? null;
  };
  return { names, read };
}

/** Parses every source (and any extra files) and builds the cross-locale corpus. */
export function readContent(options: ReadOptions): { corpus: CorpusDocument; parsed: ParsedSource[]; inputs: string[] } {
  const includes = includeReader(options.root);
  const files = [...new Set([...listSources(options.root), ...(options.extraFiles ?? [])])];
  const parsed = files.map((path) => {
    const file = relative(options.root, path) || path;
    return parseSource(readFileSync(path, "utf8"), { file, knownIncludes: includes.names });
  });
  const corpus = buildCorpus(parsed, {
    canonical: defaultLocale.code,
    localeOf: (tag) => siteLocaleForTag(tag) ?? (options.allowUnknownLocales ? adHocLocale(tag) : null),
    include: includes.read,
    alertLabel: (kind, locale) => useTranslations(locale)(`callout.${kind}` as "callout.note"),
    reservedIds: RESERVED_IDS,
  });
  return { corpus, parsed, inputs: files };
}

/** Every file the records are made from: the sources, the includes, and the code and data that turn them into records. */
function recordInputs(root: string): string[] {
  const walk = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]))
      : [];
  return ["content", "src/parser", "src/render", "src/corpus", "src/loaders", "src/i18n"].flatMap((d) => walk(join(root, d))).sort();
}

/** A digest of everything the corpus depends on: unchanged means the stored entries are still right. */
export function contentDigest(root: string): string {
  const hash = createHash("sha256");
  for (const file of recordInputs(root)) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}
