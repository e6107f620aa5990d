/**
 * Per-request overhead of the SDK's client (ZGW JWT auth, retries and error mapping on) against bare
 * openapi-fetch and raw fetch, all in one run against one loopback Node HTTP server (its own process) answering
 * GET /zaken with a 20-item page. Requests are interleaved one by one (raw, bare, SDK, …, in a rotating
 * order) so that drift and GC hit every variant alike. Goal: median ≤ 1.10× bare openapi-fetch.
 *
 * Two SDK rows with a goal each: the configuration (JWT auth, retries, error mapping;
 * `timeout: false`, as bare openapi-fetch has none; goal ≤ 1.10×) and the SDK's defaults, which add a
 * 30 s per-attempt timeout (goal ≤ 1.05×: an abort signal per attempt, handed to the platform's fetch
 * as its init, and the shared deadline clock instead of a timer per attempt).
 *
 * Measures the built package (dist/): run `npm run build` first.
 *
 * Run: npx tsx bench/transport-overhead.bench.ts [requestsPerRound=200] [rounds=10]
 */
import { spawn } from "node:child_process";
import createClient from "openapi-fetch";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { paths } from "../src/generated/zaken/1.7.0/types.js";
import { ROOT, cannotRun, warnIfDistStale } from "./shared.ts";

// The SDK as users run it: the built package (dist/), not the sources through tsx (whose
// keep-names helper wraps every closure the SDK makes per request).
const built = join(ROOT, "dist", "zaken", "index.js");
if (!existsSync(built)) cannotRun("dist/ is missing: run `npm run build` first");
warnIfDistStale(built);
const { zgwJwt } = (await import(join(ROOT, "dist", "index.js"))) as typeof import("../src/index.js");
const { createZakenClient } = (await import(built)) as typeof import("../src/generated/zaken/index.js");

const perRound = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 10);

const zaak = (n: number) => ({
  url: `http://127.0.0.1/zaken/api/v1/zaken/${n}`,
  uuid: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  identificatie: `ZAAK-2026-${String(n).padStart(4, "0")}`,
  bronorganisatie: "002220647",
  omschrijving: "Aanvraag parkeervergunning",
  zaaktype: "http://127.0.0.1/catalogi/api/v1/zaaktypen/1",
  verantwoordelijkeOrganisatie: "002220647",
  startdatum: "2026-11-02",
  archiefstatus: "nog_te_archiveren",
});
const page = JSON.stringify({ count: 20, next: null, previous: null, results: Array.from({ length: 20 }, (_, i) => zaak(i + 1)) });

// The server runs in its own process, as a real API does: in-process, its work would share the
// client's event loop and count every client microsecond twice.
const serverCode = `
  const page = ${JSON.stringify(page)};
  const server = require("node:http").createServer((req, res) => {
    req.resume();
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(page) });
    res.end(page);
  });
  server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"));
  process.on("disconnect", () => process.exit(0));
`;
const child = spawn(process.execPath, ["-e", serverCode], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
const port = await new Promise<string>((resolve) => child.stdout?.once("data", (d: Buffer) => resolve(d.toString().trim())));
const baseUrl = `http://127.0.0.1:${port}/zaken/api/v1`;

const crs = { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" } as const;
const bare = createClient<paths>({ baseUrl });
const auth = zgwJwt({ clientId: "bench", secret: "a-benchmark-secret-of-at-least-32-bytes!", userId: "bench@example.nl" });
const sdk = createZakenClient({ baseUrl, auth, throwOnError: true, timeout: false });
const sdkDefaults = createZakenClient({ baseUrl, auth, throwOnError: true });
// Informational: the SDK without credentials (no auth header, redirects left to fetch).
const sdkNoAuth = createZakenClient({ baseUrl, throwOnError: true, timeout: false });
const SDK = "commonground-sdk (JWT, retries, errors)";
const DEFAULTS = "commonground-sdk defaults (+ 30 s timeout)";
// Informational: bare openapi-fetch sending the same (pre-signed) JWT, to separate the cost of the
// header itself (undici validates every byte of a ~250-byte value) from the SDK's own work.
const signed = (await auth.headers(new Request(baseUrl))) as Record<string, string>;
const bareWithJwt = createClient<paths>({ baseUrl, headers: signed });

const variants: Record<string, () => Promise<unknown>> = {
  "raw fetch": async () => (await fetch(`${baseUrl}/zaken?page=1`, { headers: crs })).json(),
  "bare openapi-fetch": async () => (await bare.GET("/zaken", { params: { query: { page: 1 }, header: crs } })).data,
  "bare openapi-fetch + the same JWT header (informational)": async () =>
    (await bareWithJwt.GET("/zaken", { params: { query: { page: 1 }, header: crs } })).data,
  "commonground-sdk without auth (retries, errors; informational)": async () => (await sdkNoAuth.GET("/zaken", { params: { query: { page: 1 } } })).data,
  [SDK]: async () => (await sdk.GET("/zaken", { params: { query: { page: 1 } } })).data,
  [DEFAULTS]: async () => (await sdkDefaults.GET("/zaken", { params: { query: { page: 1 } } })).data,
};

const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (const run of Object.values(variants)) for (let i = 0; i < 50; i++) await run(); // warm-up
const entries = Object.entries(variants);
for (let i = 0; i < rounds * perRound; i++) {
  for (let j = 0; j < entries.length; j++) {
    const [name, run] = entries[(i + j) % entries.length] as [string, () => Promise<unknown>];
    const t = performance.now();
    await run();
    samples[name]?.push(performance.now() - t);
  }
}
child.kill();

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? Number.NaN;
const bareMedian = median(samples["bare openapi-fetch"] ?? []);
console.log(`transport overhead: ${rounds} rounds × ${perRound} GET /zaken (20 items) per variant, loopback, node ${process.version}`);
console.log("| variant | median µs | p95 µs | × bare openapi-fetch |");
console.log("|---|---|---|---|");
for (const [name, xs] of Object.entries(samples)) {
  console.log(`| ${name} | ${(median(xs) * 1000).toFixed(0)} | ${(p95(xs) * 1000).toFixed(0)} | ${(median(xs) / bareMedian).toFixed(3)} |`);
}
const ratio = median(samples[SDK] ?? []) / bareMedian;
console.log(`${ratio <= 1.1 ? "PASS" : "FAIL"}: SDK median ${ratio.toFixed(3)}× bare openapi-fetch (goal ≤ 1.10×)`);
const defaultsRatio = median(samples[DEFAULTS] ?? []) / bareMedian;
console.log(`${defaultsRatio <= 1.05 ? "PASS" : "FAIL"}: SDK defaults (30 s timeout) median ${defaultsRatio.toFixed(3)}× bare openapi-fetch (goal ≤ 1.05×)`);
