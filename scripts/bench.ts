/**
 * `npm run bench`: runs every `scripts/bench/*.ts` in name order on the built
 * site (`dist/`, built first when missing). Each module exports
 * `async function run(ctx)` and prints its own figures; nothing is timed here.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { runScaleBench } from "./bench-scale.ts";

/** What every bench module receives. */
export interface BenchContext {
  /** Project root. */
  root: string;
  /** The built site. */
  dist: string;
}

const root = resolve(import.meta.dirname, "..");

// `--scale N`: the synthetic-corpus build bench instead of the page and search benches.
if (runScaleBench(process.argv.slice(2))) process.exit(0);
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(root, "dist");

if (!existsSync(join(dist, "index.html"))) {
  console.log(`bench: no built site in ${dist}; building it first (astro build)`);
  const build = spawnSync("npx", ["astro", "build", "--outDir", dist], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dir = join(root, "scripts", "bench");
const modules = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .sort();
const ctx: BenchContext = { root, dist };
for (const file of modules) {
  console.log(`\n=== bench: ${file}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: (c: BenchContext) => Promise<void> };
  if (typeof mod.run !== "function") throw new Error(`${file} does not export run(ctx)`);
  await mod.run(ctx);
}
