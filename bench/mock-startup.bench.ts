/**
 * Start-up of the landscape mock: time from `createMockCommonGround()` + `listen()` to the first
 * answered request, median of 5 runs, each in a fresh process (module loading included).
 * Usage: npx tsx bench/mock-startup.bench.ts
 */
import { execFileSync } from "node:child_process";

const CHILD = `
const t0 = performance.now();
const { createMockCommonGround } = await import("./src/testing/index.ts");
const mock = await createMockCommonGround({ notify: false });
await mock.listen({ port: 0 });
const r = await fetch(mock.baseUrls.bag + "/adressen?postcode=3011AD&huisnummer=40", { headers: { "X-Api-Key": mock.credentials.apiKey } });
await r.text();
const t1 = performance.now();
await mock.close();
console.log(JSON.stringify({ ms: t1 - t0, status: r.status }));
`;

const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", CHILD], { encoding: "utf8" });
  const { ms, status } = JSON.parse(out.trim().split("\n").pop() ?? "{}") as { ms: number; status: number };
  if (status !== 200) throw new Error(`first request answered ${status}`);
  runs.push(ms);
}
runs.sort((a, b) => a - b);
const median = runs[2] ?? 0;
console.log(`mock start-up to first answered request (import + create + listen + GET), 5 fresh processes: median ${median.toFixed(0)} ms (runs ${runs.map((r) => r.toFixed(0)).join(", ")} ms; goal < 500 ms)`);
