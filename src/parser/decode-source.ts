import { isUtf8 } from "node:buffer";
import type { Diagnostic } from "./types.ts";

/** At most this many byte diagnostics per file; one more line says how many were left unlisted. */
const MAX_LISTED = 50;

export interface DecodedSource {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Length of the well-formed UTF-8 sequence at `i` (Unicode 15, table 3-7), or,
 * when it is ill-formed, minus the length of its maximal subpart: the bytes a
 * decoder replaces with one U+FFFD (the WHATWG decoder counts the same way).
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f; // UTF-16 surrogates are not characters
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    if (b === undefined || b < (k === 1 ? lo : 0x80) || b > (k === 1 ? hi : 0xbf)) return -k;
  }
  return need + 1;
}

const invalidMessage = (run: readonly number[], at: number, count: number): string =>
  `Invalid UTF-8 byte sequence ${hex(run)} at byte ${at}, expected UTF-8 text; shown as ${count > 1 ? `${count} U+FFFD (�)` : "U+FFFD (�)"}.`;

const hex = (bytes: ArrayLike<number>): string => Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");

/**
 * Decodes a source file's bytes as UTF-8 and says where the text is not what
 * the bytes hold: each ill-formed byte sequence and each NUL byte is a
 * warning (an error with `strict`) at its line and column, giving the byte
 * offset; both become U+FFFD, as the Markdown parser would show them anyway.
 * Columns count UTF-16 code units from 1, like the parser's positions.
 */
export function decodeSource(bytes: Uint8Array, file: string, options: { strict?: boolean } = {}): DecodedSource {
  const text = new TextDecoder("utf-8").decode(bytes);
  if (isUtf8(bytes) && !bytes.includes(0)) return { text, diagnostics: [] };
  const severity = options.strict ? "error" : "warning";
  const diagnostics: Diagnostic[] = [];
  let unlisted = 0;
  // The run of ill-formed sequences the last diagnostic is about.
  let lastEnd = -1;
  let runBytes: number[] = [];
  let runStart = 0;
  let runCount = 0;
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceAt(bytes, i);
    const b = bytes[i] as number;
    const bad = n < 0 || b === 0;
    if (bad) {
      const length = n < 0 ? -n : 1;
      const last = diagnostics.at(-1);
      if (b !== 0 && last && lastEnd === i && last.code === "utf8-invalid") {
        // One diagnostic for a run of ill-formed sequences (a lone surrogate is three).
        runBytes.push(...bytes.subarray(i, i + length));
        runCount++;
        last.message = invalidMessage(runBytes, runStart, runCount);
      } else if (diagnostics.length < MAX_LISTED) {
        runBytes = [...bytes.subarray(i, i + length)];
        runStart = i;
        runCount = 1;
        diagnostics.push({
          file,
          line,
          column,
          severity,
          code: b === 0 ? "nul-byte" : "utf8-invalid",
          message: b === 0 ? `Unexpected NUL byte at byte ${i}, expected text; shown as U+FFFD (�).` : invalidMessage(runBytes, i, 1),
        });
      } else unlisted++;
      i += length;
      lastEnd = i;
      column++;
      continue;
    }
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      column = 1;
    } else if (b !== 0x0d) column += n === 4 ? 2 : 1;
    i += n;
  }
  if (unlisted)
    diagnostics.push({
      file,
      line,
      column,
      severity,
      code: "utf8-invalid",
      message: `${unlisted} more invalid byte sequence(s) or NUL byte(s) not listed; each is shown as U+FFFD (�).`,
    });
  return { text, diagnostics };
}
