import anyAscii from "any-ascii";
import { distance } from "fastest-levenshtein";
import type { Paragraph, RootContent } from "mdast";
import {
  type CodeValue,
  codeValue,
  isCamelCode,
  isCodeWord,
  type LabelLine,
  labelLine,
  spacedCodeLine,
  spacedMessageLine,
} from "./code-line.ts";
import type { DiagnosticSink } from "./diagnostics.ts";
import { type ParagraphLine, splitLines } from "./lines.ts";
import type { HeadingInfo, ParsedCode } from "./types.ts";

/** The visual lines of a section's own paragraphs (code lines live there). */
export function ownLines(content: RootContent[]): ParagraphLine[] {
  return content.filter((n): n is Paragraph => n.type === "paragraph").flatMap((p) => splitLines(p));
}

const lower = (s: string): string => s.toLocaleLowerCase("und");

/**
 * The labels this file uses for code lines, learned from lines whose value is
 * nothing but codes. A line with the same label whose value is not code-like
 * is still a code line (machine translation turned the code into words).
 */
export function learnCodeLabels(sections: RootContent[][]): Set<string> {
  const labels = new Set<string>();
  for (const content of sections) {
    const lines = readLabelLines(ownLines(content));
    lines.forEach((l, i) => {
      if (l?.value && !l.value.trailing && !weakBeside(lines, i)) labels.add(lower(l.label.label));
    });
  }
  return labels;
}

interface ReadLine {
  label: LabelLine;
  control: boolean;
  value: CodeValue | null;
  /** Every code is camel case (a long single word may be a translated message). */
  strong: boolean;
}

function readLabelLines(lines: ParagraphLine[]): (ReadLine | null)[] {
  return lines.map((line) => {
    const read = labelLine(line);
    if (!read) return null;
    // Control characters (NUL, which Markdown turns into U+FFFD) are never part of a code.
    const control = /[\p{Cc}\uFFFD]/u.test(read.value);
    const label = control ? { ...read, value: read.value.replace(/[\p{Cc}\uFFFD]/gu, "") } : read;
    const value = codeValue(label.value);
    return { label, value, control, strong: Boolean(value?.codes.every((c) => isCamelCode(c.code) || /^\p{N}+$/u.test(c.code))) };
  });
}

/**
 * Code lines written with no separator after the label (`Код ошибки 320001, ResourceNotFound <br/>
 * Сообщение об ошибке Не удалось …`), read only in the section's first paragraph, where an error's
 * code lines stand, and only beside another line of it; the line after each (else before) is its message.
 */
function readSpacedLines(content: RootContent[], lines: ParagraphLine[], read: (ReadLine | null)[]): void {
  const first = content.find((n) => n.type !== "html");
  if (first?.type !== "paragraph") return;
  const count = splitLines(first).length;
  const spaced = new Set<number>();
  for (let i = 0; i < count; i++) {
    const line = lines[i];
    const label = !read[i] && line ? spacedCodeLine(line) : null;
    if (label) spaced.add(i);
  }
  for (const i of spaced) {
    const label = spacedCodeLine(lines[i] as ParagraphLine) as LabelLine;
    // Its message: a label line beside it, or a line whose label ends where its capitalised message starts.
    const partner = [i + 1, i - 1].find(
      (k) => k >= 0 && k < count && !spaced.has(k) && (read[k] || spacedMessageLine(lines[k] as ParagraphLine)),
    );
    if (partner === undefined) continue;
    read[i] = { label, value: codeValue(label.value), control: false, strong: true };
    const message = read[partner] ? null : spacedMessageLine(lines[partner] as ParagraphLine);
    if (message) read[partner] = { label: message, value: null, control: false, strong: false };
  }
}

/** A line whose codes are only long words, beside a line of camel-case codes: it is the message. */
function weakBeside(lines: (ReadLine | null)[], i: number): boolean {
  const line = lines[i];
  if (!line?.value || line.strong) return false;
  return [lines[i - 1], lines[i + 1]].some((n) => n?.value && n.strong && !n.value.trailing);
}

/**
 * A value that is a sentence, not a code and words after it: a first word that is merely long (not camel
 * case, not a number) followed by more words (`**Шаг 2**. Перезапустите службу …`, a bold step label).
 */
function isSentence(value: CodeValue): boolean {
  const coded = value.codes.every((c) => isCamelCode(c.code) || /^\p{N}+$/u.test(c.code));
  return !coded && value.trailing.split(/\s+/u).filter(Boolean).length >= 2;
}

