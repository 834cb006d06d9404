import { toString as mdToString } from "mdast-util-to-string";
import { plainText } from "./anchors.ts";
import { meaningful, type ParagraphLine } from "./lines.ts";

/**
 * A `label: value` line: the code and message lines of an error. The label is
 * whatever the line says (any language, bold or not); only its shape counts.
 */
export interface LabelLine {
  label: string;
  value: string;
  /** Whether the label is bold (`**Label**: value`). */
  bold: boolean;
  line: number;
  column: number;
  /** Column (in the file) where the value starts, best effort. */
  source: ParagraphLine;
}

/** Colon in any width (`:`, `：`, `︰`); a period counts only after a bold label. */
const COLON = /^\s*[:：︰]\s*/u;
const COLON_OR_PERIOD = /^\s*[:：︰.。]\s*/u;
/** A plain label: a few words, no sentence punctuation, before a colon. */
const PLAIN_LABEL = /^([^\s:：︰.,;!?()[\]<>"“”«»]+(?:[ \t][^\s:：︰.,;!?()[\]<>"“”«»]+){0,5})\s*[:：︰]\s*(.*)$/su;

/**
 * Reads a label line: `**Label**: v`, `**Label:**: v`, `**Label:** v`,
 * `**Label** : v`, `**Label**. v`, `**Label**：v`, or plain `Label: v`.
 */
export function labelLine(line: ParagraphLine): LabelLine | null {
  const nodes = meaningful(line);
  const [first, ...rest] = nodes;
  if (!first) return null;
  const at = { line: line.line, column: line.column, source: line };
  if (first.type === "strong") {
    if (first.children.some((c) => c.type === "link")) return null;
    let label = mdToString(first).replace(/\s+/g, " ").trim();
    let after = plainText(rest);
    const inside = /[:：︰.]$/u.exec(label);
    if (inside) label = label.slice(0, -1).trim();
    const sep = (inside ? COLON_OR_PERIOD : COLON_OR_PERIOD).exec(after);
    if (sep) after = after.slice(sep[0].length);
    else if (!inside) return rest.length ? null : plainLabel(label, true, at);
    if (!label || !after.trim()) return null;
    return { label, value: after.trim(), bold: true, ...at };
  }
  if (first.type !== "text") return null;
  if (nodes.some((n) => n.type === "link")) {
    // A link after the value is fine; a link inside the label is prose.
    const before = nodes.slice(
      0,
      nodes.findIndex((n) => n.type === "link"),
    );
    if (!COLON.test(plainText(before).replace(/^[^:：︰]*/u, ""))) return null;
  }
  return plainLabel(plainText(nodes), false, at);
}

function plainLabel(text: string, bold: boolean, at: Pick<LabelLine, "line" | "column" | "source">): LabelLine | null {
  const m = PLAIN_LABEL.exec(text.trim());
  if (!m || !(m[2] ?? "").trim()) return null;
  return { label: (m[1] ?? "").trim(), value: (m[2] ?? "").trim(), bold, ...at };
}

/** A word of a label written without a separator: letters only, not shaped like a code. */
const LABEL_WORD = /^[\p{L}\p{M}]+$/u;

/**
 * A code line with no separator after its label (`Код ошибки 320001, ResourceNotFound`): one
 * to four words that are not codes, then nothing but camel-case or numeric codes to the end of
 * the line. The label is the shortest run of words after which the rest reads as codes.
 */
export function spacedCodeLine(line: ParagraphLine): LabelLine | null {
  const nodes = meaningful(line);
  if (!nodes.length || nodes.some((n) => n.type !== "text")) return null;
  const words = plainText(nodes).split(" ");
  for (let n = 1; n <= Math.min(4, words.length - 1); n++) {
    const label = words.slice(0, n);
    if (!label.every((w) => LABEL_WORD.test(w) && !isCodeWord(w))) return null;
    const value = words.slice(n).join(" ");
    const read = codeValue(value);
    if (!read || read.trailing || read.merged) continue;
    if (!read.codes.every((c) => isCamelCode(c.code) || NUMERIC.test(c.code))) continue;
    return { label: label.join(" "), value, bold: false, line: line.line, column: line.column, source: line };
  }
  return null;
}

/**
 * The message line beside a code line written without separators (`Сообщение об ошибке Не удалось …`):
 * the label is the run of lowercase-led words before the first capitalised one (at most five words);
 * a message that does not start with a capital letter cannot be told from its label, so null.
 */
