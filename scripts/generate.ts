/**
 * Generates `src/generated/` (git-ignored) from the synced specs: per spec the types
 * (openapi-typescript with read/write markers), the runtime operation table and the entry module with
 * its factory; per API id an entry that re-exports the default version.
 *
 * All work happens in one process, spread over worker threads. Output is staged and swapped in only
 * when every spec succeeded, so a failure never leaves a half-written `src/generated/`.
 *
 * Usage: tsx scripts/generate.ts [--force] [--quiet]
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import type { Job } from "./generate-worker.ts";
import type { GeneratedSpec } from "../src/codegen/generate-spec.ts";
import { GENERATED_DIR, ROOT, type Registry, loadRegistry, specFile, specKey } from "../src/codegen/registry.ts";
import { hasWorkflows } from "./lib/workflow-exports.ts";
import { renderDefaultEntry } from "../src/codegen/render.ts";
import { renderVersions } from "../src/codegen/render-versions.ts";
import { buildSourceTree, checkRelativeRefs } from "../src/codegen/source-tree.ts";
import { sha256 } from "./sync-specs.ts";

const STAMP = ".stamp";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** A hash of everything generation depends on; equal stamps mean the output is current. */
export function inputsStamp(registry: Registry): string {
  const hash = createHash("sha256");
  const inputs = [
    join(ROOT, "specs", "registry.json"),
    join(ROOT, "src", "core", "operation-table.ts"),
    join(ROOT, "node_modules", "openapi-typescript", "package.json"),
    ...filesUnder(join(ROOT, "scripts")).sort(),
    ...filesUnder(join(ROOT, "src", "codegen")).sort(),
  ];
  for (const file of inputs) hash.update(relative(ROOT, file)).update(existsSync(file) ? readFileSync(file) : "");
  for (const spec of registry.specs) hash.update(spec.sha256);
  // The workflows (and which versions they fit) decide what the entries re-export.
  for (const api of registry.apis) {
    const index = join(ROOT, "src", "apis", api.id, "index.ts");
    hash.update(`${api.id}:`).update(hasWorkflows(api.id) ? readFileSync(index) : "");
  }
  hash.update(readFileSync(join(ROOT, "src", "apis", "workflow-needs.ts")));
  return hash.digest("hex");
}

/** Fails with one message naming every spec that is missing or altered. */
function checkSynced(registry: Registry): void {
  const problems = registry.specs.flatMap((spec) => {
    const file = specFile(spec);
    if (!existsSync(file)) return [`${specKey(spec)} is missing (${relative(ROOT, file)})`];
    const actual = sha256(readFileSync(file));
    return actual === spec.sha256 ? [] : [`${specKey(spec)} has sha256 ${actual}, expected ${spec.sha256}`];
  });
  if (problems.length > 0) {
    throw new Error(`specs are not synced:\n  - ${problems.join("\n  - ")}\nRun \`npm run sync-specs\` first.`);
  }
}

function runPool(jobs: Job[], size: number): Promise<Map<string, GeneratedSpec | Error>> {
  const results = new Map<string, GeneratedSpec | Error>();
  const queue = [...jobs];
  const workerUrl = new URL("./generate-worker.ts", import.meta.url);
  const one = (): Promise<void> =>
    new Promise((done, fail) => {
      // Workers do not inherit tsx's loader: register it, then load the TypeScript worker module.
      const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
      const worker = new Worker(boot, { eval: true });
      let current: Job | undefined;
      const next = (): void => {
        current = queue.shift();
        if (!current) {
          void worker.terminate().then(() => done());
          return;
        }
        worker.postMessage(current);
      };
      worker.on("message", (message: { ok: true; result: GeneratedSpec } | { ok: false; message: string }) => {
        if (current) results.set(specKey(current.spec), message.ok ? message.result : new Error(message.message));
        next();
      });
      worker.on("error", fail);
      next();
    });
  return Promise.all(Array.from({ length: size }, one)).then(() => results);
}

