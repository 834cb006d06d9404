/**
 * `npm run bench -- --scale N`: builds a synthetic corpus N times the real one
 * (scripts/bench-scale/synthesize.ts, under a temporary folder), cold, through
 * `ATLAS_CONTENT`, and prints entity pages, wall time, the time per 1,000
 * pages of each stage (load = parse + render the corpus, pages = Astro's page
 * generation, index = search index, code maps and sitemap), peak RSS, the
 * bytes of dist/, of the search index, of Astro's content data store and of
 * the HTML fragments kept out of it, and the growth against N = 1.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { readContent } from "../src/loaders/read-content.ts";
import { synthesize } from "./bench-scale/synthesize.ts";

interface Figures {
  scale: number;
  entityPages: number;
  pages: number;
  wallMs: number;
  loadMs: number;
  /** Vite/Rolldown bundling (the server build holds Astro's data store). */
  bundleMs: number;
  renderMs: number;
  indexMs: number;
  peakRssKb: number;
  distBytes: number;
  indexBytes: number;
  /** Astro's content data store (bundled whole by the build) and the HTML fragments kept out of it. */
  storeBytes: number;
  fragmentBytes: number;
}

const root = resolve(import.meta.dirname, "..");

function bytesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .reduce((n, d) => n + statSync(join(d.parentPath, d.name)).size, 0);
}

/** Builds N copies cold and reads the stage times from the build's own log lines. */
function run(scale: number): Figures {
  const work = mkdtempSync(join(tmpdir(), `atlas-bench-${scale}-`));
  const content = join(work, "content");
  const dist = join(work, "dist");
  synthesize(join(root, "content"), readContent({ root }).corpus, scale, content);
  // Cold: no content cache from an earlier build.
  const cache = join(root, "node_modules", ".astro");
  rmSync(cache, { recursive: true, force: true });
  const started = performance.now();
  const build = spawnSync("/usr/bin/time", ["-f", "peak-rss-kb %M", "npx", "astro", "build", "--outDir", dist], {
    cwd: root,
    env: { ...process.env, ATLAS_CONTENT: content, ATLAS_STRICT: "" },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const wallMs = performance.now() - started;
  const log = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) throw new Error(`bench: build at scale ${scale} failed:\n${log.slice(-4000)}`);
  const num = (re: RegExp): number => Number(re.exec(log)?.[1] ?? Number.NaN);
  const routes = /generating static routes[\s\S]*?Completed in ([\d.]+)(ms|s|m)\b/.exec(log);
  const unit = { ms: 1, s: 1000, m: 60_000 } as const;
  const figures: Figures = {
    scale,
    entityPages: num(/search: indexed ([^;]+);/) || 0,
    pages: num(/(\d+) page\(s\) built/),
    wallMs,
    loadMs: num(/content parsed and rendered in (\d+) ms/),
    bundleMs: [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s|m)\b/g)].reduce(
      (n, m) => n + Number(m[1]) * unit[m[2] as keyof typeof unit],
      0,
    ),
    renderMs: routes ? Number(routes[1]) * unit[routes[2] as keyof typeof unit] : Number.NaN,
    indexMs: num(/sitemap written \((\d+) ms\)/),
    peakRssKb: num(/peak-rss-kb (\d+)/),
    distBytes: bytesUnder(dist),
    indexBytes: bytesUnder(join(dist, "pagefind")),
    storeBytes: statSync(join(cache, "data-store.json"), { throwIfNoEntry: false })?.size ?? 0,
    fragmentBytes: bytesUnder(join(cache, "error-atlas", "html")),
  };
  const indexed = /search: indexed ([^;]+);/.exec(log)?.[1] ?? "";
  figures.entityPages = [...indexed.matchAll(/ (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
  rmSync(work, { recursive: true, force: true });
  return figures;
}

const perK = (ms: number, pages: number): string => `${(((ms / pages) * 1000) / 1000).toFixed(2)} s`;
const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;

function print(f: Figures, base?: Figures): void {
  const growth = (a: number, b?: number): string => (b ? ` (×${(a / b).toFixed(1)} vs N=1)` : "");
  console.log(`\nN = ${f.scale}: ${f.entityPages} entity pages, ${f.pages} pages in all`);
  console.log(`  wall time (cold astro build)     ${(f.wallMs / 1000).toFixed(1)} s${growth(f.wallMs, base?.wallMs)}`);
  console.log(
    `  per 1,000 entity pages           load ${perK(f.loadMs, f.entityPages)}, pages ${perK(f.renderMs, f.entityPages)}, index ${perK(f.indexMs, f.entityPages)}`,
  );
  console.log(
    `  stage totals                     load ${(f.loadMs / 1000).toFixed(1)} s, bundle ${(f.bundleMs / 1000).toFixed(1)} s, pages ${(f.renderMs / 1000).toFixed(1)} s, index ${(f.indexMs / 1000).toFixed(1)} s`,
  );
  console.log(`  peak RSS (largest process)       ${mb(f.peakRssKb * 1024)}${growth(f.peakRssKb, base?.peakRssKb)}`);
  console.log(`  dist/                            ${mb(f.distBytes)}${growth(f.distBytes, base?.distBytes)}`);
  console.log(`  search index (dist/pagefind/)    ${mb(f.indexBytes)}${growth(f.indexBytes, base?.indexBytes)}`);
  console.log(`  content data store / HTML kept out of it  ${mb(f.storeBytes)} / ${mb(f.fragmentBytes)}`);
}

/** Runs the scale bench when `--scale N` is given; returns false otherwise. */
export function runScaleBench(argv: readonly string[]): boolean {
  const at = argv.indexOf("--scale");
  if (at < 0) return false;
  const scale = Number(argv[at + 1]);
  if (!Number.isInteger(scale) || scale < 1) throw new Error("bench: --scale takes a whole number ≥ 1");
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${mb(totalmem())} RAM; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} (shared machine: quote medians of several runs)`,
  );
  const base = scale > 1 ? run(1) : undefined;
  if (base) print(base);
  print(run(scale), base);
  return true;
}
