import type { Code } from "mdast";
import { decodeSource } from "./decode-source.ts";
import { checkInput, INPUT_LIMITS, type InputViolation, inputTooComplex, treeDepth } from "./guard-input.ts";
import { type ParseOptions, parseSource } from "./parse-source.ts";
import { keepExtraCells } from "./table-cells.ts";
import type { Diagnostic, ParsedSource } from "./types.ts";

export interface GuardedOptions extends ParseOptions {
  /** Strict mode: byte problems are errors, not warnings. */
  strict?: boolean;
}

/** The code of the diagnostic for a parser crash: the CLI exits with its own status for it. */
export const INTERNAL_ERROR = "internal-error";

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The one way a source file enters the parser: bytes are decoded with a
 * diagnostic for each invalid sequence, the text is checked against the input
 * limits before the Markdown parser sees it, and the parser runs guarded, so
 * one bad file gives an error diagnostic naming it and never stops the rest
 * of the corpus. A file that cannot be parsed keeps its text: the article
 * shows its body as plain text.
 */
export function parseGuarded(input: Uint8Array | string, options: GuardedOptions): ParsedSource {
  const decoded =
    typeof input === "string" ? { text: input, diagnostics: [] } : decodeSource(input, options.file, { strict: options.strict ?? false });
  const text = decoded.text;
  const withBytes = (source: ParsedSource): ParsedSource => ({ ...source, diagnostics: [...decoded.diagnostics, ...source.diagnostics] });

  const violation = checkInput(text);
  if (violation) return withBytes(asPlainText(text, options, inputTooComplex(options.file, violation)));

  let parsed: ParsedSource;
  try {
    parsed = parseSource(text, options);
  } catch (error) {
    return withBytes(asPlainText(text, options, crashed(options.file, error)));
  }
  // Backstop for nesting the line checks cannot see (emphasis inside links inside…): deep trees never reach the renderer.
  const { depth, at } = treeDepth({ children: parsed.tree.nodes }, INPUT_LIMITS.treeDepth);
  if (depth > INPUT_LIMITS.treeDepth) {
    const place: InputViolation = {
      line: at?.position?.start.line ?? 1,
      column: at?.position?.start.column ?? 1,
      what: `Markdown nested more than ${INPUT_LIMITS.treeDepth} levels deep`,
    };
    return withBytes(asPlainText(text, options, inputTooComplex(options.file, place)));
  }
  const fragments = [
    parsed.tree.nodes,
    parsed.intro.nodes,
    ...parsed.errors.map((e) => e.body.nodes),
    ...parsed.causes.flatMap((c) => [c.body.nodes, ...(c.solution ? [c.solution.body.nodes] : [])]),
    ...parsed.solutions.map((s) => s.body.nodes),
  ];
  parsed.diagnostics.push(...keepExtraCells(fragments, options.file));
  return withBytes(parsed);
}

function crashed(file: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);
  return {
    file,
    line: 1,
    column: 1,
    severity: "error",
    code: INTERNAL_ERROR,
    message: `The parser failed on this file (${message}); the article shows the file's text as plain text. This is a bug in Error Atlas: please report it with the file.`,
  };
}

/**
 * The source with its front matter read as usual and its body as one block
 * of plain text (never parsed as Markdown), plus the diagnostic that says why.
 */
function asPlainText(text: string, options: ParseOptions, diagnostic: Diagnostic): ParsedSource {
  const front = FRONT_MATTER.exec(text)?.[0] ?? "";
  const body = text.slice(front.length);
  const frontLines = front.split(/\r\n|\r|\n/).length;
  let meta: ParsedSource;
  try {
    meta = parseSource(front, options);
  } catch {
    meta = { ...parseSource("", options), diagnostics: [] };
  }
  const lines = body.split(/\r\n|\r|\n/);
  const code: Code = {
    type: "code",
    lang: null,
    meta: null,
    value: body.replace(/\r\n?/g, "\n").replace(/\n$/, ""),
    position: {
      start: { line: frontLines, column: 1, offset: front.length },
      end: { line: frontLines + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1, offset: text.length },
    },
  };
  return {
    ...meta,
    heading: null,
    tree: { nodes: [code] },
    intro: { nodes: [code] },
    sections: [{ kind: "intro", heading: null, key: null }],
    errors: [],
    causes: [],
    solutions: [],
    anchors: [],
    diagnostics: [...meta.diagnostics.filter((d) => d.code !== "title-missing"), diagnostic],
  };
}
