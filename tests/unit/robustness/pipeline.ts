import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CheckResult, checkSource, makeSandbox, removeSandbox } from "../../../scripts/fuzz/check.ts";

export const SLUG = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout";
/** The label the pipeline gives a source written as the Italian article. */
export const FILE = `content/it/${SLUG}.md`;

/** Front matter, title and one error section: 12 lines, so a fixture's own text starts on line 13. */
export const HEADER = [
  "---",
  "title: T",
  "ms.contentlocale: it-IT",
  "ms.date: 01/01/2020",
  "---",
  "# T",
  "",
  '## <a name="foobarerror---foo-bar"></a>FooBarError - Foo bar',
  "",
  "**Codice di errore**: FooBarError <br>",
  "**Messaggio di errore**: Foo bar <br>",
  "",
  "",
].join("\n");

export const fixture = (name: string): Buffer => readFileSync(join(import.meta.dirname, "fixtures", name));

/**
 * Runs a source through the whole pipeline (loader, parser, corpus, rendering)
 * as the Italian article beside the English one, with the fuzz checks: no
 * invalid output, and every text block on the article page or covered by a
 * diagnostic (`findings`, `reportedLosses`).
 */
export function throughPipeline(source: string | Uint8Array): CheckResult {
  const sandbox = makeSandbox();
  try {
    return checkSource(sandbox, typeof source === "string" ? new TextEncoder().encode(source) : source, "it", `${SLUG}.md`);
  } finally {
    removeSandbox(sandbox);
  }
}
