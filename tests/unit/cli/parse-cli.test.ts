import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";

const cli = join(ROOT, "src/cli/parse.ts");
const fixture = (name: string) => join(ROOT, "tests/unit/parser/fixtures", name, "input.md");

// Each run parses the whole content/ too (for cross-locale ids): allow a few seconds.
describe("npm run parse", { timeout: 30_000 }, () => {
  it("prints one JSON document for a file outside content/, in a language the project has never seen", () => {
    const out = execFileSync(process.execPath, [cli, fixture("new-language"), "--json"], { encoding: "utf8" });
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(["articles", "errors", "causes", "solutions", "diagnostics"]);
    expect(doc.errors).toHaveLength(1);
    expect(doc.errors[0]).toMatchObject({
      id: "usererrorrpcollectionlimitreached",
      locale: "de-DE",
      codes: ["UserErrorRpCollectionLimitReached"],
      aliases: [],
      message: "Die Höchstgrenze der Wiederherstellungspunktsammlung wurde erreicht.",
      causes: [
        {
          ref: "the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms",
          kind: "cause",
          text: "Ursache 1: Der Agent reagiert nicht",
        },
      ],
      steps: [],
    });
    expect(doc.errors[0].anchors).toContain("usererrorrpcollectionlimitreached---the-restore-point-collection-max-limit-has-reached");
    expect(doc.causes.map((c: { id: string; locale: string; title: string }) => [c.id, c.locale, c.title])).toEqual([
      ["the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms", "de-DE", "Der Agent reagiert nicht"],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it("prints diagnostics as file:line:column and exits non-zero on errors", () => {
    const run = spawnSync(process.execPath, [cli, fixture("bad-front-matter")], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/bad-front-matter\/input\.md:\d+:\d+ error \[front-matter-invalid\]/);
  });

  it("fails on warnings in strict mode", () => {
    const relaxed = spawnSync(process.execPath, [cli, fixture("links-and-images")], { encoding: "utf8" });
    expect(relaxed.status).toBe(0);
    expect(relaxed.stdout).toMatch(/links-and-images\/input\.md:18:\d+ warning \[link-broken\]/);
    const strict = spawnSync(process.execPath, [cli, fixture("links-and-images"), "--strict"], { encoding: "utf8" });
    expect(strict.status).toBe(1);
  });
});
