import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleEntry, ErrorEntry, ErrorRecord, HtmlRef } from "../../../src/corpus/records.ts";
import { manifestPath } from "../../../src/integrations/build-manifest.ts";
import { atlasLoader } from "../../../src/loaders/atlas-loader.ts";
import { fragmentDir, readFragment } from "../../../src/loaders/html-fragments.ts";
import { readContent } from "../../../src/loaders/read-content.ts";

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
    const { ctx, entries, sets, logs } = context("good-site");
    await atlasLoader("errors").load(ctx);
    rmSync(new URL("error-atlas/", ctx.config.cacheDir), { recursive: true });
    await atlasLoader("errors").load(ctx);
    expect(logs.some((l) => /content unchanged/.test(l))).toBe(false);
    expect(existsSync(manifestPath(ctx.config.cacheDir))).toBe(true);
    // The fragments the entries name are written again.
    const ref = (entries.get("en/usererrorlinks")?.data as ErrorEntry | undefined)?.bodyHtml ?? ("" as HtmlRef);
    expect(readFragment(fragmentDir(ctx.config.cacheDir), ref)).toMatch(/<p>/);
    // The data was the same: entries are not rewritten.
    expect(sets()).toBe(1);
  });

  it("keeps the rendered HTML out of the data store: entries name fragment files that hold it", async () => {
    const { ctx, entries } = context("good-site");
    await atlasLoader("errors").load(ctx);
    const articles = context("good-site");
    await atlasLoader("articles").load(articles.ctx);
    const { corpus } = readContent({ root: fileURLToPath(ctx.config.root) });
    const dir = fragmentDir(ctx.config.cacheDir);
    const error = entries.get("en/usererrorlinks")?.data as ErrorEntry;
    const record = corpus.errors.find((e) => e.id === "usererrorlinks") as ErrorRecord;
    // No markup anywhere in the stored entries, only 32-hex references.
    expect(JSON.stringify([...entries.values(), ...articles.entries.values()])).not.toMatch(/<(?:p|a|h\d|div|ul|ol)[\s>]/);
    expect(error.bodyHtml).toMatch(/^[0-9a-f]{32}$/);
    expect(readFragment(dir, error.bodyHtml)).toBe(record.bodyHtml);
    expect(error.blocks.map((b) => readFragment(dir, b.html))).toEqual(record.blocks.map((b) => b.html));
    expect(error.descriptions.map((d) => readFragment(dir, d.bodyHtml))).toEqual(record.descriptions.map((d) => d.bodyHtml));
    const article = [...articles.entries.values()][0]?.data as ArticleEntry;
    expect(article.html).toMatch(/^[0-9a-f]{32}$/);
    expect(readFragment(fragmentDir(articles.ctx.config.cacheDir), article.html)).toBe(
      corpus.articles.find((a) => a.id === article.id)?.html,
    );
    // One file per distinct fragment; no HTML is "".
    expect(readdirSync(dir).length).toBeGreaterThan(0);
    expect(readFragment(dir, "" as HtmlRef)).toBe("");
  });

  it("removes the fragments no entry names any more on the next parse", async () => {
    const { ctx } = context("good-site");
    const dir = fragmentDir(ctx.config.cacheDir);
    await atlasLoader("errors").load(ctx);
    const written = readdirSync(dir).sort();
    rmSync(manifestPath(ctx.config.cacheDir));
    writeFileSync(`${dir}/${"0".repeat(32)}.html`, "<p>stale</p>");
    await atlasLoader("errors").load(ctx);
    expect(readdirSync(dir).sort()).toEqual(written);
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
