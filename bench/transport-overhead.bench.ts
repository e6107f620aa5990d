/**
 * Per-request overhead of the SDK's client (ZGW JWT auth, retries and error mapping on) against bare
 * openapi-fetch and raw fetch, all three in one run against one loopback Node HTTP server answering
 * GET /zaken with a 20-item page. Rounds are interleaved (raw, bare, SDK, raw, …) so that drift hits
 * all three alike. Goal: median ≤ 1.10× bare openapi-fetch.
 *
 * Run: npx tsx bench/transport-overhead.bench.ts [requestsPerRound=200] [rounds=10]
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import createClient from "openapi-fetch";
import { zgwJwt } from "../src/auth/zgw-jwt.js";
import type { paths } from "../src/generated/zaken/1.7.0/types.js";
import { createZakenClient } from "../src/generated/zaken/index.js";

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

const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(page) });
  res.end(page);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/zaken/api/v1`;

const crs = { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" } as const;
const bare = createClient<paths>({ baseUrl });
const sdk = createZakenClient({
  baseUrl,
  auth: zgwJwt({ clientId: "bench", secret: "a-benchmark-secret-of-at-least-32-bytes!", userId: "bench@example.nl" }),
  throwOnError: true,
});

const variants: Record<string, () => Promise<unknown>> = {
  "raw fetch": async () => (await fetch(`${baseUrl}/zaken?page=1`, { headers: crs })).json(),
  "bare openapi-fetch": async () => (await bare.GET("/zaken", { params: { query: { page: 1 }, header: crs } })).data,
  "commonground-sdk (JWT, retries, errors)": async () => (await sdk.GET("/zaken", { params: { query: { page: 1 } } })).data,
};

const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (const run of Object.values(variants)) for (let i = 0; i < 50; i++) await run(); // warm-up
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of Object.entries(variants)) {
    for (let i = 0; i < perRound; i++) {
      const t = performance.now();
      await run();
      samples[name]?.push(performance.now() - t);
    }
  }
}
server.close();

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
const ratio = median(samples["commonground-sdk (JWT, retries, errors)"] ?? []) / bareMedian;
console.log(`${ratio <= 1.1 ? "PASS" : "FAIL"}: SDK median ${ratio.toFixed(3)}× bare openapi-fetch (goal ≤ 1.10×)`);
