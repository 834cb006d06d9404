/**
 * Page weight before any interaction: the HTML plus every stylesheet and
 * script it loads up front (not `import()`ed chunks), each gzipped, per page
 * type, against the error-page budgets: no error page over 15 KB in all or
 * 2 KB of JS (issue 10), and the median error page at or under the first
 * release's weight, 7.9 KB with at most 1.5 KB of JS (issue 8).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchContext } from "../bench.ts";

const BUDGET_TOTAL = 15 * 1024;
const BUDGET_JS = 2 * 1024;
const BUDGET_MEDIAN_TOTAL = 7.9 * 1024;
const BUDGET_MEDIAN_JS = 1.5 * 1024;

const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** Every `index.html` under a folder. */
function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

interface Weight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

/** Gzipped bytes of a page, split into HTML (inline CSS/JS counted again as CSS/JS), external CSS and all JS. */
function weigh(dist: string, file: string): Weight {
  const html = readFileSync(file, "utf8");
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "").join("");
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join("");
  const asset = (href: string) => {
    const path = join(dist, href.split(/[?#]/)[0] ?? "");
    return existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  };
  const cssFiles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => asset(m[1] ?? ""));
  const jsFiles = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => asset(m[1] ?? ""));
  const htmlGz = gz(html);
  const css = cssFiles.reduce((n, b) => n + gz(b), 0) + (inlineCss ? gz(inlineCss) : 0);
  const js = jsFiles.reduce((n, b) => n + gz(b), 0) + (inlineJs ? gz(inlineJs) : 0);
  // Inline CSS/JS travel inside the HTML: count the HTML once, plus external files.
  const total = htmlGz + cssFiles.reduce((n, b) => n + gz(b), 0) + jsFiles.reduce((n, b) => n + gz(b), 0);
  return { page: relative(dist, file), html: htmlGz, css, js, total };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** Prints, per page type, the heaviest page and the median, and whether error pages meet the budget. */
export async function run({ dist }: BenchContext): Promise<void> {
  const types: [string, (p: string) => boolean][] = [
    ["error", (p) => /^[^/]+\/errors\/[^/]+\/index\.html$/.test(p)],
    ["cause", (p) => /^[^/]+\/causes\/[^/]+\/index\.html$/.test(p)],
    ["solution", (p) => /^[^/]+\/solutions\/[^/]+\/index\.html$/.test(p)],
    ["error index", (p) => /^[^/]+\/index\.html$/.test(p)],
    ["article", (p) => /\/articles\//.test(p)],
    ["go link", (p) => p.startsWith("go/")],
    ["home", (p) => p === "index.html"],
    ["404", (p) => p === "404.html"],
  ];
  const all = htmlFiles(dist).map((f) => weigh(dist, f));
  console.log("page type      pages  median total  heaviest page (gzip: total = html + external css/js; css, js incl. inline)");
  let failed = false;
  for (const [name, match] of types) {
    const pages = all.filter((w) => match(w.page)).sort((a, b) => a.total - b.total);
    const heaviest = pages.at(-1);
    if (!heaviest) continue;
    const median = pages[Math.floor(pages.length / 2)] ?? heaviest;
    const over =
      name === "error" &&
      (heaviest.total > BUDGET_TOTAL || heaviest.js > BUDGET_JS || median.total > BUDGET_MEDIAN_TOTAL || median.js > BUDGET_MEDIAN_JS);
    if (over) failed = true;
    console.log(
      `${name.padEnd(14)} ${String(pages.length).padStart(5)}  ${kb(median.total).padStart(12)}  ${kb(heaviest.total)} (css ${kb(heaviest.css)}, js ${kb(heaviest.js)}) ${heaviest.page}${over ? "  OVER BUDGET" : ""}`,
    );
  }
  console.log(
    `budget for error pages: each ≤ ${kb(BUDGET_TOTAL)} (js ≤ ${kb(BUDGET_JS)}), median ≤ ${kb(BUDGET_MEDIAN_TOTAL)} (js ≤ ${kb(BUDGET_MEDIAN_JS)}): ${failed ? "EXCEEDED" : "met"}`,
  );
}
