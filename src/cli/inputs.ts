import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { listSourceFiles } from "../loaders/content-root.ts";

/** What `npm run parse` was asked to do. */
export interface ParseArgs {
  json: boolean;
  strict: boolean;
  /** Locale for sources whose front matter names none (`--locale xx-YY`). */
  locale: string | null;
  /** Files and directories, resolved against the caller's working directory. */
  paths: string[];
}

export class UsageError extends Error {}

/** Reads `[--json] [--strict] [--locale xx-YY] FILE|DIR…`. */
export function parseArgs(argv: readonly string[], cwd: string): ParseArgs {
  const out: ParseArgs = { json: false, strict: false, locale: null, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") out.json = true;
    else if (arg === "--strict") out.strict = true;
    else if (arg === "--locale" || arg.startsWith("--locale=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!value || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value))
        throw new UsageError(`--locale expects a BCP 47 tag such as xx-YY, got ${JSON.stringify(value ?? "")}.`);
      out.locale = value;
    } else if (arg.startsWith("--")) throw new UsageError(`Unknown option ${arg}.`);
    else out.paths.push(resolve(cwd, arg));
  }
  return out;
}

/**
 * The Markdown files named by the arguments: files as given; a directory
 * read as a content root (`<locale>/<slug>.md` or a DocFX tree
 * `<locale>/articles/<area>/<slug>.md`), else walked for `.md` files,
 * `includes` folders left out (they are fragments, not articles). A path
 * that does not exist is a usage error. Files found in directories are
 * returned apart: only those that turn out to be troubleshooting articles
 * are kept.
 */
export function expandInputs(paths: readonly string[], cwd = process.cwd()): { named: string[]; found: string[] } {
  const named: string[] = [];
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "includes" && !entry.name.startsWith(".") && entry.name !== "node_modules") walk(path);
      } else if (entry.name.endsWith(".md")) files.push(path);
    }
  };
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`${relative(cwd, path) || path} does not exist.`);
    if (!statSync(path).isDirectory()) named.push(path);
    else {
      const sources = listSourceFiles(path).map((f) => f.path);
      if (sources.length) files.push(...sources);
      else walk(path);
    }
  }
  return { named: [...new Set(named)], found: [...new Set(files)].filter((f) => !named.includes(f)) };
}
