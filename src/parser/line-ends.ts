import type { DiagnosticSink } from "./diagnostics.ts";

/**
 * Accepts CR-only line ends (classic Mac): each lone CR becomes a line feed,
 * so lines and columns still match the file. CRLF is left to the parsers.
 */
export function normaliseLineEnds(text: string, sink: DiagnosticSink): string {
  if (!/\r(?!\n)/.test(text)) return text;
  const first = text.search(/\r(?!\n)/);
  const line = text.slice(0, first).split("\n").length;
  sink.info("line-ends-cr", "The file ends lines with a lone carriage return (CR); they were read as line feeds.", {
    line,
    column: first - text.lastIndexOf("\n", first - 1),
  });
  return text.replace(/\r(?!\n)/g, "\n");
}