/** Key of a line by its place, to leave code and message lines out of the body. */
export const lineKey = (l: { line: number; column: number }): string => `${l.line}:${l.column}`;

export interface SectionCodes {
  codes: ParsedCode[];
  /** Code and message lines (by `lineKey`), which are not part of the body. */
  consumed: Set<string>;
  unresolved: { token: string; anchors: string[] } | null;
  /** Code tokens as written (the corpus's `rawCodes`). */
  written: string[];
}

interface CodeLineAt {
  index: number;
  label: LabelLine;
  value: CodeValue | null;
}

/**
 * Finds the code lines of a section (`Label: CODE`, bold or not, several per
 * section, message line after or before each) and recovers codes that
 * machine translation turned into words: from the heading's code token,
 * then from the section's anchors. Returns null when the section has no code line.
 */
export function sectionCodes(
  content: RootContent[],
  heading: HeadingInfo,
  codeLabels: Set<string>,
  sink: DiagnosticSink,
): SectionCodes | null {
  const lines = ownLines(content);
  const read = readLabelLines(lines);
  readSpacedLines(content, lines, read);
  const labels = read.map((r) => r?.label ?? null);
  const values = read.map((r, i) => (r && !weakBeside(read, i) ? r.value : null));
  const isLabel = (i: number): boolean => Boolean(labels[i]);
  const known = (i: number): boolean => Boolean(labels[i] && codeLabels.has(lower(labels[i]?.label ?? "")));
  const clean = (i: number): boolean => Boolean(values[i] && !values[i]?.trailing);
  const codeLines: CodeLineAt[] = [];
  labels.forEach((label, index) => {
    if (!label) return;
    const value = values[index] ?? null;
    // Words after a code make a code line only where the label says so: a label
    // this file uses for codes, or the code half of a code/message pair.
    const neighbours = [index - 1, index + 1].filter(isLabel);
    const pairHalf = neighbours.length > 0 && !neighbours.some((j) => clean(j) || known(j));
    if (value && (!value.trailing || known(index) || (pairHalf && !isSentence(value)))) codeLines.push({ index, label, value });
    else if (known(index) && !neighbours.some((j) => known(j) && clean(j))) codeLines.push({ index, label, value: null });
  });
  if (!codeLines.length) {
    const pairs = labels.some((l, i) => l && isLabel(i + 1));
    if (pairs && (heading.anchors.length || heading.autoId))
      sink.warn(
        "error-code-missing",
        `Section "${heading.title}" has label lines like an error's code and message lines, but none holds a code; it is kept as article text.`,
        heading,
      );
    return null;
  }
  const isCodeLine = new Set(codeLines.map((c) => c.index));
  const first = codeLines[0] as CodeLineAt;
  // The 2018 "plain" family writes the message line first.
  const messageFirst =
    isLabel(first.index - 1) && !isCodeLine.has(first.index - 1) && !(isLabel(first.index + 1) && !isCodeLine.has(first.index + 1));
  const consumed = new Set<string>();
  const taken = new Set<number>();
  const codes: ParsedCode[] = [];
  const written: string[] = [];
  let unresolved: SectionCodes["unresolved"] = null;

  for (const at of codeLines) {
    consumed.add(lineKey(lines[at.index] as ParagraphLine));
    let message = at.value?.merged ? unquote(at.value.merged.value) : "";
    if (!at.value?.merged) {
      for (const j of messageFirst ? [at.index - 1, at.index + 1] : [at.index + 1, at.index - 1]) {
        const candidate = labels[j];
        if (candidate && !isCodeLine.has(j) && !taken.has(j)) {
          taken.add(j);
          consumed.add(lineKey(lines[j] as ParagraphLine));
          message = unquote(candidate.value);
          break;
        }
      }
      if (!message)
        sink.warn("message-missing", "Expected an error message line beside the code line; the message is left empty.", at.label);
    }
    const place = { line: at.label.line, column: at.label.column };
    if (read[at.index]?.control)
      sink.warn(
        "code-line-control-character",
        "The code line contains control characters (such as NUL) or U+FFFD; they were removed before reading the code.",
        place,
      );
    const recovered = at.value?.codes.length === 1 ? recoverFromSection(heading, at.value.codes[0]?.code) : null;
    const only = at.value?.codes[0]?.code ?? "";
    if (at.value?.trailing && !(recovered && brokenUp(only, at.value, recovered.code)))
      sink.warn(
        "code-line-trailing-text",
        `The code line has words after its code (\`${at.value.trailing}\`); the code is read without them and the words are dropped from the code.`,
        place,
      );
    if (at.value) {
      for (const token of at.value.codes) {
        written.push(token.code);
        const foreign = !/^[A-Za-z0-9_]+$/.test(token.code) && !/^\p{N}+$/u.test(token.code);
        const folded = foreign ? latinFold(token.code) : null;
        const mangled = folded ? sectionSpelling(heading, folded, new Set(codes.map((c) => c.code.toLowerCase()))) : null;
        if (folded && mangled) {
          // Folded, it is still not the code the section names, but reads like it (`Vmnotındesıralaması`).
          sink.info(
            "code-recovered",
            `Code \`${token.code}\` is a translation's spelling of \`${mangled.code}\`, the code the section's ${mangled.origin} names; read as that.`,
            place,
          );
          codes.push({ code: mangled.code, written: token.code, numeric: token.numeric, message, origin: mangled.origin, ...place });
        } else if (folded) {
          // Latin letters with marks or Turkish case (`Unavaılable`): the same code, folded to ASCII.
          sink.info("code-recovered", `Code \`${token.code}\` has non-ASCII Latin letters; read as \`${folded}\`.`, place);
          codes.push({ code: folded, written: token.code, numeric: token.numeric, message, origin: "code-line", ...place });
        } else if (foreign && recovered) {
          sink.info(
            "code-recovered",
            `Code \`${token.code}\` is not written in code form; read as \`${recovered.code}\` from the section's ${recovered.origin}.`,
            place,
          );
          codes.push({ code: recovered.code, written: token.code, numeric: token.numeric, message, origin: recovered.origin, ...place });
        } else if (recovered && brokenUp(token.code, at.value, recovered.code)) {
          const written = `${token.code} ${at.value.trailing}`;
          sink.warn(
            "code-recovered",
            `The code line holds \`${written}\`, a code machine translation split into words; read as \`${recovered.code}\` from the section's ${recovered.origin}.`,
            place,
          );
          codes.push({ code: recovered.code, written, numeric: token.numeric, message, origin: recovered.origin, ...place });
        } else {
          codes.push({ code: token.code, written: token.code, numeric: token.numeric, message, origin: "code-line", ...place });
        }
      }
      continue;
    }
    // The code line holds words, not a code.
    const token = at.label.value.replace(/[.。]+$/u, "").trim();
    const fromSection = recoverFromSection(heading);
    if (fromSection) {
      sink.warn(
        "code-recovered",
        `The code line holds words, not a code (\`${token}\`); the code \`${fromSection.code}\` was recovered from the section's ${fromSection.origin}.`,
        place,
      );
      codes.push({ code: fromSection.code, written: token, numeric: null, message, origin: fromSection.origin, ...place });
      written.push(fromSection.code);
    } else {
      sink.warn(
        "code-unresolved",
        `The code line holds words, not a code (\`${token}\`), and neither the heading nor the anchors (${heading.anchors.join(", ") || "none"}) name one; the error is kept, marked unresolved.`,
        place,
      );
      codes.push({ code: token, written: token, numeric: null, message, origin: "unresolved", ...place });
      unresolved = { token, anchors: [...heading.anchors] };
    }
  }
  return { codes, consumed, unresolved, written };
}

