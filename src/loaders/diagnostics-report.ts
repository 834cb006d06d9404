import { AstroError } from "astro/errors";
import { formatDiagnostic } from "../parser/diagnostics.ts";
import type { Diagnostic } from "../parser/types.ts";

/** Counts by severity, for the one-line build summary. */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const count = (s: string): number => diagnostics.filter((d) => d.severity === s).length;
  return `${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} note(s)`;
}

/**
 * Diagnostics that must fail the build: errors always; warnings too in
 * strict mode (`ATLAS_STRICT=1`).
 */
export function fatalDiagnostics(diagnostics: readonly Diagnostic[], strict: boolean): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === "error" || (strict && d.severity === "warning"));
}

export function formatAll(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(formatDiagnostic).join("\n");
}

/** The build output's listing: one summary line, then every error and warning with file:line:column. */
export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  lead: string,
  logger: { info(m: string): void; warn(m: string): void },
): void {
  logger.info(`${lead}; ${summarize(diagnostics)}`);
  const shown = diagnostics.filter((d) => d.severity !== "info");
  if (shown.length) logger.warn(`\n${formatAll(shown)}`);
}

/** Throws on build-failing diagnostics: errors always, warnings too when `ATLAS_STRICT=1`. */
export function assertBuildable(diagnostics: readonly Diagnostic[], strict = process.env.ATLAS_STRICT === "1"): void {
  const fatal = fatalDiagnostics(diagnostics, strict);
  if (fatal.length) {
    throw new AstroError(
      `Content has ${fatal.length} ${strict ? "error(s) or warning(s) (strict mode)" : "error(s)"}:\n${formatAll(fatal)}`,
      strict
        ? "Fix the source at each place shown, or build without ATLAS_STRICT=1 to publish with warnings."
        : 'Fix the source at each place shown (see design.md, "Bad input").',
    );
  }
}