/** Generates every registered spec into `outDir` (staged, then swapped in). */
export async function generateAll(options: { force?: boolean; outDir?: string } = {}): Promise<{ skipped: boolean; seconds: number; results: Map<string, GeneratedSpec | Error> }> {
  const started = performance.now();
  const registry = loadRegistry();
  const outDir = options.outDir ?? GENERATED_DIR;
  const stamp = inputsStamp(registry);
  const stampFile = join(outDir, STAMP);
  if (!options.force && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
    return { skipped: true, seconds: (performance.now() - started) / 1000, results: new Map() };
  }
  checkSynced(registry);
  const work = mkdtempSync(join(tmpdir(), "commonground-generate-"));
  try {
    const located = buildSourceTree(registry, join(work, "tree"));
    const refProblems = checkRelativeRefs(registry, located);
    if (refProblems.length > 0) throw new Error(refProblems.join("\n"));
    const jobs: Job[] = registry.specs
      .map((spec) => ({
        api: registry.apis.find((a) => a.id === spec.id) as Job["api"],
        spec,
        file: located.get(specKey(spec)) as string,
      }))
      .sort((a, b) => statSync(b.file).size - statSync(a.file).size);
    const size = Math.max(1, Math.min(availableParallelism(), jobs.length));
    const results = await runPool(jobs, size);
    const failed = [...results].filter((entry): entry is [string, Error] => entry[1] instanceof Error);
    if (failed.length > 0) {
      throw new Error(
        `generation failed for ${failed.length} spec(s); ${relative(ROOT, outDir) || outDir} was left as it was:\n` +
          failed.map(([key, error]) => `  - ${key}: ${error.message}`).join("\n"),
      );
    }
    const staging = join(work, "out");
    for (const [key, result] of results) {
      const dir = join(staging, ...key.split("/"));
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of Object.entries((result as GeneratedSpec).files)) writeFileSync(join(dir, name), text);
    }
    for (const api of registry.apis) {
      writeFileSync(join(staging, api.id, "index.ts"), renderDefaultEntry(api));
      if (api.kind !== "client") continue;
      // Every variant's operations and query parameters, for the `apiVersion` guard (a lazy chunk).
      const variants = registry.specs
        .filter((spec) => spec.id === api.id)
        .map((spec) => ({ variant: spec.variant, version: spec.version, surface: (results.get(specKey(spec)) as GeneratedSpec).surface }));
      writeFileSync(join(staging, api.id, "versions.ts"), renderVersions(api.id, variants, { title: api.title }));
    }
    writeFileSync(join(staging, STAMP), stamp);
    swapIn(staging, outDir);
    return { skipped: false, seconds: (performance.now() - started) / 1000, results };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Replaces `outDir` by `staging` with renames, so readers see the old or the new tree, never a mix. */
function swapIn(staging: string, outDir: string): void {
  const parent = resolve(outDir, "..");
  const incoming = join(parent, `.generated-incoming-${process.pid}`);
  const old = join(parent, `.generated-old-${process.pid}`);
  rmSync(incoming, { recursive: true, force: true });
  // Copy into the same file system first (tmp may be another device), then rename.
  mkdirSync(incoming, { recursive: true });
  for (const file of filesUnder(staging)) {
    const target = join(incoming, relative(staging, file));
    mkdirSync(resolve(target, ".."), { recursive: true });
    writeFileSync(target, readFileSync(file));
  }
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(incoming, outDir);
  rmSync(old, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { force: { type: "boolean" }, quiet: { type: "boolean" } } });
  const { skipped, seconds, results } = await generateAll({ force: values.force ?? false });
  if (values.quiet && skipped) return;
  if (skipped) {
    process.stdout.write(`generate: src/generated/ is up to date (${seconds.toFixed(2)} s)\n`);
    return;
  }
  let operations = 0;
  for (const r of results.values()) if (!(r instanceof Error)) operations += r.operations;
  process.stdout.write(`generate: ${results.size} specs, ${operations} operations in ${seconds.toFixed(1)} s\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? "")) {
  main().catch((error: unknown) => {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