export function spacedMessageLine(line: ParagraphLine): LabelLine | null {
  const nodes = meaningful(line);
  if (!nodes.length || nodes[0]?.type !== "text") return null;
  const words = plainText(nodes).split(" ");
  for (let n = 1; n <= Math.min(5, words.length - 1); n++) {
    const word = words[n] ?? "";
    if (!LABEL_WORD.test(words[n - 1] ?? "") || isCodeWord(words[n - 1] ?? "")) return null;
    if (/^\p{Lu}/u.test(word)) {
      return {
        label: words.slice(0, n).join(" "),
        value: words.slice(n).join(" "),
        bold: false,
        line: line.line,
        column: line.column,
        source: line,
      };
    }
    if (!/^\p{L}/u.test(word)) return null;
  }
  return null;
}

/** One code read from a code line, with the numeric code written before it. */
export interface CodeToken {
  code: string;
  numeric: string | null;
}

/** What a code line's value holds. */
export interface CodeValue {
  codes: CodeToken[];
  /** Words after the codes that are neither a code nor a merged message label. */
  trailing: string;
  /** `CODE message label: message` written on one line (machine translation merges them). */
  merged: { label: string; value: string } | null;
}

const QUOTES = "\"'`“”„«»‘’「」『』";
const WORD = new RegExp(`^\\s*[${QUOTES}]?\\s*([\\p{L}\\p{M}\\p{N}_]+)\\s*[${QUOTES}]?`, "u");
/** Any short token that is not a code, in any script, or punctuation: `/`, `,`, `eller`, `または`, `或`, `или`. */
const SEPARATOR = new RegExp(`^\\s*(?:[^\\s\\p{L}\\p{M}\\p{N}${QUOTES}]{1,3}|[\\p{L}\\p{M}]{1,6}(?![\\p{L}\\p{M}\\p{N}_]))\\s*`, "u");
const CAMEL = /\p{Ll}\p{M}*\p{Lu}|\p{Lu}{2}\p{Ll}/u;
const NUMERIC = /^\p{N}{3,}$/u;

/**
 * Whether a word has the shape of an error code: one word of letters and
 * digits, camel case (any script), or long (machine translation lower-cases
 * and transliterates codes: `усереррорбаккупоператионинпрогресс`).
 */
export function isCodeWord(word: string): boolean {
  if (!/^[\p{L}\p{M}\p{N}_]{6,}$/u.test(word) || NUMERIC.test(word)) return false;
  return CAMEL.test(word) || [...word].length >= 12;
}

/** Camel case (`UserErrorFoo`, `VMSnapshot`): certainly a code, unlike a long lowercase word. */
export function isCamelCode(word: string): boolean {
  return isCodeWord(word) && CAMEL.test(word);
}

/**
 * Splits a code line's value into codes. Two codes may be joined by any
 * short non-code token or punctuation (`A / B`, `A eller B`, `"A"/ "B"`,
 * `A または B`); a numeric code before a code belongs to it (`320001, X`).
 * Returns null when the value does not start with a code.
 */
export function codeValue(value: string): CodeValue | null {
  let rest = value.replace(/[.。]+\s*$/u, "").trim();
  const codes: CodeToken[] = [];
  let pendingNumeric: string | null = null;
  const take = (): string | null => {
    const m = WORD.exec(rest);
    if (!m) return null;
    const word = m[1] ?? "";
    if (NUMERIC.test(word) || isCodeWord(word)) {
      rest = rest.slice(m[0].length);
      return word;
    }
    return null;
  };
  for (;;) {
    const before = rest;
    const word = take();
    if (word === null) {
      rest = before;
      break;
    }
    if (NUMERIC.test(word)) {
      pendingNumeric = word;
    } else {
      codes.push({ code: word, numeric: pendingNumeric });
      pendingNumeric = null;
    }
    const sep = SEPARATOR.exec(rest);
    if (!sep) break;
    const afterSep = rest.slice(sep[0].length);
    const saved = rest;
    rest = afterSep;
    const probe = WORD.exec(rest);
    const next = probe?.[1] ?? "";
    // A word a colon follows is in label position (`X-Fehlermeldung: …`, the message label glued on), unless camel case.
    const labelled = probe !== null && /^\s*[:：︰]/u.test(rest.slice(probe[0].length)) && !isCamelCode(next);
    if (!probe || labelled || !(NUMERIC.test(next) || isCodeWord(next))) {
      rest = saved;
      break;
    }
  }
  if (pendingNumeric !== null) codes.push({ code: pendingNumeric, numeric: null });
  if (!codes.length) return null;
  const tail = rest.replace(/^[\s.。,;\-‐–—]+/u, "").trim();
  const merged = tail ? PLAIN_LABEL.exec(tail) : null;
  if (merged && (merged[2] ?? "").trim()) {
    return { codes, trailing: "", merged: { label: (merged[1] ?? "").trim(), value: (merged[2] ?? "").trim() } };
  }
  return { codes, trailing: tail, merged: null };
}
