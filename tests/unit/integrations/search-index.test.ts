import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { BuildManifest, ManifestEntity } from "../../../src/integrations/build-manifest.ts";

// Pagefind's service stands in: it answers each page later, and counts how many wait at once.
const service = vi.hoisted(() => ({ inFlight: 0, most: 0, added: [] as string[], failOn: "" }));
vi.mock("pagefind", () => ({
  createIndex: async () => ({
    errors: [],
    index: {
      addHTMLFile: async ({ url }: { url: string }) => {
        service.inFlight++;
        service.most = Math.max(service.most, service.inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        service.inFlight--;
        service.added.push(url);
        return { errors: url === service.failOn ? ["broken page"] : [] };
      },
      writeFiles: async ({ outputPath }: { outputPath: string }) => ({ errors: [], outputPath }),
    },
  }),
  close: async () => {},
}));

const { writeSearchIndex } = await import("../../../src/integrations/search-index.ts");

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  Object.assign(service, { inFlight: 0, most: 0, added: [], failOn: "" });
});

/** A built site of `count` English error pages, and its manifest. */
function site(count: number): { dist: string; manifest: BuildManifest } {
  const dist = mkdtempSync(join(tmpdir(), "atlas-index-"));
  dirs.push(dist);
  const entities: ManifestEntity[] = [];
  for (let i = 0; i < count; i++) {
    const id = `code${i}`;
    mkdirSync(join(dist, "en", "errors", id), { recursive: true });
    writeFileSync(
      join(dist, "en", "errors", id, "index.html"),
      `<html lang="en"><body><main data-pagefind-body><h1>Code${i}</h1></main></body></html>`,
    );
    entities.push({ kind: "error", id, locale: "en", locales: ["en"], codes: [`Code${i}`], aliases: [], message: "m", sectionIds: [] });
  }
  return { dist, manifest: { digest: "d", diagnostics: [], articles: [], entities } };
}

describe("writeSearchIndex", () => {
  it("indexes every page while keeping only a few pages waiting on Pagefind at once", async () => {
    const { dist, manifest } = site(200);
    const { counts } = await writeSearchIndex(dist, manifest);
    expect(service.added).toHaveLength(200);
    expect(counts.get("en")).toBe(200);
    expect(service.most).toBeGreaterThan(1);
    expect(service.most).toBeLessThanOrEqual(32);
  });

  it("fails the build with the page Pagefind could not index", async () => {
    const { dist, manifest } = site(40);
    service.failOn = "/en/errors/code7/";
    await expect(writeSearchIndex(dist, manifest)).rejects.toThrow("/en/errors/code7/");
  });
});
