import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Issue 11, item 1: `astro build` tells a crash inside Error Atlas (a bug) from content errors by its exit
 * status, as `npm run parse` does: 3 for an internal error, 1 for content errors. Real builds of two small
 * content roots (tests/unit/loaders/fixtures): crash-site makes the loader crash (its include is a folder),
 * bad-site has unparseable front matter.
 */
const root = join(import.meta.dirname, "../../..");

function build(content: string) {
  const outDir = mkdtempSync(join(tmpdir(), "atlas-exit-"));
  try {
    const run = spawnSync("npx", ["astro", "build", "--outDir", outDir], {
      cwd: root,
      env: { ...process.env, ATLAS_CONTENT: `tests/unit/loaders/fixtures/${content}/content`, ATLAS_STRICT: "" },
      encoding: "utf8",
      timeout: 170_000,
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe("astro build exit status", { timeout: 360_000 }, () => {
  it("is 3 for an internal error, which names the file being processed", () => {
    const { status, output } = build("crash-site");
    expect(output).toMatch(/internal error while processing \S*content\/includes\/en\/broken\.md/);
    expect(status).toBe(3);
  });

  it("is 1 for a content error", () => {
    const { status, output } = build("bad-site");
    expect(output).toMatch(/content\/en\/article\.md:\d+:\d+ error \[front-matter-invalid\]/);
    expect(status).toBe(1);
  });
});
