import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";

// `npm start` / `npm run preview` serve the build as a static host does (issue 11: `astro preview` gave a 500 for `%2F`).
describe("npm run preview", { timeout: 60_000 }, () => {
  const dist = mkdtempSync(join(tmpdir(), "atlas-serve-"));
  const port = 4334 + 1000 + (process.pid % 1000);
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess;

  beforeAll(async () => {
    mkdirSync(join(dist, "it/errors/x"), { recursive: true });
    writeFileSync(join(dist, "index.html"), "<title>root</title>");
    writeFileSync(join(dist, "404.html"), "<title>the site's 404 page</title>");
    writeFileSync(join(dist, "it/errors/x/index.html"), "<title>error x</title>");
    writeFileSync(join(dist, ".secret"), "SECRET");
    server = spawn(process.execPath, [join(ROOT, "scripts/serve.ts"), "--port", String(port), "--outDir", dist, "--ignore-lock"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve) => server.stdout?.once("data", () => resolve()));
  }, 60_000);
  afterAll(() => {
    server.kill();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${base}${path}`, { redirect: "manual" });

  it("serves a folder's index.html at its trailing-slash URL, and redirects there without the slash", async () => {
    const page = await get("/it/errors/x/");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("error x");
    const bare = await get("/it/errors/x");
    expect(bare.status).toBe(301);
    expect(bare.headers.get("location")).toBe("/it/errors/x/");
  });

  it.each(["/missing/", "/missing", "/it/errors/y", "/.secret"])("answers %s with the site's 404 page and status 404", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("the site's 404 page");
  });

  it.each(["/it%2Ferrors%2Fx/", "/%2F", "/it/errors/x/%2F..%2F..%2F..%2F", "/%E0%A4%A", "/%00"])(
    "answers the odd path %s as a file server does (never a 500, never outside the build)",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBeLessThan(500);
      const body = await response.text();
      if (response.status === 404) expect(body).toContain("the site's 404 page");
      expect(body).not.toContain("SECRET");
    },
  );
});
