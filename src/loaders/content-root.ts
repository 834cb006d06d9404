import { existsSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";

/** Where the sources are, and which of them to consider. */
export interface ContentOptions {
  /** Content root, absolute or relative to the project root; default `content`. */
  contentDir?: string | undefined;
  /** Globs (relative to the content root) a source must match to be read; default: every `.md`. */
  include?: readonly string[] | undefined;
  /** Globs (relative to the content root) of sources never read. */
  exclude?: readonly string[] | undefined;
}

/** One candidate source file and the locale folder it sits in. */
export interface SourceFile {
  path: string;
  /** Name of the top-level folder (`it`, `pt-PT`, `it-it`): a locale hint for sources without one. */
  localeFolder: string;
}

/** Folder of the project's own includes: `<root>/includes/<locale>/<name>.md`. */
export const INCLUDES = "includes";

/**
 * The content root: `ATLAS_CONTENT` (relative to the working directory) wins
 * over the integration's `contentDir` (relative to the project root); the
 * default is `<project>/content`.
 */
export function resolveContentDir(projectRoot: string, option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.ATLAS_CONTENT?.trim();
  if (fromEnv) return resolve(env.INIT_CWD ?? process.cwd(), fromEnv);
  return resolve(projectRoot, option ?? "content");
}

const isDir = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

function markdownUnder(dir: string, recursive: boolean): string[] {
  if (!isDir(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return recursive && d.name !== INCLUDES && d.name !== "media" ? markdownUnder(path, true) : [];
    return d.isFile() && d.name.toLowerCase().endsWith(".md") ? [path] : [];
  });
}

/**
 * Candidate sources under a content root, in either layout:
 *
 * - this project's: `<root>/<locale>/<slug>.md`;
 * - a DocFX repository's, one tree per locale: `<root>/<locale>/articles/<area>/<slug>.md`.
 *
 * Includes (`<root>/includes/`, `<root>/<locale>/includes/`) are never sources.
 * Whether a candidate is a troubleshooting article is decided after parsing,
 * by its structure.
 */
export function listSourceFiles(contentDir: string, options: ContentOptions = {}): SourceFile[] {
  if (!isDir(contentDir)) return [];
  const included = options.include?.length ? picomatch([...options.include], { dot: true }) : () => true;
  const excluded = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : () => false;
  const files: SourceFile[] = [];
  for (const d of readdirSync(contentDir, { withFileTypes: true })) {
    if (!d.isDirectory() || d.name === INCLUDES || d.name.startsWith(".")) continue;
    const folder = join(contentDir, d.name);
    const docfx = join(folder, "articles");
    const paths = isDir(docfx) ? markdownUnder(docfx, true) : markdownUnder(folder, false);
    for (const path of paths) {
      const rel = relative(contentDir, path).split(sep).join("/");
      if (included(rel) && !excluded(rel)) files.push({ path, localeFolder: d.name });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Folders that may hold an include, most specific first: the project's
 * `<root>/includes/<locale>/` (and its English fallback), then a DocFX tree's
 * `<root>/<locale folder>/includes/`.
 */
export function includeDirs(contentDir: string, locale: string, fallback: string): string[] {
  const dirs = [join(contentDir, INCLUDES, locale), join(contentDir, INCLUDES, fallback)];
  if (isDir(contentDir)) {
    for (const d of readdirSync(contentDir, { withFileTypes: true })) {
      if (!d.isDirectory()) continue;
      const name = d.name.toLowerCase();
      if (name === locale.toLowerCase() || name.startsWith(`${locale.toLowerCase()}-`)) dirs.push(join(contentDir, d.name, INCLUDES));
    }
  }
  return dirs.filter(isDir);
}

/** Whether `path` lies inside `dir`. */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}
