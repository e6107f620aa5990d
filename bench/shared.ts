/**
 * Small helpers shared by the benchmark scripts in bench/ (not a benchmark itself).
 *
 * Benchmarks are informational: they print figures, compare against a baseline measured in the same
 * run and print a PASS/FAIL line against the goal, and exit 0 unless they could not run at all.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root. */
export const ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** GNU time, which reports the peak RSS of a child (and its worker threads). */
export const GNU_TIME = "/usr/bin/time";

/** The tsx CLI of the repository (runs a TypeScript script without npx's start-up cost). */
export const TSX_CLI: string = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** One line describing the machine, for the results table. */
export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${availableParallelism()} cores (nproc), ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}, ${process.platform}/${process.arch}`;
}

/** The checked-out commit, and whether src/, scripts/ or specs/registry.json have uncommitted changes. */
export function revision(): string {
  try {
    const git = (...args: string[]): string => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = git("status", "--porcelain", "--", "src", "scripts", "specs/registry.json", "package.json");
    return `commit ${git("rev-parse", "--short", "HEAD")}${dirty ? " + uncommitted changes in src/, scripts/ or package files" : " (clean src/, scripts/)"}`;
  } catch {
    return "commit unknown (not a git checkout)";
  }
}

/** The 1/5/15-minute load averages: background load makes wall times noisy on a 2-core machine. */
export function load(): string {
  return `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ")} (1/5/15 min)`;
}

/** The outcome of one measured child process. */
export interface Measured {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time measured by this process around the spawn, in ms. */
  readonly wallMs: number;
  /** Peak resident set size of the child (largest process in its tree), in bytes; from GNU time. */
  readonly maxRss: number | undefined;
  /** User + system CPU seconds of the child tree; from GNU time. */
  readonly cpuS: number | undefined;
}

/**
 * Runs a command as a child process under `/usr/bin/time -v` (when present) and returns its output,
 * wall time, peak RSS and CPU time. Peak RSS covers worker threads, which share the process.
 */
export function measure(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const scratch = useTime ? mkdtempSync(join(tmpdir(), "cg-bench-time-")) : undefined;
  const report = scratch ? join(scratch, "time.txt") : undefined;
  const [file, argv] = report ? [GNU_TIME, ["-v", "-o", report, command, ...args]] : [command, [...args]];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", fail);
    child.on("close", (code) => {
      const wallMs = performance.now() - started;
      let maxRss: number | undefined;
      let cpuS: number | undefined;
      if (report && existsSync(report)) {
        const text = readFileSync(report, "utf8");
        const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
        const user = /User time \(seconds\): ([\d.]+)/.exec(text);
        const sys = /System time \(seconds\): ([\d.]+)/.exec(text);
        if (rss?.[1]) maxRss = Number(rss[1]) * 1024;
        if (user?.[1] && sys?.[1]) cpuS = Number(user[1]) + Number(sys[1]);
      }
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      done({ code, stdout, stderr, wallMs, maxRss, cpuS });
    });
  });
}

/** Runs `items` through `task` with at most `limit` at a time; results in input order. */
export async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}

/** Formats a byte count as kB / MB (decimal, as npm and bundlers report). */
export function bytes(n: number | undefined): string {
  if (n === undefined) return "n/a";
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(2)} kB`;
  return `${n} B`;
}

/** Formats milliseconds as seconds. */
export function seconds(ms: number | undefined, digits = 2): string {
  return ms === undefined ? "n/a" : `${(ms / 1000).toFixed(digits)} s`;
}

/** Prints an aligned text table (first column left-aligned, the others right-aligned). */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

/** Prints the verdict line of one goal. */
export function verdict(pass: boolean, text: string): void {
  console.log(`${pass ? "PASS" : "FAIL"}: ${text}`);
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Stops the benchmark because it could not run (exit 1); a missed goal is not a reason. */
export function cannotRun(message: string): never {
  console.error(`benchmark could not run: ${message}`);
  process.exit(1);
}

/**
 * Prints a warning when `builtFile` (something in dist/) is older than the newest `.ts` file under
 * `src/` (generated code included): the figures would then describe an old build.
 */
export function warnIfDistStale(builtFile: string): void {
  const built = statSync(builtFile).mtimeMs;
  let newer: string | undefined;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (newer === undefined && entry.name.endsWith(".ts") && statSync(path).mtimeMs > built) newer = relative(ROOT, path);
    }
  };
  walk(join(ROOT, "src"));
  if (newer) console.log(`warning: dist/ is older than ${newer}: run npm run build for current figures`);
}
