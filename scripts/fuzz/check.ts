/**
 * Runs one source through the whole pipeline (the loader's steps: decode,
 * input guard, parser, corpus, rendering) beside the English article, and
 * checks what must hold for any input: the output is a valid document, no
 * hostile markup reaches a page, and every text block of the source lands on
 * its article page — or, where it does not, a diagnostic says so.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { toString as hastToString } from "hast-util-to-string";
import type { CorpusDocument } from "../../src/corpus/records.ts";
import { articleSchema, causeSchema, diagnosticSchema, errorSchema, solutionSchema } from "../../src/corpus/records.ts";
import { corpusFrom, parseFiles } from "../../src/loaders/read-content.ts";
import { decodeSource } from "../../src/parser/decode-source.ts";
import type { Diagnostic, ParsedSource } from "../../src/parser/types.ts";
import { type TextBlock as Block, textBlocks } from "./text-blocks.ts";

export const ROOT = join(import.meta.dirname, "../..");
export const ENGLISH = "content/en/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.md";

export interface Finding {
  /** `invalid`: the output breaks the records' schema or lets hostile markup through; `silent-loss`: text lost without a diagnostic. */
  kind: "invalid" | "silent-loss";
  detail: string;
}

export interface CheckResult {
  findings: Finding[];
  /** Blocks missing from the article page, each covered by a diagnostic (reported, so not a failure). */
  reportedLosses: number;
  /** The diagnostics of the checked file. */
  diagnostics: Diagnostic[];
  /** Its article page's HTML ("" when it has none). */
  articleHtml: string;
}

/** A private project root with the English article and the includes, where a mutant is written as one more source. */
export function makeSandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), "atlas-fuzz-"));
  cpSync(join(ROOT, "content/includes"), join(dir, "content/includes"), { recursive: true });
  mkdirSync(join(dir, dirname(ENGLISH)), { recursive: true });
  cpSync(join(ROOT, ENGLISH), join(dir, ENGLISH));
  return dir;
}

export function removeSandbox(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Hostile markup that must never reach a page, whatever the source says. */
const HOSTILE = /<(script|iframe|object|embed|style|form)\b|\son[a-z]+\s*=|(href|src)\s*=\s*"\s*(javascript|vbscript|data):/i;

function validate(corpus: CorpusDocument, findings: Finding[]): void {
  const check = (what: string, schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, items: readonly unknown[]) => {
    for (const item of items) {
      const result = schema.safeParse(JSON.parse(JSON.stringify(item)));
      if (!result.success) findings.push({ kind: "invalid", detail: `${what} breaks its schema: ${String(result.error).slice(0, 300)}` });
    }
  };
  check("error", errorSchema, corpus.errors);
  check("cause", causeSchema, corpus.causes);
  check("solution", solutionSchema, corpus.solutions);
  check("article", articleSchema, corpus.articles);
  check("diagnostic", diagnosticSchema, corpus.diagnostics);
  const pages = [
    ...corpus.articles.map((a) => a.html),
    ...corpus.errors.flatMap((e) => [e.bodyHtml, ...e.blocks.map((b) => b.html)]),
    ...corpus.causes.flatMap((c) => [c.bodyHtml, c.solution?.html ?? ""]),
    ...corpus.solutions.map((s) => s.bodyHtml),
  ];
  for (const html of pages) {
    const bad = HOSTILE.exec(html);
    if (bad) findings.push({ kind: "invalid", detail: `hostile markup reached a page: ${bad[0]}` });
  }
}

/** Whether a diagnostic accounts for a block missing from the page. */
function explains(d: Diagnostic, block: Block): boolean {
  if (d.severity === "error") return true; // the build fails: nothing is silent
  if (d.code === "article-skipped") return true; // the whole file is left out, with a note naming it
  if (d.severity !== "warning") return false;
  if (d.line >= block.line && d.line <= block.endLine) return true;
  // An element removed with its content swallows what follows it.
  return d.code === "html-removed" && /with its content/.test(d.message) && d.line <= block.line;
}

const english = new Map<string, ParsedSource>();
function englishOf(sandbox: string): ParsedSource {
  let parsed = english.get(sandbox);
  if (!parsed) {
    [parsed] = parseFiles(sandbox, [join(sandbox, ENGLISH)]);
    if (!parsed) throw new Error("the English article was not parsed");
    english.set(sandbox, parsed);
  }
  return parsed;
}

/**
 * Writes `bytes` as `content/<folder>/<name>` in the sandbox, builds the corpus
 * as the loader does, and checks it. Throws only when the pipeline itself
 * throws (a crash); the caller runs this in a worker with a time limit.
 */
export function checkSource(sandbox: string, bytes: Uint8Array, folder: string, name: string): CheckResult {
  const rel = `content/${folder}/${name}`;
  const path = join(sandbox, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  try {
    // As readContent does, but the English article is parsed once per sandbox (a copy is used: the corpus fills in parsed records).
    const [parsed] = parseFiles(sandbox, [path]);
    if (!parsed) throw new Error(`${rel} was not parsed`);
    const sources = rel === ENGLISH ? [parsed] : [structuredClone(englishOf(sandbox)), parsed];
    const troubleshooting = (p: ParsedSource): boolean => p.errors.length > 0 || p.diagnostics.some((d) => d.severity === "error");
    const corpus = corpusFrom(sandbox, sources.filter(troubleshooting));
    if (!troubleshooting(parsed))
      corpus.diagnostics.push({ file: rel, line: 1, column: 1, severity: "info", code: "article-skipped", message: "no error section" });
    const findings: Finding[] = [];
    validate(corpus, findings);

    const own = corpus.diagnostics.filter((d) => d.file === rel);
    const article = corpus.articles.find((a) => a.file === rel);
    const repairs = corpus.errors.flatMap((e) =>
      e.aliases.map((a): [RegExp, string] => [new RegExp(a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu"), e.codes[0] ?? a]),
    );
    // Compared without whitespace (line breaks render as spaces or nothing) and without `>` (an alert's
    // continuation line keeps a literal `>` that the renderer drops), with the declared code repairs applied.
    const squash = (t: string): string =>
      repairs
        .reduce((out, [alias, code]) => out.replace(alias, code), t)
        .replace(/\s+/g, "")
        .replace(/>/g, "");
    const page = squash(hastToString(fromHtml(article?.html ?? "", { fragment: true })));
    let reportedLosses = 0;
    const text = decodeSource(bytes, rel).text;
    for (const block of textBlocks(text)) {
      if (page.includes(squash(block.text))) continue;
      if (own.some((d) => explains(d, block))) {
        reportedLosses++;
        continue;
      }
      findings.push({ kind: "silent-loss", detail: `line ${block.line}: ${JSON.stringify(block.text.slice(0, 120))}` });
    }
    return { findings, reportedLosses, diagnostics: own, articleHtml: article?.html ?? "" };
  } finally {
    // The English article is the sandbox's own: put it back; any other mutant goes.
    if (rel === ENGLISH) cpSync(join(ROOT, ENGLISH), path);
    else rmSync(path, { force: true });
  }
}
