/**
 * Search cost in headless Chromium against a local static server (gzip like a
 * real host): bytes transferred and time from focusing the header box to the
 * first answer, for an exact code (direct answer, then full Pagefind results),
 * a partial code and a message word; then the Pagefind index size per locale.
 * Each scenario starts with an empty cache. Chromium: $CHROMIUM_PATH or /usr/bin/chromium.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "playwright-core";
import type { BenchContext } from "../bench.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".pagefind": "application/wasm",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg"]);

/** A static server for the built site; text is gzipped as a static host would (Pagefind's own files are already compressed). */
function serve(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void res.writeHead(404).end();
    const ext = extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = { "content-type": TYPES[ext] ?? "application/octet-stream", "cache-control": "no-cache" };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"]))) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` });
    }),
  );
}

interface Scenario {
  label: string;
  page: string;
  query: string;
  /** What counts as answered: the direct answer shown, or the full results rendered. */
  until: "direct" | "results";
}

const SCENARIOS: Scenario[] = [
  { label: "exact code, direct answer", page: "/en/", query: "UserErrorRpCollectionLimitReached", until: "direct" },
  { label: "exact code, Pagefind results", page: "/en/", query: "UserErrorRpCollectionLimitReached", until: "results" },
  { label: "partial code", page: "/en/", query: "RpCollectionLimit", until: "results" },
  { label: "message word", page: "/en/", query: "permissions", until: "results" },
  { label: "exact code (ru-RU)", page: "/ru-ru/", query: "UserErrorBackupOperationInProgress", until: "results" },
];

/** Bytes on the wire (headers included, requests finished by then) and time from focusing the box until the scenario's answer shows. */
async function measure(browser: Browser, origin: string, s: Scenario): Promise<{ bytes: number; requests: number; ms: number }> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  let counting = false;
  const finished: Promise<number>[] = [];
  // Context-level events include Pagefind's worker fetches (WASM, index chunks, fragments).
  context.on("requestfinished", (request) => {
    if (counting) finished.push(request.sizes().then((z) => z.responseHeadersSize + z.responseBodySize));
  });
  await page.goto(origin + s.page, { waitUntil: "networkidle" });
  const form = page.locator('form[data-ea-search="header"]');
  counting = true;
  const start = performance.now();
  await form.locator("input[name=q]").focus();
  await form.locator("input[name=q]").fill(s.query);
  if (s.until === "direct") await form.locator("[data-ea-direct]").waitFor({ timeout: 15_000 });
  else await form.locator('[data-ea-search-panel][data-ea-state="done"]').waitFor({ timeout: 15_000 });
  const ms = performance.now() - start;
  counting = false;
  const sizes = await Promise.all(finished);
  await context.close();
  return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, ms };
}

/** Bytes of each language's index files (metadata, WASM, word index, fragments, filters). */
function indexSizes(dist: string): { lang: string; pages: number; bytes: number }[] {
  const dir = join(dist, "pagefind");
  const entry = JSON.parse(readFileSync(join(dir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { hash: string; wasm: string; page_count: number }>;
  };
  const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
  const folder = (sub: string, lang: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((f) => f.startsWith(`${lang}_`))
          .reduce((n, f) => n + size(join(dir, sub, f)), 0)
      : 0;
  return Object.entries(entry.languages).map(([lang, info]) => ({
    lang,
    pages: info.page_count,
    bytes:
      size(join(dir, `pagefind.${info.hash}.pf_meta`)) +
      size(join(dir, `wasm.${info.wasm}.pagefind`)) +
      ["index", "fragment", "filter"].reduce((n, sub) => n + folder(sub, lang), 0),
  }));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function run(ctx: BenchContext): Promise<void> {
  const dist = resolve(ctx.dist);
  if (!existsSync(join(dist, "pagefind", "pagefind-entry.json"))) {
    throw new Error(`search: no Pagefind index in ${dist}; build the site with \`astro build\` (the error-atlas integration writes it)`);
  }
  const { server, origin } = await serve(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    console.log("first search after page load (empty cache; bytes on the wire, gzip)");
    for (const s of SCENARIOS) {
      const m = await measure(browser, origin, s);
      console.log(
        `  ${s.label.padEnd(32)} ${`"${s.query}"`.padEnd(38)} ${kb(m.bytes).padStart(9)} in ${String(m.requests).padStart(2)} requests, ${m.ms.toFixed(0).padStart(5)} ms`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log("Pagefind index per locale (all files of that language; a search loads only some of them)");
  for (const s of indexSizes(dist)) console.log(`  ${s.lang.padEnd(6)} ${String(s.pages).padStart(3)} pages ${kb(s.bytes).padStart(9)}`);
  const codeMaps = join(dist, "search");
  if (existsSync(codeMaps)) {
    const maps = readdirSync(codeMaps).map((f) => `${f} ${kb(gzipSync(readFileSync(join(codeMaps, f))).length)}`);
    console.log(`Code maps (gzip): ${maps.join(", ")}`);
  }
}
