/**
 * Benchmark: `commonground generate` on the largest registered spec (Open Zaak's Zaken API) against
 * the openapi-typescript CLI alone on the same file, in one run (interleaved, median of N).
 *
 * Usage:   npx tsx bench/codegen.bench.ts [--runs N] [--source]
 * Goal:    ≤ 1.3× the baseline's wall time, although we also bundle cross-spec refs, apply overlays
 *          and write the operation table and the entry.
 *
 * Both are what a user runs: `node dist/cli/index.js generate <file> --out <dir>` (the package's
 * `commonground` bin, so `npm run build` first; `--source` runs src/cli through tsx instead, which
 * adds transpiling to our side) and `node node_modules/openapi-typescript/bin/cli.js <file> -o <file>`.
 * The spec is laid out in a temporary source tree with its Catalogi `$ref`s pointing at the local copy
 * (as `npm run generate` does), so neither side touches the network. Each run is a child process
 * under `/usr/bin/time -v` (peak RSS). Exit code 0 whatever the verdict; 1 when it cannot run.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadRegistry, specKey } from "../src/codegen/registry.ts";
import { buildSourceTree } from "../src/codegen/source-tree.ts";
import { ROOT, TSX_CLI, bytes, cannotRun, load, machine, measure, median, printTable, revision, seconds, verdict } from "./shared.ts";

const GOAL = 1.3;
const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, source: { type: "boolean" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) cannotRun("--runs must be a whole number ≥ 1");

const registry = loadRegistry();
// The largest registered spec by bytes (Open Zaak's Zaken API).
const spec = [...registry.specs].sort((a, b) => b.bytes - a.bytes)[0];
if (!spec) cannotRun("the registry is empty");
const cli = join(ROOT, "dist", "cli", "index.js");
if (!values.source && !existsSync(cli)) cannotRun("dist/cli/index.js is missing: run `npm run build` first (or pass --source)");
const baselineCli = join(ROOT, "node_modules", "openapi-typescript", "bin", "cli.js");
const baselineVersion = (JSON.parse(readFileSync(join(ROOT, "node_modules", "openapi-typescript", "package.json"), "utf8")) as { version: string }).version;

const work = mkdtempSync(join(tmpdir(), "cg-codegen-bench-"));
try {
  const file = buildSourceTree(registry, join(work, "tree")).get(specKey(spec)) as string;
  const ours = (i: number) =>
    measure(process.execPath, [...(values.source ? [TSX_CLI, join(ROOT, "src", "cli", "index.ts")] : [cli]), "generate", file, "--out", join(work, `ours-${i}`), "--quiet"], {
      cwd: work,
      env: { ...process.env, CI: "true" },
    });
  const baseline = (i: number) => measure(process.execPath, [baselineCli, file, "-o", join(work, `baseline-${i}.ts`)], { cwd: work });

  console.log(`codegen.bench: commonground generate vs openapi-typescript ${baselineVersion} CLI on ${specKey(spec)} (${bytes(statSync(file).size)}), ${runs} runs interleaved`);
  console.log(`machine: ${machine()}; ${load()}; revision ${revision()}`);
  const rows: { ours: Awaited<ReturnType<typeof ours>>; base: Awaited<ReturnType<typeof baseline>> }[] = [];
  // One warm-up pair (file cache, first compile of each CLI), not counted.
  await ours(-1);
  await baseline(-1);
  for (let i = 0; i < runs; i++) {
    const base = await baseline(i);
    const mine = await ours(i);
    if (mine.code !== 0) cannotRun(`commonground generate failed:\n${mine.stderr}`);
    if (base.code !== 0) cannotRun(`openapi-typescript failed:\n${base.stderr}`);
    rows.push({ ours: mine, base });
  }
  const wall = (pick: (r: (typeof rows)[number]) => number): number => median(rows.map(pick));
  const [oursMs, baseMs] = [wall((r) => r.ours.wallMs), wall((r) => r.base.wallMs)];
  const range = (list: number[]): string => `${seconds(Math.min(...list))}–${seconds(Math.max(...list))}`;
  printTable(
    ["command", "wall, median", "range", "CPU s (median)", "peak RSS (median)", "writes"],
    [
      [
        `commonground generate${values.source ? " (src via tsx)" : ""}`,
        seconds(oursMs),
        range(rows.map((r) => r.ours.wallMs)),
        String(median(rows.map((r) => r.ours.cpuS ?? Number.NaN)).toFixed(2)),
        bytes(median(rows.map((r) => r.ours.maxRss ?? Number.NaN))),
        "types.ts, operations.ts, index.ts",
      ],
      [
        `baseline: openapi-typescript ${baselineVersion} CLI`,
        seconds(baseMs),
        range(rows.map((r) => r.base.wallMs)),
        String(median(rows.map((r) => r.base.cpuS ?? Number.NaN)).toFixed(2)),
        bytes(median(rows.map((r) => r.base.maxRss ?? Number.NaN))),
        "one types file",
      ],
    ],
  );
  const ratio = oursMs / baseMs;
  verdict(ratio <= GOAL, `commonground generate takes ${ratio.toFixed(2)}× the openapi-typescript CLI's wall time (goal ≤ ${GOAL}×)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
