import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ConfigData, HtmlValidate, type Message } from "html-validate";
import { repoRoot } from "./dist.ts";

/**
 * Why each rule relaxed in `.htmlvalidate.json` is relaxed (JSON has no comments; the spec checks
 * that this list and the config name the same rules, so no relaxation goes unexplained).
 */
export const relaxationReasons: Record<string, string> = {
  // An error page's title is its code(s) and message, as the source article words them ("BackUpOperationFailed /
  // BackUpOperationFailedV2 - Backup fails with an internal error"); shortening it would hide what readers search for.
  "long-title": "titles are error codes plus their official messages, often longer than 70 characters",
};

/** `.htmlvalidate.json`: html-validate:recommended plus the relaxations above. */
export const htmlValidateConfig: ConfigData = JSON.parse(readFileSync(join(repoRoot, ".htmlvalidate.json"), "utf8"));

const validator = new HtmlValidate(htmlValidateConfig);

/** Validation messages for one page, formatted `path:line:column rule: message (selector)`. */
export async function validatePage(path: string, html: string): Promise<string[]> {
  const report = await validator.validateString(html, path);
  return report.results.flatMap((r) =>
    r.messages.map((m: Message) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ""}`),
  );
}
