/**
 * `npm run screenshots`: full-page screenshots of the built site (dist/, or $ATLAS_DIST) for a reviewer:
 * the error, cause, article, index and search pages, at phone and desktop widths, light and dark,
 * into screenshots/ (ignored by git). Serves the build itself on a free port; needs `npm run build` first.
 */
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import { chromium } from "@playwright/test";

const root = resolve(import.meta.dirname, "..");
const dist = resolve(root, process.env.ATLAS_DIST ?? "dist");
const out = resolve(root, "screenshots");
if (!existsSync(join(dist, "index.html"))) throw new Error(`No build in ${dist}: run \`npm run build\` first.`);

/** Page name → URL path (with a query or hash where the page needs one to show its point). */
const pages: Record<string, string> = {
  index: "/en/",
  error: "/en/errors/usererrorrpcollectionlimitreached/",
  /** The first screen only: the code and message must be on it. */
  "error-fold": "/en/errors/usererrorrpcollectionlimitreached/",
  "error-sv": "/sv-se/errors/usererrorrpcollectionlimitreached/",
  cause: "/en/causes/the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms/",
  article: "/en/articles/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout/",
  "article-ru": "/ru-ru/articles/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout/",
  search: "/en/search/?q=UserErrorRpColectionLimitReached",
  status: "/en/status/",
  /** An unknown code: the reader's language, the search prefilled, "did you mean". */
  go: "/go/UserErrorRpColectionLimitReached/",
  /** A deep link to a section Swedish lacks: its stub, at the end of the article (first screen only). */
  "article-sv":
    "/sv-se/articles/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout/#usererrorstandardssdnotsupported---currently-azure-backup-does-not-support-standard-ssd-disks",
};
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const schemes = ["light", "dark"] as const;

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  let file = join(dist, path);
  if (!file.startsWith(dist)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) {
    res.writeHead(404, { "content-type": types[".html"] });
    return void createReadStream(join(dist, "404.html")).pipe(res);
  }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
});
await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const executablePath =
  process.env.CHROMIUM_PATH || execFileSync("bash", [join(root, "scripts/ensure-browser.sh")], { encoding: "utf8" }).trim();
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
mkdirSync(out, { recursive: true });
try {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport, colorScheme, isMobile: device === "phone", hasTouch: device === "phone" });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(base + path, { waitUntil: "networkidle" });
        const file = join(out, `${name}-${device}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: !["article", "article-ru", "article-sv", "error-fold"].includes(name) });
        console.log(`screenshots/${name}-${device}-${colorScheme}.png`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
