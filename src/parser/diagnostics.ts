import type { Diagnostic, Severity } from "./types.ts";

/** Anything with a unist-style position. */
export interface Placed {
  position?: { start: { line: number; column: number } } | undefined;
}

/** Collects diagnostics for one file; places come from unist positions. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  add(severity: Severity, code: string, message: string, at?: Placed | { line: number; column: number }): void {
    const place = at && "line" in at ? at : (at as Placed | undefined)?.position?.start;
    this.list.push({
      file: this.file,
      line: place?.line ?? 1,
      column: place?.column ?? 1,
      severity,
      code,
      message,
    });
  }
  warn(code: string, message: string, at?: Placed | { line: number; column: number }): void {
    this.add("warning", code, message, at);
  }
  error(code: string, message: string, at?: Placed | { line: number; column: number }): void {
    this.add("error", code, message, at);
  }
  info(code: string, message: string, at?: Placed | { line: number; column: number }): void {
    this.add("info", code, message, at);
  }
}

/** `file:line:column severity code message`, the format printed by the CLI and build. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} [${d.code}] ${d.message}`;
}
