import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { afterEach, describe, expect, it } from "vitest";
import { manifestPath } from "../../../src/integrations/build-manifest.ts";
import { atlasLoader } from "../../../src/loaders/atlas-loader.ts";

/** A minimal in-memory stand-in for Astro's loader context. */
function context(site: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>();
  const logs: string[] = [];
  let sets = 0;
  const metaStore = new Map<string, string>();
  const ctx = {
    meta: {
      get: (k: string) => metaStore.get(k),
      set: (k: string, v: string) => metaStore.set(k, v),
      has: (k: string) => metaStore.has(k),
      delete: (k: string) => metaStore.delete(k),
    },
    config: {
      root: pathToFileURL(join(import.meta.dirname, "fixtures", site, "/")),
      cacheDir: pathToFileURL(`${mkdtempSync(join(tmpdir(), "atlas-cache-"))}/`),
    },
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      delete: (id: string) => entries.delete(id),
      set: (e: { id: string; data: Record<string, unknown>; digest?: string | number }) => {
        sets++;
        entries.set(e.id, e);
        return true;
      },
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(36) + JSON.stringify(data).slice(0, 40),
    logger: { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), error: (m: string) => logs.push(m), debug: () => {} },
  } as unknown as LoaderContext;
  return { ctx, entries, logs, sets: () => sets };
}

afterEach(() => {
  delete process.env.ATLAS_STRICT;
});

describe("atlas loader", () => {
  it("stores entries keyed locale/id, prints a diagnostics summary, and skips unchanged entries by digest", async () => {
    const { ctx, entries, logs, sets } = context("good-site");
    await atlasLoader("errors").load(ctx);
    expect([...entries.keys()]).toEqual(["en/usererrorlinks"]);
    expect(logs.join("\n")).toMatch(/0 error\(s\), 2 warning\(s\)/);
    expect(logs.join("\n")).toMatch(/article\.md:18:1 warning \[link-broken\]/);
    // Unchanged inputs: nothing is parsed or rewritten.
    await atlasLoader("errors").load(ctx);
    expect(sets()).toBe(1);
    expect(logs.at(-1)).toMatch(/content unchanged; 1 errors entries kept/);
  });

  it("fails on warnings in strict mode (ATLAS_STRICT=1)", async () => {
    process.env.ATLAS_STRICT = "1";
    const { ctx } = context("good-site");
    await expect(atlasLoader("errors").load(ctx)).rejects.toThrow(/strict mode[\s\S]*article\.md:18:1 warning \[link-broken\]/);
  });

  it("applies strict mode and lists the warnings when the entries come from the cache (no parse)", async () => {
    const { ctx } = context("good-site");
    await atlasLoader("errors").load(ctx);
    process.env.ATLAS_STRICT = "1";
    await expect(atlasLoader("errors").load(ctx)).rejects.toThrow(/strict mode[\s\S]*article\.md:18:1 warning \[link-broken\]/);
  });

  it("parses again when the cached entries have no build manifest beside them", async () => {
    const { ctx, sets, logs } = context("good-site");
    await atlasLoader("errors").load(ctx);
    rmSync(new URL("error-atlas/", ctx.config.cacheDir), { recursive: true });
    await atlasLoader("errors").load(ctx);
    expect(logs.some((l) => /content unchanged/.test(l))).toBe(false);
    expect(existsSync(manifestPath(ctx.config.cacheDir))).toBe(true);
    // The data was the same: entries are not rewritten.
    expect(sets()).toBe(1);
  });

  it("fails the build with file:line:column on an unrecoverable problem", async () => {
    const { ctx } = context("bad-site");
    await expect(atlasLoader("articles").load(ctx)).rejects.toThrow(/content\/en\/article\.md:\d+:\d+ error \[front-matter-invalid\]/);
  });
});

describe("atlas loader, strict mode and invalid bytes (issue 11, item 5)", () => {
  // bytes-site: content/en/article.md has a 0xFF byte on line 14, after "Text with an invalid byte ".
  it("reports invalid UTF-8 as a warning, and builds", async () => {
    const { ctx, logs } = context("bytes-site");
    await atlasLoader("errors").load(ctx);
    expect(logs.join("\n")).toMatch(/content\/en\/article\.md:14:27 warning \[utf8-invalid\]/);
  });

  it("makes invalid UTF-8 an error with ATLAS_STRICT=1, listed as one", async () => {
    process.env.ATLAS_STRICT = "1";
    const { ctx } = context("bytes-site");
    await expect(atlasLoader("errors").load(ctx)).rejects.toThrow(/content\/en\/article\.md:14:27 error \[utf8-invalid\]/);
  });
});

describe("atlas loader, internal errors (a crash, not a content error)", () => {
  it("says internal error, names the file being processed, and makes the process exit 3", async () => {
    const before = process.listeners("exit");
    const { ctx } = context("crash-site");
    try {
      await expect(atlasLoader("errors").load(ctx)).rejects.toThrow(
        /internal error while processing .*content\/includes\/en\/broken\.md \(Error: EISDIR/,
      );
      const added = process.listeners("exit").filter((l) => !before.includes(l));
      expect(added).toHaveLength(1);
      for (const listener of added) (listener as (code: number) => void)(1);
      expect(process.exitCode).toBe(3);
    } finally {
      process.exitCode = undefined;
      for (const l of process.listeners("exit")) if (!before.includes(l)) process.off("exit", l);
    }
  });
});
