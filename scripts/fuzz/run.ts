/**
 * The fuzz loop: mutants of the sources, each checked in a worker thread with
 * a time limit (a hang is ended by terminating the worker), failures saved
 * with what was done to make them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { Worker } from "node:worker_threads";
import { listSources } from "../../src/loaders/read-content.ts";
import { type CheckResult, type Finding, makeSandbox, ROOT, removeSandbox } from "./check.ts";
import { mutate, random } from "./mutate.ts";
import type { Job } from "./worker.ts";

export interface FuzzOptions {
  count: number;
  seed: number;
  /** Time limit per mutant, in milliseconds. */
  timeout: number;
  /** `seeds` (the five source documents), `content` (the project's articles) or `all`. */
  sources: "seeds" | "content" | "all";
  /** Worker threads checking mutants at once (default 1). */
  jobs?: number;
  /** Folder for failing mutants (ignored by git); none to keep nothing. */
  out?: string | undefined;
  log?: (line: string) => void;
}

export interface Source {
  label: string;
  text: string;
  folder: string;
  name: string;
}

export interface Failure {
  index: number;
  source: string;
  kind: "crash" | "hang" | Finding["kind"];
  detail: string;
  ops: string[];
  file?: string;
}

export interface FuzzSummary {
  mutants: number;
  crashes: number;
  hangs: number;
  silentLosses: number;
  invalid: number;
  reportedLosses: number;
  failures: Failure[];
  seconds: number;
}

/** The five source documents of design.md, where shared/ sits beside the project (or at /work/shared). */
export function seedsDir(): string | null {
  return [join(ROOT, "../shared/seeds"), "/work/shared/seeds"].find((d) => existsSync(d)) ?? null;
}

const SLUG = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout";

export function loadSources(which: FuzzOptions["sources"]): Source[] {
  const out: Source[] = [];
  if (which !== "seeds") {
    for (const path of listSources(ROOT)) {
      const rel = relative(join(ROOT, "content"), path).split("\\").join("/");
      const [folder = "x", ...rest] = rel.split("/");
      out.push({ label: relative(ROOT, path), text: readFileSync(path, "utf8"), folder, name: rest.join("/") });
    }
  }
  const seeds = which !== "content" ? seedsDir() : null;
  if (seeds) {
    for (const file of readdirSync(seeds).sort()) {
      const text = readFileSync(join(seeds, file), "utf8");
      const locale = /^ms\.contentlocale:\s*(\S+)/m.exec(text)?.[1] ?? "xx";
      out.push({ label: `seeds/${file}`, text, folder: `seed-${locale}`, name: `${SLUG}.md` });
    }
  }
  return out;
}

type Reply = { ready: true } | { id: number; ok: true; result: CheckResult } | { id: number; ok: false; crash: string };

/** One worker thread and its sandbox; replaced after a hang. */
class Checker {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly sandbox = makeSandbox();
  private onReply: ((r: Reply) => void) | null = null;

  private start(): Promise<void> {
    this.worker = new Worker(new URL("./worker.ts", import.meta.url), { workerData: { sandbox: this.sandbox } });
    this.worker.on("message", (r: Reply) => this.onReply?.(r));
    // A worker that dies (out of memory, a native crash) answers with a crash and is replaced.
    this.worker.on("error", (e: unknown) => {
      this.worker = null;
      this.ready = null;
      this.onReply?.({ id: -1, ok: false, crash: `worker died: ${e instanceof Error ? e.message : String(e)}` });
    });
    return new Promise((resolve) => {
      this.onReply = (r) => {
        if ("ready" in r) resolve();
      };
    });
  }

  async check(job: Job, timeout: number): Promise<Reply | "hang"> {
    this.ready ??= this.start();
    await this.ready;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        void this.worker?.terminate();
        this.worker = null;
        this.ready = null;
        resolve("hang");
      }, timeout);
      this.onReply = (r) => {
        if ("ready" in r) return;
        clearTimeout(timer);
        resolve(r);
      };
      this.worker?.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    removeSandbox(this.sandbox);
  }
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const log = options.log ?? (() => {});
  const sources = loadSources(options.sources);
  if (!sources.length) throw new Error("no sources to mutate");
  const started = performance.now();
  const checkers = Array.from({ length: Math.max(1, options.jobs ?? 1) }, () => new Checker());
  const summary: FuzzSummary = {
    mutants: 0,
    crashes: 0,
    hangs: 0,
    silentLosses: 0,
    invalid: 0,
    reportedLosses: 0,
    failures: [],
    seconds: 0,
  };
  let next = 0;
  const one = async (checker: Checker, i: number): Promise<void> => {
    const source = sources[i % sources.length] as Source;
    const rnd = random((options.seed * 1_000_003 + i) >>> 0);
    const mutant = mutate(source.text, rnd);
    const reply = await checker.check({ id: i, bytes: mutant.bytes, folder: source.folder, name: source.name }, options.timeout);
    summary.mutants++;
    const failed: Failure[] = [];
    const fail = (kind: Failure["kind"], detail: string) => failed.push({ index: i, source: source.label, kind, detail, ops: mutant.ops });
    if (reply === "hang") {
      summary.hangs++;
      fail("hang", `no answer within ${options.timeout} ms`);
    } else if ("ready" in reply) {
      // not a reply to a job
    } else if (!reply.ok) {
      summary.crashes++;
      fail("crash", reply.crash);
    } else {
      summary.reportedLosses += reply.result.reportedLosses;
      for (const f of reply.result.findings) {
        if (f.kind === "silent-loss") summary.silentLosses++;
        else summary.invalid++;
        fail(f.kind, f.detail);
      }
    }
    if (failed.length && options.out) {
      mkdirSync(options.out, { recursive: true });
      const stem = join(options.out, `seed${options.seed}-${i}-${basename(source.name, ".md")}`);
      writeFileSync(`${stem}.md`, mutant.bytes);
      writeFileSync(
        `${stem}.json`,
        `${JSON.stringify({ source: source.label, folder: source.folder, ops: mutant.ops, failures: failed }, null, 2)}\n`,
      );
      for (const f of failed) f.file = `${stem}.md`;
    }
    for (const f of failed) log(`#${i} ${f.kind} (${source.label}; ${f.ops.join("; ")}): ${f.detail.split("\n")[0]}`);
    summary.failures.push(...failed);
    if (summary.mutants % 100 === 0) log(`${summary.mutants}/${options.count} mutants, ${summary.failures.length} failure(s)`);
  };
  try {
    await Promise.all(
      checkers.map(async (checker) => {
        while (next < options.count) await one(checker, next++);
      }),
    );
  } finally {
    await Promise.all(checkers.map((c) => c.close()));
  }
  summary.failures.sort((a, b) => a.index - b.index);
  summary.seconds = Math.round((performance.now() - started) / 100) / 10;
  return summary;
}
