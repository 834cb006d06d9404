/**
 * `npm run parse -- [--json] [--strict] [--locale xx-YY] FILE|DIR…`
 *
 * Parses source files or docs trees (in `content/` or anywhere, any
 * language: the locale comes from the front matter, else `--locale`) and
 * prints the records and diagnostics parsed from them, resolved against the
 * project's own sources for cross-locale ids, repairs and links; all of
 * `content/` when no path is given. Exit 0, 1 on content errors (warnings
 * too with `--strict`), 2 on a usage error such as a missing file, 3 on an
 * internal error (a crash: the file is named, the rest is still reported).
 */
import { resolve } from "node:path";
import type { CorpusDocument } from "../corpus/records.ts";
import { fatalDiagnostics, summarize } from "../loaders/diagnostics-report.ts";
import { corpusFrom, listSources, parseFiles } from "../loaders/read-content.ts";
import { formatDiagnostic } from "../parser/diagnostics.ts";
import { INTERNAL_ERROR } from "../parser/parse-guarded.ts";
import type { ParseOptions } from "../parser/parse-source.ts";
import type { Diagnostic, ParsedSource } from "../parser/types.ts";
import { focusedCorpus } from "./focused-corpus.ts";
import { expandInputs, parseArgs, UsageError } from "./inputs.ts";

const root = resolve(import.meta.dirname, "../..");

function run(): number {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const args = parseArgs(process.argv.slice(2), cwd);
  const { named, found } = expandInputs(args.paths, cwd);
  const context = parseFiles(root, listSources(root));
  const build = (parsed: Parameters<typeof corpusFrom>[1]) => corpusFrom(root, parsed, true);
  const strict = args.strict || process.env.ATLAS_STRICT === "1";
  // The parser's option for sources whose front matter names no locale; strict mode makes invalid bytes errors.
  const extra: Partial<ParseOptions> & { strict: boolean } = { strict };
  if (args.locale) Object.assign(extra, { locale: args.locale });
  const fromTrees = parseFiles(root, found, extra);
  // In a docs tree, troubleshooting articles are told by structure, as the build does.
  const articles = fromTrees.filter((p) => p.errors.length || p.diagnostics.some((d) => d.severity === "error"));
  const given = [...parseFiles(root, named, extra), ...articles];
  const doc = given.length || args.paths.length ? focusedCorpus(given, context, build) : build(context);
  doc.diagnostics.push(...fromTrees.filter((p) => !articles.includes(p)).map(skippedNote));
  print(doc, args.json);
  if (doc.diagnostics.some((d) => d.code === INTERNAL_ERROR)) return 3;
  return fatalDiagnostics(doc.diagnostics, strict).length ? 1 : 0;
}

function skippedNote(source: ParsedSource): Diagnostic {
  return {
    file: source.file,
    line: 1,
    column: 1,
    severity: "info",
    code: "article-skipped",
    message: "No error section found (no heading with a code line); not a troubleshooting article, so it was left out.",
  };
}

function print(doc: CorpusDocument, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return;
  }
  for (const a of doc.articles) {
    console.log(`\n${a.file} — ${a.locale}, ${a.date}, ${a.translation}${a.older ? " (older revision)" : ""}`);
    for (const e of doc.errors.filter((r) => r.source.file === a.file)) {
      console.log(`  error ${e.id}: ${e.codes.join(" / ")}${e.aliases.length ? ` (aliases: ${e.aliases.join(", ")})` : ""}`);
      for (const c of e.causes) console.log(`    cause → ${c.ref ?? "(plain text)"} [${c.kind}]`);
      for (const s of e.steps) console.log(`    step  → ${s.ref ?? "(plain text)"}`);
    }
    for (const c of doc.causes.filter((r) => r.source.file === a.file)) console.log(`  cause ${c.id}: ${c.title}`);
    for (const s of doc.solutions.filter((r) => r.source.file === a.file)) console.log(`  solution ${s.id}: ${s.title}`);
  }
  if (doc.diagnostics.length) console.log(`\n${doc.diagnostics.map(formatDiagnostic).join("\n")}`);
  console.log(`\n${summarize(doc.diagnostics)}`);
}

try {
  process.exitCode = run();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`npm run parse: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error(`npm run parse: internal error (a bug in Error Atlas, not in the sources):`, error);
    process.exitCode = 3;
  }
}
