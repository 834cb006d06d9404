import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

/** Repository root (this file lives in tests/e2e/support/). */
export const repoRoot = resolve(import.meta.dirname, "../../..");

/**
 * The built site under test: `$ATLAS_DIST` (absolute, or relative to the repository root), default `dist`.
 * Tests never build; they read this folder and the preview server serves it.
 */
export const distDir = resolve(repoRoot, process.env.ATLAS_DIST ?? "dist");

/** One built HTML page: its file (relative to distDir, `/`-separated) and the URL path it is served at. */
export interface BuiltPage {
  file: string;
  path: string;
}

/** Folders of generated assets that hold no site pages (Pagefind writes its own files). */
const notPages = new Set(["_astro", "pagefind"]);

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!(dir === distDir && notPages.has(name))) walk(full, out);
    } else if (name.endsWith(".html")) {
      out.push(relative(distDir, full).split(sep).join("/"));
    }
  }
  return out;
}

/** URL path a built file is served at: `en/errors/x/index.html` → `/en/errors/x/`, `404.html` → `/404.html`. */
export function pathForFile(file: string): string {
  return file === "index.html" || file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}

let pages: BuiltPage[] | undefined;

/** Every built HTML page, sorted by file name. Fails loudly when there is no build. */
export function builtPages(): BuiltPage[] {
  if (!pages) {
    if (!existsSync(join(distDir, "index.html"))) {
      throw new Error(`No built site in ${distDir}: run \`npm run build\` first (or set ATLAS_DIST to a build).`);
    }
    pages = walk(distDir, []).map((file) => ({ file, path: pathForFile(file) }));
  }
  return pages;
}

/**
 * The built file a URL path resolves to, as a static host serving this folder would: `/a/b/` → `a/b/index.html`,
 * `/a/b.css` → `a/b.css`. A directory page asked for without its trailing slash does not resolve
 * (the site is built with `trailingSlash: "always"`).
 */
export function fileForPath(path: string): string | undefined {
  const rel = decodeURIComponent(path).replace(/^\/+/, "");
  const candidate = rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
  const full = join(distDir, candidate);
  return full.startsWith(distDir) && existsSync(full) && statSync(full).isFile() ? candidate : undefined;
}

/** True when `path` names a built directory page but lacks the trailing slash. */
export function missingTrailingSlash(path: string): boolean {
  return !path.endsWith("/") && fileForPath(`${path}/`) !== undefined;
}
