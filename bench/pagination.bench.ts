/**
 * Pagination benchmarks (issue 4), against a Node HTTP server in its own process on loopback:
 * 1. 10,000 items over 100 pages with 20 ms server latency: parallel pages (default concurrency 4)
 *    against sequential (concurrency 1), in the same run. Goal ≤ 0.3× the sequential time.
 * 2. Streaming 100,000 items (1,000 pages) without collecting them: heap growth ≤ 20 MB.
 *
 * Run: node --expose-gc --import tsx bench/pagination.bench.ts
 */
import { spawn } from "node:child_process";
import { createZakenClient } from "../src/generated/zaken/1.5.1/index.js";

const serverCode = `
  const http = require("node:http");
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const page = Number(url.searchParams.get("page") || "1");
    const total = Number(url.searchParams.get("total"));
    const size = 100;
    const latency = Number(url.searchParams.get("latency"));
    const base = "http://127.0.0.1:" + server.address().port + url.pathname + "?total=" + total + "&latency=" + latency;
    const first = (page - 1) * size;
    const results = [];
    for (let i = first; i < Math.min(first + size, total); i++) results.push({ url: "http://127.0.0.1/zaken/" + i, identificatie: "ZAAK-" + i, omschrijving: "Aanvraag parkeervergunning " + i });
    const body = JSON.stringify({ count: total, next: first + size < total ? base + "&page=" + (page + 1) : null, previous: null, results });
    setTimeout(() => { res.writeHead(200, { "content-type": "application/json" }); res.end(body); }, latency);
  });
  server.listen(0, "127.0.0.1", () => process.stdout.write(server.address().port + "\\n"));
  process.on("disconnect", () => process.exit(0));
`;
const child = spawn(process.execPath, ["-e", serverCode], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
const port = await new Promise<string>((resolve) => child.stdout?.once("data", (d: Buffer) => resolve(d.toString().trim())));
const zaken = createZakenClient({ baseUrl: `http://127.0.0.1:${port}/zaken/api/v1` });
// The list's own filters are not in the spec, so the init goes through untyped query params.
const list = (total: number, latency: number, concurrency: number) =>
  zaken.paginate("/zaken", { params: { query: { total, latency } as never } }, { concurrency, maxPages: 2000 });

async function timed(concurrency: number): Promise<number> {
  const started = performance.now();
  let n = 0;
  for await (const _ of list(10_000, 20, concurrency)) n++;
  if (n !== 10_000) throw new Error(`expected 10000 items, got ${n}`);
  return performance.now() - started;
}

console.log(`pagination bench: node ${process.version}, server in its own process on loopback`);
await timed(4); // warm-up
const seq: number[] = [];
const par: number[] = [];
for (let r = 0; r < 3; r++) {
  seq.push(await timed(1));
  par.push(await timed(4));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ratio = median(par) / median(seq);
console.log("| 10,000 items, 100 pages, 20 ms latency | median ms (3 runs) |");
console.log("|---|---|");
console.log(`| sequential (concurrency 1) | ${median(seq).toFixed(0)} |`);
console.log(`| parallel (default concurrency 4) | ${median(par).toFixed(0)} |`);
console.log(`${ratio <= 0.3 ? "PASS" : "FAIL"}: parallel ${ratio.toFixed(2)}× sequential (goal ≤ 0.30×)`);

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.log("streaming: run with node --expose-gc for the heap figure");
gc?.();
const before = process.memoryUsage().heapUsed;
let peak = before;
let count = 0;
for await (const _ of list(100_000, 0, 4)) {
  if (++count % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
gc?.();
const after = process.memoryUsage().heapUsed;
const growth = (peak - before) / 2 ** 20;
console.log(`| streaming 100,000 items (1,000 pages), not collected | heap before ${(before / 2 ** 20).toFixed(1)} MB, peak +${growth.toFixed(1)} MB, after GC +${((after - before) / 2 ** 20).toFixed(1)} MB |`);
console.log(`${growth <= 20 ? "PASS" : "FAIL"}: heap growth ${growth.toFixed(1)} MB while streaming (goal ≤ 20 MB)`);
child.kill();