/** A Latin-script code folded to ASCII (`ı` → `i`, `é` → `e`), or null for other scripts. */
function latinFold(code: string): string | null {
  if (!/^[\p{Script=Latin}\p{N}_]+$/u.test(code)) return null;
  const folded = anyAscii(code);
  return /^[A-Za-z0-9_]+$/.test(folded) && isCodeWord(folded) ? folded : null;
}

/** Code words of a heading written in code form (ASCII), in order. */
export function headingCodeWords(title: string): string[] {
  return (title.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? []).filter((w) => /^[A-Za-z0-9_]+$/.test(w) && isCodeWord(w));
}

/**
 * The code an anchor starts with: DocFX ids of `CODE - title` headings are
 * `code---title`; older ones keep the code's case (`CodeName-title`).
 */
export function anchorCode(anchor: string): string | null {
  const m = /^([A-Za-z0-9]{6,})(-*)/.exec(anchor);
  if (!m) return null;
  const word = m[1] ?? "";
  const rest = anchor.slice(word.length);
  if (rest && !rest.startsWith("-")) return null;
  if (/\p{Ll}\p{Lu}/u.test(word) || rest.startsWith("--") || (rest === "" && word.length >= 12)) return word;
  return null;
}

/**
 * The code a section's heading or anchors name. For a code line written in another script (`written`), a
 * heading word the anchors do not confirm must read like that code in Latin letters: a product name in the
 * heading (`…-VMSnapshot`) is not the code.
 */
