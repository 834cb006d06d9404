/** Worker thread of `npm run fuzz`: checks the mutants it is sent, one at a time, in the sandbox it is given. */
import { parentPort, workerData } from "node:worker_threads";
import { checkSource } from "./check.ts";

export interface Job {
  id: number;
  bytes: Uint8Array;
  folder: string;
  name: string;
}

const sandbox = (workerData as { sandbox: string }).sandbox;
parentPort?.on("message", (job: Job) => {
  try {
    const result = checkSource(sandbox, job.bytes, job.folder, job.name);
    parentPort?.postMessage({ id: job.id, ok: true, result });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({
      id: job.id,
      ok: false,
      crash: `${e.name}: ${e.message}\n${(e.stack ?? "").split("\n").slice(1, 8).join("\n")}`,
    });
  }
});
parentPort?.postMessage({ ready: true });
