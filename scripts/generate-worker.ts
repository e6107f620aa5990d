/** Worker thread of scripts/generate.ts: generates the specs it is handed, one at a time. */
import { parentPort } from "node:worker_threads";
import { generateSpec } from "../src/codegen/generate-spec.ts";
import type { ApiEntry, SpecEntry } from "../src/codegen/registry.ts";
import { hasWorkflows, workflowExportLines } from "./lib/workflow-exports.ts";

/** A job sent by the main thread. */
export interface Job {
  readonly api: ApiEntry;
  readonly spec: SpecEntry;
  readonly file: string;
}

parentPort?.on("message", async (job: Job) => {
  try {
    const entryLines = hasWorkflows(job.api.id) ? (table: Parameters<typeof workflowExportLines>[1]) => workflowExportLines(job.api.id, table) : undefined;
    const result = await generateSpec(job.api, job.spec, job.file, { entryLines });
    parentPort?.postMessage({ ok: true, result });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
