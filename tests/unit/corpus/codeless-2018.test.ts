import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusOf, parseFile, ROOT, SLUG } from "../helpers.ts";

const english = () => parseFile(join(ROOT, "content/en", `${SLUG}.md`), `en/${SLUG}.md`);
const codeless = (lang: string) => parseFile(join(import.meta.dirname, "fixtures/codeless-2018", `${lang}.md`), `codeless-2018/${lang}.md`);

describe("2018 error sections with no code line take the code published under the same anchor (Czech, Russian, Chinese)", () => {
  describe.each(["cs", "ru", "zh"])("%s", (lang) => {
    const doc = corpusOf([english(), codeless(lang)]);
    const file = `codeless-2018/${lang}.md`;
    const mine = doc.errors.filter((e) => e.descriptions?.some((d) => d.source.file === file) ?? e.source.file === file);
    it("matches the 2018 anchors the English article carries to their errors and codes", () => {
      expect(mine.map((e) => [e.id, e.codes])).toEqual(
        expect.arrayContaining([
          ["usererrorguestagentstatusunavailable", ["UserErrorGuestAgentStatusUnavailable"]],
          ["extensionsnapshotfailednonetwork", ["ExtensionSnapshotFailedNoNetwork"]],
        ]),
      );
      const recovered = doc.diagnostics.filter((d) => d.file === file && d.code === "code-recovered");
      expect(recovered.map((d) => d.line)).toEqual([9, 14]);
      expect(recovered[0]?.message).toMatch(/^No code line in the section; the code `UserErrorGuestAgentStatusUnavailable`/u);
    });
    it("keeps a section whose anchor no source gives a code under its anchor, with a warning that quotes no words", () => {
      expect(mine.map((e) => e.id)).toContain("an-anchor-no-revision-gives-a-code");
      const unrecovered = doc.diagnostics.filter((d) => d.file === file && d.code === "code-unrecovered");
      expect(unrecovered.map((d) => [d.line, d.severity])).toEqual([[19, "warning"]]);
      expect(unrecovered[0]?.message).not.toContain("``");
    });
  });
});
