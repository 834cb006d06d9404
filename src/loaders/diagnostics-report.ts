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
