/**
 * Seeded mutations of a source, the way an author, a translator or a broken
 * tool damages one: lines deleted, duplicated and swapped; characters cut;
 * random Unicode, NUL, lone surrogates, stray CRs and invalid bytes inserted;
 * and the constructs the parser relies on broken (`**`, `<a name=`, `](#`,
 * table pipes, alerts).
 */

/** Deterministic PRNG (mulberry32): a seed always gives the same mutants. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Mutant {
  bytes: Uint8Array;
  /** What was done, in order, to reproduce and minimise by hand. */
  ops: string[];
}

// Placeholders for what a JS string cannot carry to UTF-8: replaced by raw bytes when encoding.
const LONE_SURROGATE = "\u{F0001}";
const INVALID_BYTE = "\u{F0002}";
const OVERLONG = "\u{F0003}";

const SAMPLES = [
  "\u200B", // zero-width space
  "\u200F", // right-to-left mark
  "\u202E", // right-to-left override
  "\u0301", // combining acute
  "\uFEFF",
  "\u00A0",
  "\u2028",
  "ß",
  "İ",
  "ﬁ",
  "😀",
  "👩‍💻",
  "中文",
  "עברית",
  "العربية",
  "\t",
  "<",
  ">",
  "&",
  "&amp;",
  "&#x09;",
  "`",
  "\\",
  "|",
  "*",
  "_",
  "[",
  "]",
  "(",
  ")",
  "#",
  "\u0000",
  "\r",
  LONE_SURROGATE,
  INVALID_BYTE,
  OVERLONG,
];

type Op = (lines: string[], rnd: () => number) => string;

const pick = <T>(items: readonly T[], rnd: () => number): T => items[Math.floor(rnd() * items.length)] as T;
const index = (lines: string[], rnd: () => number): number => Math.floor(rnd() * lines.length);

/** Replaces the first match of `pattern` on a random line that has one. */
function breakConstruct(name: string, pattern: RegExp, replacements: readonly string[]): Op {
  return (lines, rnd) => {
    const candidates = lines.map((l, i) => (pattern.test(l) ? i : -1)).filter((i) => i >= 0);
    if (!candidates.length) return `${name}: none`;
    const i = pick(candidates, rnd);
    const by = pick(replacements, rnd);
    lines[i] = (lines[i] ?? "").replace(pattern, by);
    return `${name} line ${i}: ${JSON.stringify(by)}`;
  };
}

const OPS: Record<string, Op> = {
  deleteLine: (lines, rnd) => {
    const i = index(lines, rnd);
    lines.splice(i, 1);
    return `delete line ${i}`;
  },
  duplicateLine: (lines, rnd) => {
    const i = index(lines, rnd);
    lines.splice(i, 0, lines[i] ?? "");
    return `duplicate line ${i}`;
  },
  swapLines: (lines, rnd) => {
    const i = index(lines, rnd);
    const j = rnd() < 0.5 ? Math.min(lines.length - 1, i + 1) : index(lines, rnd);
    [lines[i], lines[j]] = [lines[j] ?? "", lines[i] ?? ""];
    return `swap lines ${i} ${j}`;
  },
  cutChars: (lines, rnd) => {
    const i = index(lines, rnd);
    const line = lines[i] ?? "";
    const at = Math.floor(rnd() * (line.length + 1));
    const n = 1 + Math.floor(rnd() * 12);
    lines[i] = line.slice(0, at) + line.slice(at + n);
    return `cut line ${i} at ${at} ×${n}`;
  },
  insert: (lines, rnd) => {
    const i = index(lines, rnd);
    const line = lines[i] ?? "";
    const at = Math.floor(rnd() * (line.length + 1));
    const cp = Math.floor(rnd() * 0x2ffff);
    const what = rnd() < 0.3 ? String.fromCodePoint(cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp) : pick(SAMPLES, rnd);
    lines[i] = line.slice(0, at) + what + line.slice(at);
    return `insert ${JSON.stringify(what)} line ${i} at ${at}`;
  },
  breakBold: breakConstruct("break **", /\*\*/, ["*", "", "* *", "***", "**\u0000"]),
  breakAnchor: breakConstruct("break <a name=", /<a name="[^"]*">?/, [
    '<a name="',
    "<a name=",
    '<a nam="x">',
    "<a",
    '<a name="a&quot;b">',
    '<a name="x" onclick="y">',
  ]),
  breakAnchorClose: breakConstruct("break </a>", /<\/a>/, ["", "</", "</a", "<a>"]),
  breakLink: breakConstruct("break ](#", /\]\(#/, ["] (#", "](", "(#", "]#", "](#)", "]]((#"]),
  breakLinkClose: breakConstruct("break link )", /\)\*\*/, ["**", ")", "))**"]),
  breakTable: breakConstruct("break table", /\|/, ["", "||", "| x |", "\\|", "|`|`"]),
  breakAlert: breakConstruct("break alert", /\[!(NOTE|WARNING|TIP|IMPORTANT|CAUTION)\]/, [
    "[!NOTE",
    "[!]",
    "[!FOO]",
    "[NOTE]",
    "[!note]",
    "",
  ]),
  breakQuote: breakConstruct("break >", /^>\s?/, ["", ">>", "    >", "> > "]),
  breakHeading: breakConstruct("break #", /^#+/, ["", "#######", "#", "\\#"]),
};

const encoder = new TextEncoder();

/** UTF-8 bytes of a mutant, with the placeholders turned into the broken bytes they stand for. */
function encode(text: string): Uint8Array {
  const parts = text.split(new RegExp(`(${LONE_SURROGATE}|${INVALID_BYTE}|${OVERLONG})`, "u"));
  const chunks = parts.map((p) =>
    p === LONE_SURROGATE
      ? Uint8Array.of(0xed, 0xa0, 0x80)
      : p === INVALID_BYTE
        ? Uint8Array.of(0xff)
        : p === OVERLONG
          ? Uint8Array.of(0xc0, 0xaf)
          : encoder.encode(p),
  );
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * One mutant of `source`: 1–4 operations, on the body only most of the time
 * (a broken front matter makes the file unreadable, which is reported, but
 * leaves the rest of the pipeline untested).
 */
export function mutate(source: string, rnd: () => number): Mutant {
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source)?.[0] ?? "";
  const keepFrontMatter = rnd() < 0.9;
  const head = keepFrontMatter ? fm : "";
  const lines = source.slice(head.length).split("\n");
  const names = Object.keys(OPS);
  const ops: string[] = [];
  const count = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < count && lines.length; k++) {
    const name = pick(names, rnd);
    ops.push((OPS[name] as Op)(lines, rnd));
  }
  return { bytes: encode(head + lines.join("\n")), ops };
}
