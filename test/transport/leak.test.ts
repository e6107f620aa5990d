/**
 * 100,000 calls through one client with the defaults (30 s timeout per attempt,
 * retries, typed errors, credentials) over an in-memory fetch: some time out (a 2 ms per-call
 * timeout, on a timer of its own), some are aborted by the caller, some are retried (a 503, then a
 * 200). Nothing may be left behind: no timers, no abort listeners on a long-lived caller signal, no
 * heap growth beyond 10 MB after a GC.
 *
 * The calls run in a child process (`node --expose-gc`, sources through tsx), so that the heap can
 * be collected and measured, and so that the in-memory fetch is the global fetch before the SDK loads.
 */
import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..");
const CALLS = 100_000;

interface Figures {
  calls: number;
  fetches: number;
  elapsedMs: number;
  counts: { ok: number; timedOut: number; aborted: number; retried: number; unexpected: number };
  oursMax: number;
  before: { timeouts: number; listeners: number; ours: number; heap: number };
  after: { timeouts: number; listeners: number; ours: number; heap: number };
}

function runScript(calls: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--expose-gc", "--import", "tsx", join(HERE, "leak-script.ts"), String(calls)],
      { cwd: ROOT, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`leak-script failed: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Figures);
      },
    );
  });
}

describe("no leaks over 100,000 calls with the defaults", () => {
  it("leaves no timers, no listeners and no heap behind", { timeout: 150_000 }, async () => {
    const figures = await runScript(CALLS);
    process.stdout.write(`leak test: ${JSON.stringify(figures)}\n`);
    // Every call ended as it should: answered, timed out, aborted with the caller's reason, or retried.
    expect(figures.counts).toEqual({ ok: 88_500, timedOut: 500, aborted: 1_000, retried: 10_000, unexpected: 0 });
    expect(figures.fetches).toBe(CALLS + 10_000 + 1_000);
    // No timer left: every attempt's timer was cleared.
    expect(figures.after.timeouts).toBeLessThanOrEqual(figures.before.timeouts);
    // The SDK's listeners on the long-lived signal: one per call in flight at most, none after.
    expect(figures.oursMax).toBeLessThanOrEqual(100);
    expect(figures.after.ours).toBe(0);
    expect(figures.after.listeners).toBeLessThanOrEqual(figures.before.listeners);
    // The heap is back to within 10 MB of where it was.
    expect(figures.after.heap - figures.before.heap).toBeLessThan(10 * 1024 * 1024);
  });
});
