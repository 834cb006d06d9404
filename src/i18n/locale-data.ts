import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { z } from "astro/zod";
import { resolveContentDir } from "../loaders/content-root.ts";

/**
 * Every language of the site is data: an entry in `i18n/locales.json` and one
 * strings file per UI folder, named by the locale code (`i18n/ui/de-DE.json`,
 * `search/ui/de-DE.json`). Nothing in code names a locale.
 *
 * The data is read from the project's `src/` and, first, from `.atlas/` in the
 * content root (same paths): a docs tree may bring its own languages. There,
 * `i18n/locales.json` replaces the project's list, and each strings file
 * overrides the project's strings key by key.
 */

/** Paths of the locale data, relative to a data root. */
export const LOCALES_FILE = "i18n/locales.json";
export const STRINGS_DIRS = { site: "i18n/ui", search: "search/ui" } as const;
export type StringsKind = keyof typeof STRINGS_DIRS;

/** Folder of a content root that may hold locale data. */
export const CONTENT_LOCALE_DATA = ".atlas";

const localeSchema = z
  .object({
    code: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "a BCP 47 tag such as `de-DE`"),
    path: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a lowercase URL segment such as `de-de`"),
    tag: z.string().min(2),
    name: z.string().min(1),
    nameInText: z.string().min(1),
    learn: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/),
    dir: z.enum(["ltr", "rtl"]),
    sourceTags: z.array(z.string().min(2)).min(1),
  })
  .strict();

export type LocaleEntry = z.infer<typeof localeSchema>;
export type Strings = Record<string, string>;

export interface LocaleData {
  /** The site locales in order; the first is the default (source language and fallback). */
  locales: LocaleEntry[];
  /** Strings per kind, per locale code, for exactly the listed locales. */
  strings: Record<StringsKind, Record<string, Strings>>;
  /** The files read, for messages and cache keys. */
  files: string[];
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function parseLocales(file: string): LocaleEntry[] {
  const parsed = z.array(localeSchema).min(1).safeParse(readJson(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "not a list of locales"}`);
  }
  for (const key of ["code", "path"] as const) {
    const seen = new Set<string>();
    for (const locale of parsed.data) {
      const value = locale[key].toLowerCase();
      if (seen.has(value)) throw new Error(`${file}: two locales have the ${key} "${locale[key]}"`);
      seen.add(value);
    }
  }
  return parsed.data;
}

function parseStrings(file: string): Strings {
  const data = readJson(file);
  const parsed = z.record(z.string(), z.string()).safeParse(data);
  if (!parsed.success) throw new Error(`${file}: expected an object of strings`);
  return parsed.data;
}

/** Locale data from data roots, most specific first (the content root's `.atlas/`, then the project's `src/`). */
export function readLocaleData(roots: readonly string[]): LocaleData {
  const files: string[] = [];
  const listFile = roots.map((root) => join(root, LOCALES_FILE)).find((file) => existsSync(file));
  if (!listFile) throw new Error(`No ${LOCALES_FILE} in ${roots.join(", ")}`);
  files.push(listFile);
  const locales = parseLocales(listFile);
  const strings = { site: {}, search: {} } as Record<StringsKind, Record<string, Strings>>;
  for (const kind of Object.keys(STRINGS_DIRS) as StringsKind[]) {
    const byCode = new Map<string, Strings>();
    // Least specific first, so a more specific root overrides key by key.
    for (const root of [...roots].reverse()) {
      const dir = join(root, STRINGS_DIRS[kind]);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)
        .filter((n) => n.endsWith(".json"))
        .sort()) {
        const file = join(dir, name);
        files.push(file);
        const code = basename(name, ".json");
        byCode.set(code, { ...byCode.get(code), ...parseStrings(file) });
      }
    }
    for (const locale of locales) {
      const found = byCode.get(locale.code);
      if (!found) {
        throw new Error(`${listFile}: locale "${locale.code}" has no ${STRINGS_DIRS[kind]}/${locale.code}.json (in ${roots.join(" or ")})`);
      }
      strings[kind][locale.code] = found;
    }
  }
  return { locales, strings, files };
}

/**
 * The data roots of this build: `<content root>/.atlas/` when it exists, then
 * `<project>/src/`. The project root is the working directory, as for Astro
 * (every npm script runs there); the content root is `ATLAS_CONTENT` or `content/`.
 */
export function localeDataRoots(projectRoot: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string[] {
  const fromContent = join(resolveContentDir(projectRoot, undefined, env), CONTENT_LOCALE_DATA);
  const roots = [resolve(projectRoot, "src")];
  return existsSync(fromContent) ? [fromContent, ...roots] : roots;
}
