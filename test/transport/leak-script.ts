/**
 * The body of leak.test.ts: `measureLeaks(calls)` sends `calls` requests through one Zaken client with the defaults (30 s timeout, retries, typed
 * errors, JWT credentials) over an in-memory fetch, and prints JSON figures: timers, abort listeners
 * on a long-lived caller signal, heap before and after, and how each kind of call ended.
 *
 * The in-memory fetch is installed as the global fetch before the SDK loads, so the SDK takes it for
 * the platform's and uses its fastest path (the deadline as fetch's init); like undici, it makes a
 * `Request` of (input, init) and watches that request's signal.
 */
import { getEventListeners } from "node:events";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** The figures leak.test.ts asserts on. */
export interface LeakFigures {
  calls: number;
  fetches: number;
  elapsedMs: number;
  counts: { ok: number; timedOut: number; aborted: number; retried: number; unexpected: number };
  oursMax: number;
  before: { timeouts: number; listeners: number; ours: number; heap: number };
  after: { timeouts: number; listeners: number; ours: number; heap: number };
}

/**
 * Runs the calls in this process (a vitest worker: one test file per process). The in-memory fetch
 * is installed as the global fetch before the SDK is imported, and `gc` is made available through V8's
 * flags, so no child process is needed.
 */
export async function measureLeaks(calls: number): Promise<LeakFigures> {
const PAGE = new TextEncoder().encode(JSON.stringify({ count: 1, next: null, previous: null, results: [{ url: "https://zaken.test/zaken/api/v1/zaken/1" }] }));
const attempts = new Map<string, number>();
let fetched = 0;

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  fetched++;
  const request = new Request(input, init);
  const kind = new URL(request.url).searchParams.get("identificatie") ?? "ok";
  if (kind.startsWith("hang")) {
    // Answers only when the request is aborted (a deadline or the caller): rejects with its reason.
    return new Promise<Response>((_, reject) => {
      const signal = request.signal;
      if (signal.aborted) reject(signal.reason);
      else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    });
  }
  if (kind.startsWith("retry")) {
    const seen = (attempts.get(kind) ?? 0) + 1;
    attempts.set(kind, seen);
    if (seen === 1) return new Response("busy", { status: 503 });
    attempts.delete(kind);
  }
  return new Response(PAGE, { status: 200, headers: { "content-type": "application/json" } });
};

const { createZakenClient } = await import("../../src/generated/zaken/index.js");
const { zgwJwt } = await import("../../src/auth/zgw-jwt.js");
const { isTimeoutError } = await import("../../src/errors/guards.js");

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const client = createZakenClient({
  baseUrl: "https://zaken.test/zaken/api/v1",
  auth: zgwJwt({ clientId: "leak-test", secret: "a-leak-test-secret-of-at-least-32-bytes", userId: "leak@example.nl" }),
  retry: { minDelayMs: 0, maxDelayMs: 0 },
});
// One long-lived caller signal, passed to one call in twenty: its listener count must not grow.
// (openapi-fetch puts it on every Request it makes, and undici's Request adds a listener that goes only
// when that Request is garbage collected: so it is counted after a GC, and the SDK's own listeners,
// objects rather than functions, are counted separately.)
const longLived = new AbortController();
const counts = { ok: 0, timedOut: 0, aborted: 0, retried: 0, unexpected: 0 };
const timeouts = (): number => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
const listeners = (): number => getEventListeners(longLived.signal, "abort").length;
const ours = (): number => getEventListeners(longLived.signal, "abort").filter((l) => typeof l !== "function").length;
let oursMax = 0;
const settle = async (): Promise<void> => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
};

/** One call of the kind `i` says: mostly plain, some timing out, aborted by the caller, or retried. */
async function one(i: number): Promise<void> {
  const kind = i % 200 === 7 ? "timeout" : i % 100 === 19 ? "abort" : i % 10 === 3 ? "retry" : "ok";
  const signal = i % 20 === 0 ? longLived.signal : undefined;
  const query = { identificatie: kind === "ok" ? "ok" : kind === "retry" ? `retry-${i}` : `hang-${i}` };
  if (kind === "timeout") {
    const failure = await client.GET("/zaken", { params: { query }, timeout: 2, ...(signal && { signal }) }).catch((e: unknown) => e);
    if (isTimeoutError(failure)) counts.timedOut++;
    else counts.unexpected++;
    return;
  }
  if (kind === "abort") {
    const own = new AbortController();
    const reason = new Error(`caller ${i} gave up`);
    const pending = client.GET("/zaken", { params: { query }, signal: own.signal }).catch((e: unknown) => e);
    queueMicrotask(() => own.abort(reason));
    if ((await pending) === reason) counts.aborted++;
    else counts.unexpected++;
    return;
  }
  const { data } = await client.GET("/zaken", { params: { query }, throwOnError: true, ...(signal && { signal }) });
  if (data?.count === 1) counts[kind === "retry" ? "retried" : "ok"]++;
  else counts.unexpected++;
}

/** `n` calls, 100 at a time; between batches the event loop runs (timers, finalizers). */
async function run(from: number, n: number): Promise<void> {
  for (let i = from; i < from + n; i += 100) {
    const batch = Promise.all(Array.from({ length: Math.min(100, from + n - i) }, (_, k) => one(i + k)));
    oursMax = Math.max(oursMax, ours());
    await batch;
    await new Promise((resolve) => setImmediate(resolve));
    // Now and then a GC, so that undici's finalizers drop the listeners of collected Requests (else
    // the long-lived signal's list grows to thousands and every new Request walks it).
    if ((i - from) % 10_000 === 0) gc();
  }
}

await run(0, 2_000); // warm-up: JIT, pools, the token
await settle();
const before = { timeouts: timeouts(), listeners: listeners(), ours: ours(), heap: process.memoryUsage().heapUsed };
oursMax = 0;
for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] = 0;
const fetchedBefore = fetched;
const started = performance.now();
await run(2_000, calls);
const elapsedMs = performance.now() - started;
await settle();
const after = { timeouts: timeouts(), listeners: listeners(), ours: ours(), heap: process.memoryUsage().heapUsed };
return { calls, fetches: fetched - fetchedBefore, elapsedMs: Math.round(elapsedMs), counts, oursMax, before, after };
}
