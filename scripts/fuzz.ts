/**
 * `npm run fuzz -- [--count N] [--seed S] [--timeout MS] [--sources seeds|content|all] [--jobs N] [--out DIR]`
 *
 * Mutates the sources (scripts/fuzz/mutate.ts) and runs each mutant through
 * the whole pipeline in a worker thread with a time limit, checking: no crash,
 * no hang, a valid document, no hostile markup on a page, and every text block
 * of the mutant on its article page or covered by a diagnostic. Failing
 * mutants are saved to `fuzz-failures/` (ignored by git) with what was done
 * to them; fixed ones become fixtures under tests/unit/robustness/fixtures/.
 * Exits 1 when any mutant failed.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "./fuzz/check.ts";
import { runFuzz } from "./fuzz/run.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "200" },
    seed: { type: "string", default: String(Date.now() % 100000) },
    timeout: { type: "string", default: "20000" },
    sources: { type: "string", default: "all" },
    jobs: { type: "string", default: "1" },
    out: { type: "string", default: join(ROOT, "fuzz-failures") },
  },
});
const sources = values.sources === "seeds" || values.sources === "content" ? values.sources : "all";
const seed = Number(values.seed);
console.log(`fuzz: ${values.count} mutants, seed ${seed}, sources ${sources}, ${values.timeout} ms per mutant`);
const summary = await runFuzz({
  count: Number(values.count),
  seed,
  timeout: Number(values.timeout),
  sources,
  jobs: Number(values.jobs),
  out: values.out,
  log: (line) => console.log(line),
});
console.log(
  `\n${summary.mutants} mutants in ${summary.seconds} s (seed ${seed}): ${summary.crashes} crash(es), ${summary.hangs} hang(s), ` +
    `${summary.silentLosses} silent loss(es), ${summary.invalid} invalid output(s); ${summary.reportedLosses} lost block(s) reported by a diagnostic.`,
);
if (summary.failures.length) console.log(`Failing mutants saved in ${values.out}/`);
process.exitCode = summary.failures.length ? 1 : 0;
