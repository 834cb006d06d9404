import { describe, expect, it } from "vitest";
import { runFuzz } from "../../../scripts/fuzz/run.ts";
import { FILE, fixture, throughPipeline } from "./pipeline.ts";

// The fuzz run of CI: a few seeded mutants of content/ through the whole pipeline (`npm run fuzz` runs thousands).
// Generous limits: on an idle machine this takes ~20 s; a loaded one must not turn slowness into a failure.
describe("fuzz", { timeout: 900_000 }, () => {
  it("finds no crash, hang, invalid output or silent loss in 10 mutants (seed 11)", async () => {
    const summary = await runFuzz({ count: 10, seed: 11, timeout: 120_000, sources: "content" });
    expect(summary.failures).toEqual([]);
    expect(summary.mutants).toBe(10);
  });
});

// Mutants the fuzzer found failing, minimised; each stays fixed.
describe("fuzz finds", { timeout: 60_000 }, () => {
  it("a corrupted code in a heading that is a prefix of the real code never alters the code line", () => {
    const result = throughPipeline(fixture("fuzz/alias-prefix-of-code.md"));
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ file: FILE, line: 8, code: "title-repaired" }));
    expect(result.articleHtml).toContain("GuestAgentSnapshotTaskStatusError<br>");
    expect(result.articleHtml).not.toContain("GuestAgentSnapshotTaskStatusErrorr");
    expect(result.findings).toEqual([]);
  });

  it("an alert whose lines were swapped keeps every line, its continuation `>` dropped or kept as written", () => {
    const result = throughPipeline(fixture("fuzz/alert-lazy-continuation.md"));
    for (const text of ["Testo pigro dopo l'avviso.", "Continuazione dell'avviso.", "[NOTE]", "Un avviso rotto."])
      expect(result.articleHtml).toContain(text);
    expect(result.findings).toEqual([]);
    expect(result.reportedLosses).toBe(0);
  });
});
