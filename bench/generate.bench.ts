/**
 * Benchmark: wall time and peak memory of `sync-specs` + `generate --force` for all registered specs,
 * from cold, against the openapi-typescript CLI run as one process per self-contained spec.
 *
 * Usage:   npx tsx bench/generate.bench.ts [--runs N] [--mirror DIR]...
 * Goal:    sync + generate ≤ 15 s wall and ≤ 1 GB (10^9 bytes) peak RSS on 2 cores.
 *
 * "Cold" means: a fresh scratch checkout in the OS temp dir (package.json, tsconfig.json,
 * specs/registry.json, scripts/ and src/{core,codegen,apis}/ copied, node_modules symlinked) with no
 * specs/upstream/ and no src/generated/. Each run deletes both again. The OS page cache is not
 * dropped. Specs are synced from a mirror folder (given with --mirror, COMMONGROUND_SPECS_MIRROR,
 * ../shared/specs/upstream beside the checkout, or this checkout's own specs/upstream/), so no
 * network is involved unless a spec is in no mirror (the sync line then reports downloads).
 * The repository's own specs/upstream/ and src/generated/ are never touched; the scratch tree's
 * output is compared with src/generated/ as a sanity check.
 *
 * Each step runs as a child process (`node tsx/dist/cli.mjs scripts/<step>.ts`, i.e. what
 * `npm run sync-specs` / `npm run generate` run, minus npm's start-up) under `/usr/bin/time -v`,
 * whose "Maximum resident set size" covers the generator's worker threads (same process).
 *
 * Baseline (same run): `openapi-typescript <spec> -o <file>` (the CLI of the version this repo
 * uses), one process per self-contained spec (the 30 of 37 without external $refs: the other 7 need
 * the multi-spec source tree the generator builds), `nproc` processes at a time. It produces only
 * types.ts (no bundling of cross-spec refs, overlays, operation tables or entries). Its time is also
 * shown extrapolated to all 37 specs in proportion to spec bytes, labelled as such.
 *
 * Exit code 0 whatever the verdict; 1 only when the benchmark could not run.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { delimiter, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { ROOT, TSX_CLI, bytes, cannotRun, load, machine, measure, median, pool, printTable, revision, seconds, verdict } from "./shared.ts";

const GOAL_MS = 15_000;
const GOAL_RSS = 1e9;

interface SpecInfo {
  id: string;
  variant: string;
  bytes: number;
  externalRefs: unknown[];
}

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, mirror: { type: "string", multiple: true } } });
const runs = Math.max(1, Number(values.runs));
const registry = JSON.parse(readFileSync(join(ROOT, "specs", "registry.json"), "utf8")) as { specs: SpecInfo[] };
const specs = registry.specs;

const mirrors = [
  ...(values.mirror ?? []),
  ...(process.env.COMMONGROUND_SPECS_MIRROR ?? "").split(delimiter).filter(Boolean),
  join(ROOT, "..", "shared", "specs", "upstream"),
  join(ROOT, "specs", "upstream"),
].filter((dir) => existsSync(dir));
if (!existsSync(TSX_CLI)) cannotRun("node_modules is missing: run npm ci first");

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** sha256 over the relative paths and contents of every file under `dir` (the stamp file excluded). */
function treeDigest(dir: string): { files: number; bytes: number; digest: string } {
  const hash = createHash("sha256");
  let total = 0;
  const files = filesUnder(dir)
    .filter((f) => !f.endsWith(".stamp"))
    .sort();
  for (const file of files) {
    const data = readFileSync(file);
    total += data.length;
    hash.update(relative(dir, file)).update(data);
  }
  return { files: files.length, bytes: total, digest: hash.digest("hex") };
}

// The scratch checkout.
const scratch = mkdtempSync(join(tmpdir(), "cg-bench-generate-"));
const cleanup = (): void => rmSync(scratch, { recursive: true, force: true });
const fail = (message: string): never => {
  cleanup();
  return cannotRun(message);
};
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

