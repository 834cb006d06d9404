import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCorpus } from "../../src/corpus/build-corpus.ts";
import type { CorpusDocument } from "../../src/corpus/records.ts";
import { adHocLocale, siteLocaleForTag } from "../../src/i18n/locales.ts";
import { parseSource } from "../../src/parser/parse-source.ts";
import type { ParsedSource } from "../../src/parser/types.ts";

export const SLUG = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout";
export const ROOT = join(import.meta.dirname, "../..");

/** Parses a file as if it were the article `SLUG` (fixtures are named input.md). */
export function parseFile(path: string, label = path): ParsedSource {
  return parseSource(readFileSync(path, "utf8"), { file: label, slug: SLUG, knownIncludes: ["support-disclaimer"] });
}

/** Parses `tests/unit/parser/fixtures/<name>/input.md`. */
export function parseFixture(name: string): ParsedSource {
  return parseFile(join(import.meta.dirname, "parser/fixtures", name, "input.md"), `${name}/input.md`);
}

/** Builds a corpus with stub includes and alert labels, so tests see exactly what the corpus adds. */
export function corpusOf(parsed: ParsedSource[]): CorpusDocument {
  return buildCorpus(parsed, {
    canonical: "en",
    localeOf: (tag) => siteLocaleForTag(tag) ?? adHocLocale(tag),
    include: (name) =>
      name === "support-disclaimer" ? [{ type: "paragraph", children: [{ type: "text", value: "Disclaimer text." }] }] : null,
    alertLabel: (kind) => `Label:${kind}`,
    reservedIds: ["ea-main"],
  });
}

/** Every `id="…"` in an HTML string, in order. */
export function idsOf(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? "");
}
