import type { Diagnostic } from "./types.ts";

/**
 * Limits on what a source may ask of the Markdown parser and the renderer.
 * Far above anything an article needs (the sources nest lists three deep),
 * far below what overflows the stack (recursive tree walks) or makes the
 * parser's delimiter matching, which grows faster than linearly, take
 * seconds.
 */
export const INPUT_LIMITS = {
  /** Bytes of a whole source. */
  bytes: 2_000_000,
  /** Block containers (block quotes and list items) nested in one another. */
  containers: 32,
  /** Raw HTML elements open at once. */
  html: 128,
  /** Emphasis and strikethrough delimiters (`*`, `_`, `~`) in one paragraph. */
  delimiters: 400,
  /** Link and image brackets (`[`, `]`) in one paragraph. */
  brackets: 1000,
  /** Depth of the parsed Markdown tree (checked on the tree, as a backstop). */
  treeDepth: 96,
} as const;

export interface InputViolation {
  line: number;
  column: number;
  /** What is over which limit, for the diagnostic. */
  what: string;
}

// Elements whose end tag is optional or absent: the HTML parser closes them itself, so they never pile up.
const SELF_CLOSING = new Set(
  "area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp colgroup caption html head body".split(
    " ",
  ),
);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*?)?(\/?)>/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const CODE_SPAN = /(`+)[^`]*?\1/g;

/** Width of leading blanks (a tab counts to the next multiple of four). */
function indentWidth(text: string): { width: number; length: number } {
  let width = 0;
  let length = 0;
  for (const ch of text) {
    if (ch === " ") width++;
    else if (ch === "\t") width += 4 - (width % 4);
    else break;
    length++;
  }
  return { width, length };
}

/** Container markers opening a line (`>`, `-`, `*`, `+`, `1.`, `1)`), counting list indentation as nesting. */
function containerDepth(line: string): number {
  let depth = 0;
  let rest = line;
  for (;;) {
    const { width, length } = indentWidth(rest);
    rest = rest.slice(length);
    const marker = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/.exec(rest);
    if (!marker) return depth;
    // An indented list item sits inside the items it is indented under (two columns each at least).
    if (depth === 0 && marker[0] !== ">") depth += Math.floor(width / 2);
    depth++;
    rest = rest.slice(marker[0].length);
  }
}

/**
 * Checks a source's text, before it is parsed, against `INPUT_LIMITS`; the
 * first place over a limit, or null. Checks are on the raw lines (fenced code
 * and code spans are skipped), so they are cheap and never recurse.
 */
export function checkInput(text: string): InputViolation | null {
  const size = Buffer.byteLength(text, "utf8");
  if (size > INPUT_LIMITS.bytes) return { line: 1, column: 1, what: `${size} bytes, over the limit of ${INPUT_LIMITS.bytes}` };
  const lines = text.split(/\r\n|\r|\n/);
  let fence: string | null = null;
  let openHtml = 0;
  let delimiters = 0;
  let brackets = 0;
  let inParagraph = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const at = (column: number): { line: number; column: number } => ({ line: i + 1, column: column + 1 });
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      if (fenceMark?.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      inParagraph = false;
      continue;
    }
    const depth = containerDepth(line);
    if (depth > INPUT_LIMITS.containers)
      return { ...at(0), what: `${depth} nested block quotes or list items, over the limit of ${INPUT_LIMITS.containers}` };

    if (!line.trim() || THEMATIC_BREAK.test(line)) {
      inParagraph = false;
      continue;
    }
    // A paragraph goes on until a blank line or a line that opens another block.
    const opensBlock = depth > 0 || /^ {0,3}(?:#|\||<)/.test(line);
    if (!inParagraph || opensBlock) {
      delimiters = 0;
      brackets = 0;
    }
    inParagraph = true;
    const prose = line.replace(CODE_SPAN, (m) => " ".repeat(m.length));
    for (let c = 0; c < prose.length; c++) {
      const ch = prose[c];
      if (ch === "*" || ch === "_" || ch === "~") {
        if (++delimiters > INPUT_LIMITS.delimiters)
          return { ...at(c), what: `more than ${INPUT_LIMITS.delimiters} emphasis delimiters (\`*\`, \`_\`, \`~\`) in one paragraph` };
      } else if (ch === "[" || ch === "]") {
        if (++brackets > INPUT_LIMITS.brackets)
          return { ...at(c), what: `more than ${INPUT_LIMITS.brackets} brackets (\`[\`, \`]\`) in one paragraph` };
      }
    }
    for (const tag of prose.matchAll(TAG)) {
      const name = (tag[2] ?? "").toLowerCase();
      if (SELF_CLOSING.has(name) || tag[3]) continue;
      openHtml = tag[1] ? Math.max(0, openHtml - 1) : openHtml + 1;
      if (openHtml > INPUT_LIMITS.html)
        return { ...at(tag.index), what: `${openHtml} HTML elements open at once, over the limit of ${INPUT_LIMITS.html}` };
    }
  }
  return null;
}

/** Depth of a tree, walked without recursion; stops counting past `limit`. */
export function treeDepth(root: { children?: unknown[] }, limit: number): { depth: number; at?: Placed } {
  const stack: [Placed & { children?: unknown[] }, number][] = [[root as Placed, 1]];
  let max = 0;
  let at: Placed | undefined;
  while (stack.length) {
    const [node, depth] = stack.pop() as [Placed & { children?: unknown[] }, number];
    if (depth > max) {
      max = depth;
      at = node.position ? node : at;
      if (max > limit) return { depth: max, ...(at ? { at } : {}) };
    }
    for (const child of node.children ?? []) stack.push([child as Placed, depth + 1]);
  }
  return { depth: max, ...(at ? { at } : {}) };
}

interface Placed {
  position?: { start: { line: number; column: number } };
}

/** The error diagnostic for a source over a limit: it is shown as plain text and fails the build. */
export function inputTooComplex(file: string, v: InputViolation): Diagnostic {
  return {
    file,
    line: v.line,
    column: v.column,
    severity: "error",
    code: "input-too-complex",
    message: `Unexpected input: ${v.what}. The Markdown was not parsed; the article shows the file's text as plain text. Simplify the source at this place.`,
  };
}
