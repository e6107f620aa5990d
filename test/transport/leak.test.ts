/**
 * 100,000 calls through one client with the defaults (30 s timeout per attempt,
 * retries, typed errors, credentials) over an in-memory fetch: some time out (a 2 ms per-call
 * timeout), some are aborted by the caller, some are retried (a 503, then a
 * 200). Nothing may be left behind: no timers, no abort listeners on a long-lived caller signal, no
 * heap growth beyond 10 MB after a GC.
 *
 * The calls run in this test file's own worker process (`leak-script.ts`): the in-memory fetch becomes
 * the global fetch before the SDK is imported, and `gc` comes from V8's flags.
 */
import { describe, expect, it } from "vitest";
import { measureLeaks } from "./leak-script.js";

const CALLS = 100_000;

describe("no leaks over 100,000 calls with the defaults", () => {
  it("leaves no timers, no listeners and no heap behind", { timeout: 150_000 }, async () => {
    const figures = await measureLeaks(CALLS);
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
