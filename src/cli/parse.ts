/**
 * `npm run parse -- <file ...> [--json] [--strict]`
 *
 * Parses source files (in `content/` or anywhere, any language: the locale
 * comes from the front matter) together with the project's own sources, so
 * ids, repairs and links are resolved across locales, and prints the records
 * and diagnostics of the files given (all of `content/` when none is given).
 */
import { relative, resolve } from "node:path";
import { fatalDiagnostics, summarize } from "../loaders/diagnostics-report.ts";
import { readContent } from "../loaders/read-content.ts";
import { formatDiagnostic } from "../parser/diagnostics.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const strict = args.includes("--strict") || process.env.ATLAS_STRICT === "1";
const files = args.filter((a) => !a.startsWith("--"));
const root = resolve(import.meta.dirname, "../..");
const cwd = process.env.INIT_CWD ?? process.cwd();
const paths = files.map((f) => resolve(cwd, f));

const { corpus, parsed } = readContent({ root, extraFiles: paths, allowUnknownLocales: true });
// Same labels as readContent gives its files: relative to the project root.
const wanted = new Set(paths.length ? paths.map((path) => relative(root, path) || path) : parsed.map((p) => p.file));
const doc = {
  articles: corpus.articles.filter((a) => wanted.has(a.file)),
  errors: corpus.errors.filter((r) => wanted.has(r.source.file)),
  causes: corpus.causes.filter((r) => wanted.has(r.source.file)),
  solutions: corpus.solutions.filter((r) => wanted.has(r.source.file)),
  diagnostics: corpus.diagnostics.filter((d) => wanted.has(d.file)),
};

if (json) {
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
} else {
  for (const a of doc.articles) {
    console.log(`\n${a.file} — ${a.locale}, ${a.date}, ${a.translation}${a.id.includes("@") ? " (older revision)" : ""}`);
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
process.exitCode = fatalDiagnostics(doc.diagnostics, strict).length ? 1 : 0;
