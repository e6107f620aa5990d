/** Worker thread of scripts/generate.ts: generates the specs it is handed, one at a time. */
import { parentPort } from "node:worker_threads";
import { generateSpec } from "./lib/generate-spec.ts";
import type { ApiEntry, SpecEntry } from "./lib/registry.ts";

/** A job sent by the main thread. */
export interface Job {
  readonly api: ApiEntry;
  readonly spec: SpecEntry;
  readonly file: string;
}

parentPort?.on("message", async (job: Job) => {
  try {
    const result = await generateSpec(job.api, job.spec, job.file);
    parentPort?.postMessage({ ok: true, result });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