function recoverFromSection(heading: HeadingInfo, written?: string): { code: string; origin: "heading" | "anchor" } | null {
  const words = headingCodeWords(heading.title);
  const fromAnchors = [...heading.anchors, heading.autoId ?? ""].map((a) => anchorCode(a)).filter((c): c is string => Boolean(c));
  // A heading word the anchors confirm, else the only code word, else the one the heading starts with.
  const confirmed = words.find((w) => fromAnchors.some((c) => w.toLowerCase().startsWith(c.toLowerCase())));
  const unconfirmed = words.length === 1 ? words[0] : words.find((w) => heading.title.startsWith(w));
  const word = confirmed ?? (unconfirmed && (!written || readsLike(written, unconfirmed)) ? unconfirmed : undefined);
  if (word) return { code: word, origin: "heading" };
  // Prefer the anchor spelling that keeps its case.
  const anchor = fromAnchors.find((c) => /\p{Lu}/u.test(c)) ?? fromAnchors[0];
  return anchor ? { code: anchor, origin: "anchor" } : null;
}

/**
 * A code that machine translation split into words (`Extensionfailedstateful Serviceinbadstate` for
 * `ExtensionFailedVssServiceInBadState`): the only code of its line, not camel case, with words after
 * it, and the whole reads like the code the section's heading or anchors name.
 */
function brokenUp(token: string, value: CodeValue, code: string): boolean {
  if (value.codes.length !== 1 || !value.trailing || isCamelCode(token) || token.toLowerCase() === code.toLowerCase()) return false;
  const joined = `${token}${value.trailing}`.replace(/\s+/gu, "");
  return /^[A-Za-z0-9_]+$/.test(joined) && readsLike(joined, code);
}

/** Every code an anchor names before its title: `a--b--c---title` names `a`, `b` and `c`. */
function anchorCodes(anchor: string): string[] {
  const head = /^(.*?)---/.exec(anchor)?.[1];
  if (!head) return [];
  return head.split("--").filter((c) => /^[A-Za-z0-9]{6,}$/.test(c));
}

/**
 * The code of the section a folded token was meant to spell, when it differs from the token beyond case:
 * the anchors' code (or the heading's camel-case word the anchors confirm) that the token reads most like,
 * among those no earlier code line of the section has read.
 */
function sectionSpelling(heading: HeadingInfo, folded: string, taken: Set<string>): { code: string; origin: "heading" | "anchor" } | null {
  const fromAnchors = [...new Set([...heading.anchors, heading.autoId ?? ""].flatMap(anchorCodes))];
  const words = headingCodeWords(heading.title).filter(isCamelCode);
  const candidates = fromAnchors.map((a) => {
    const word = words.find((w) => w.toLowerCase() === a.toLowerCase());
    return word ? { code: word, origin: "heading" as const } : { code: a, origin: "anchor" as const };
  });
  const near = candidates
    // Each code line of a section names another code: one read already is not this one.
    .filter((c) => !taken.has(c.code.toLowerCase()) && readsLike(folded, c.code))
    .sort((a, b) => distance(folded.toLowerCase(), a.code.toLowerCase()) - distance(folded.toLowerCase(), b.code.toLowerCase()));
  const best = near[0];
  return best && best.code.toLowerCase() !== folded.toLowerCase() ? best : null;
}

/** Whether a code written in another script reads like `code` once in Latin letters (a transliteration differs by a few letters in ten). */
function readsLike(written: string, code: string): boolean {
  const latin = anyAscii(written).toLowerCase();
  const target = code.toLowerCase();
  return distance(latin, target) <= Math.ceil(Math.max(latin.length, target.length) * 0.3);
}

/** Drops quotes that wrap the whole message (machine translation adds them), never a quote inside it. */
export function unquote(text: string): string {
  const wrapped = /^["“«„「『](.*)["”»“」』]\s*\.?$/su.exec(text.trim());
  return wrapped && !/["“”«»„「」『』]/u.test(wrapped[1] ?? "") ? (wrapped[1] ?? "").trim() : text.trim();
}
