/**
 * `npm run preview -- [--port N] [--host H] [--outDir DIR]`: serves the build
 * (dist/) as the static host the site is made for does, with serve-static
 * (Express's): files as they are, a folder's index.html at its trailing-slash
 * URL (`/it/errors/x` → 301 `/it/errors/x/`, only when that folder exists),
 * and the site's own 404.html with status 404 for anything else (an encoded
 * `/` too); dot files are not served. `astro preview` answered some of those
 * with a 500 and a stack trace.
 */
import { createReadStream, existsSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import serveStatic from "serve-static";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4321" },
    host: { type: "string", default: "127.0.0.1" },
    outDir: { type: "string", default: "dist" },
    // Accepted for command lines written for `astro preview`; there is no lock here.
    "ignore-lock": { type: "boolean", default: false },
  },
});

const root = resolve(process.env.INIT_CWD ?? process.cwd(), values.outDir);
if (!existsSync(join(root, "index.html"))) {
  console.error(`npm run preview: no build in ${root}; run \`npm run build\` first.`);
  process.exit(1);
}

const files = serveStatic(root, { index: ["index.html"], redirect: true, dotfiles: "ignore", fallthrough: true });
const notFound = join(root, "404.html");

const server = createServer((request, response) => {
  files(request, response, (error?: unknown) => {
    // serve-static passes on what it does not serve: a malformed or forbidden path has a status; anything else is not found.
    const status = (error as { status?: number } | undefined)?.status ?? 404;
    response.statusCode = status;
    if (status === 404 && existsSync(notFound)) {
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      createReadStream(notFound).pipe(response);
    } else response.end();
  });
});
server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}/`);
});