try {
  for (const file of ["package.json", "tsconfig.json", join("specs", "registry.json")]) cpSync(join(ROOT, file), join(scratch, file));
  cpSync(join(ROOT, "scripts"), join(scratch, "scripts"), { recursive: true });
  for (const room of ["core", "codegen", "apis"]) cpSync(join(ROOT, "src", room), join(scratch, "src", room), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(scratch, "node_modules"), "dir");
  const node = process.execPath;
  const mirrorArgs = mirrors.flatMap((m) => ["--mirror", m]);

  console.log("generate.bench: sync-specs + generate --force from cold, vs openapi-typescript CLI per spec");
  console.log(`machine: ${machine()}`);
  console.log(`revision: ${revision()}`);
  console.log(`scratch checkout: ${scratch}; mirrors: ${mirrors.map((m) => (m.startsWith(ROOT) ? relative(ROOT, m) || "." : m)).join(", ") || "none (downloads)"}`);
  console.log(`runs: ${runs}; at start: ${load()}\n`);

  interface OurRun {
    sync: Awaited<ReturnType<typeof measure>>;
    gen: Awaited<ReturnType<typeof measure>>;
  }
  const ours: OurRun[] = [];
  // Baseline: openapi-typescript CLI, one process per self-contained spec, `lanes` at a time.
  const selfContained = specs.filter((s) => s.externalRefs.length === 0);
  const cli = join(ROOT, "node_modules", "openapi-typescript", "bin", "cli.js");
  const oatsVersion = (JSON.parse(readFileSync(join(ROOT, "node_modules", "openapi-typescript", "package.json"), "utf8")) as { version: string }).version;
  const outDir = join(scratch, "baseline-out");
  mkdirSync(outDir, { recursive: true });
  const lanes = availableParallelism();
  interface BaseRun {
    wallMs: number;
    cpuS: number;
    maxRss: number;
    failed: string[];
  }
  const baseline: BaseRun[] = [];
  // Interleaved (ours, baseline, ours, …) so that background load affects both alike.
  for (let run = 1; run <= runs; run++) {
    rmSync(join(scratch, "specs", "upstream"), { recursive: true, force: true });
    rmSync(join(scratch, "src", "generated"), { recursive: true, force: true });
    const sync = await measure(node, [TSX_CLI, "scripts/sync-specs.ts", ...mirrorArgs], { cwd: scratch });
    if (sync.code !== 0) fail(`sync-specs failed (exit ${sync.code}):\n${sync.stdout}${sync.stderr}`);
    const gen = await measure(node, [TSX_CLI, "scripts/generate.ts", "--force"], { cwd: scratch });
    if (gen.code !== 0) fail(`generate failed (exit ${gen.code}):\n${gen.stdout}${gen.stderr}`);
    console.log(`run ${run}: ${sync.stdout.trim()} | ${gen.stdout.trim()}`);
    ours.push({ sync, gen });
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const started = performance.now();
    const results = await pool(selfContained, lanes, (s) =>
      measure(node, [cli, join("specs", "upstream", s.id, s.variant, "openapi.yaml"), "-o", join(outDir, `${s.id}__${s.variant}.ts`)], { cwd: scratch }),
    );
    const wallMs = performance.now() - started;
    const failed = selfContained.filter((_, i) => results[i]?.code !== 0).map((s) => `${s.id}/${s.variant}`);
    baseline.push({
      wallMs,
      cpuS: results.reduce((n, r) => n + (r.cpuS ?? 0), 0),
      maxRss: Math.max(...results.map((r) => r.maxRss ?? 0)),
      failed,
    });
    console.log(`baseline run ${run}: ${selfContained.length - failed.length}/${selfContained.length} specs in ${seconds(wallMs)}${failed.length ? ` (failed: ${failed.join(", ")})` : ""}`);
  }

  const out = treeDigest(join(scratch, "src", "generated"));
  const repo = treeDigest(join(ROOT, "src", "generated"));
  const same = repo.files > 0 && out.digest === repo.digest;
  console.log(
    `output: ${out.files} files, ${bytes(out.bytes)}; ` +
      (repo.files === 0 ? "no src/generated/ in the checkout to compare with" : same ? "identical to src/generated/" : "DIFFERS from src/generated/ (is it stale?)"),
  );

  const allBytes = specs.reduce((n, s) => n + s.bytes, 0);
  const scBytes = selfContained.reduce((n, s) => n + s.bytes, 0);
  const scale = allBytes / scBytes;
  const total = (r: OurRun): number => r.sync.wallMs + r.gen.wallMs;
  const peak = (r: OurRun): number => Math.max(r.sync.maxRss ?? 0, r.gen.maxRss ?? 0);
  const ourWall = median(ours.map(total));
  const ourPeak = Math.max(...ours.map(peak));
  const baseWall = median(baseline.map((b) => b.wallMs));
  const mb = (n: number): string => `${(n / 1e6).toFixed(0)} MB`;

  console.log("");
  printTable(
    ["step", "specs", "spec bytes", "wall (median)", "wall (min–max)", "CPU s (median)", "peak RSS (max)"],
    [
      [
        "sync-specs (cold, from mirror)",
        String(specs.length),
        bytes(allBytes),
        seconds(median(ours.map((r) => r.sync.wallMs))),
        `${seconds(Math.min(...ours.map((r) => r.sync.wallMs)))}–${seconds(Math.max(...ours.map((r) => r.sync.wallMs)))}`,
        median(ours.map((r) => r.sync.cpuS ?? 0)).toFixed(2),
        mb(Math.max(...ours.map((r) => r.sync.maxRss ?? 0))),
      ],
      [
        "generate --force (worker threads)",
        String(specs.length),
        bytes(allBytes),
        seconds(median(ours.map((r) => r.gen.wallMs))),
        `${seconds(Math.min(...ours.map((r) => r.gen.wallMs)))}–${seconds(Math.max(...ours.map((r) => r.gen.wallMs)))}`,
        median(ours.map((r) => r.gen.cpuS ?? 0)).toFixed(2),
        mb(Math.max(...ours.map((r) => r.gen.maxRss ?? 0))),
      ],
      [
        "sync + generate (total)",
        String(specs.length),
        bytes(allBytes),
        seconds(ourWall),
        `${seconds(Math.min(...ours.map(total)))}–${seconds(Math.max(...ours.map(total)))}`,
        median(ours.map((r) => (r.sync.cpuS ?? 0) + (r.gen.cpuS ?? 0))).toFixed(2),
        mb(ourPeak),
      ],
      [
        `baseline: openapi-typescript ${oatsVersion} CLI, 1 process/spec, ${lanes} at a time`,
        String(selfContained.length),
        bytes(scBytes),
        seconds(baseWall),
        `${seconds(Math.min(...baseline.map((b) => b.wallMs)))}–${seconds(Math.max(...baseline.map((b) => b.wallMs)))}`,
        median(baseline.map((b) => b.cpuS)).toFixed(2),
        `${mb(Math.max(...baseline.map((b) => b.maxRss)))} (per process)`,
      ],
      [
        `baseline extrapolated to all ${specs.length} specs (× spec bytes ${scale.toFixed(2)})`,
        String(specs.length),
        bytes(allBytes),
        seconds(baseWall * scale),
        "",
        (median(baseline.map((b) => b.cpuS)) * scale).toFixed(2),
        "",
      ],
    ],
  );
  console.log("");
  const ourCpu = median(ours.map((r) => (r.sync.cpuS ?? 0) + (r.gen.cpuS ?? 0)));
  const baseCpu = median(baseline.map((b) => b.cpuS));
  console.log(
    `ours (all ${specs.length} specs) vs baseline: wall ${(ourWall / baseWall).toFixed(2)}× the baseline's ${selfContained.length} specs, ` +
      `${(ourWall / (baseWall * scale)).toFixed(2)}× extrapolated to ${specs.length}; ` +
      `CPU ${(ourCpu / baseCpu).toFixed(2)}× / ${(ourCpu / (baseCpu * scale)).toFixed(2)}× (CPU time is less sensitive to background load)`,
  );
  console.log(`at end: ${load()}`);
  const pass = ourWall <= GOAL_MS && ourPeak <= GOAL_RSS;
  verdict(
    pass,
    `sync + generate ${seconds(ourWall)} (goal ≤ ${seconds(GOAL_MS, 0)}), peak RSS ${mb(ourPeak)} (goal ≤ ${mb(GOAL_RSS)})` +
      (ourWall > GOAL_MS ? `; time over by ${seconds(ourWall - GOAL_MS)} (${(((ourWall - GOAL_MS) / GOAL_MS) * 100).toFixed(0)}%)` : "") +
      (ourPeak > GOAL_RSS ? `; memory over by ${mb(ourPeak - GOAL_RSS)}` : ""),
  );
} finally {
  cleanup();
}
