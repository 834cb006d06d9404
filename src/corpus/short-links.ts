import type { Diagnostic } from "../parser/types.ts";
import type { ErrorRecord } from "./records.ts";

/**
 * `/go/{code}/` opens one error per code, in any case. Two distinct errors
 * claiming one code or alias (case-insensitively) is a content conflict:
 * reported here, at the second error's heading, so the build fails with
 * file:line:column instead of a route throwing.
 */
export function reportShortLinkConflicts(errors: readonly ErrorRecord[], report: (d: Diagnostic) => void): void {
  const owner = new Map<string, ErrorRecord>();
  for (const error of errors) {
    for (const spelling of [...error.codes, ...error.aliases]) {
      const slug = spelling.toLowerCase();
      const first = owner.get(slug);
      if (!first) owner.set(slug, error);
      else if (first.id !== error.id)
        report({
          file: error.source.file,
          line: error.source.line,
          column: error.source.column,
          severity: "error",
          code: "code-conflict",
          message: `Unexpected code \`${spelling}\` on error \`${error.id}\`, already the code of \`${first.id}\` (${first.source.file}:${first.source.line}:${first.source.column}); /go/${slug}/ can open only one. Rename the code in one of the sources, or give both sections the same anchor if they are one error.`,
        });
    }
  }
}
