/**
 * Requests per second of the landscape mock against Prism (`@stoplight/prism-cli` 5.14.2, fetched by
 * npx, not a dependency) on the same Zaken spec, over loopback, with the SDK's Zaken client as the
 * client: a list GET (`GET /zaken`) and a create POST (`POST /zaken`), each for a fixed time at a fixed
 * concurrency; plus the start-up time of each server (spawn to first answered request). Each server
 * runs in its own process; this process is only the client.
 * Usage: npx tsx bench/mock-throughput.bench.ts [--seconds 5] [--concurrency 16] [--spec specs/upstream/zaken/1.5.1/openapi.yaml]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { zgwJwt } from "../src/auth/zgw-jwt.js";
import { createZakenClient } from "../src/generated/zaken/index.js";
import { SEED } from "../src/testing/seed/ids.js";
import { ROOT, machine, printTable } from "./shared.js";

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const SECONDS = Number(arg("seconds", "5"));
const CONCURRENCY = Number(arg("concurrency", "16"));
// Zaken 1.7.0 (what the mock serves) has external $refs (../../catalogi/ztc/…/openapi.yaml) that the
// bundled specs do not ship, so Prism cannot load it; 1.5.1 is self-contained with the same /zaken.
const SPEC = arg("spec", "specs/upstream/zaken/1.5.1/openapi.yaml");
const MOCK_PORT = 41_731;
const PRISM_PORT = 41_732;

const MOCK_CHILD = `
const { createMockCommonGround } = await import("./src/testing/index.ts");
const mock = await createMockCommonGround({ notify: false });
await mock.listen({ port: ${MOCK_PORT}, host: "127.0.0.1" });
console.log("listening");
`;

interface Server {
  readonly name: string;
  readonly child: ChildProcess;
  readonly zakenBase: string;
  readonly startupMs: number;
}

/** Polls `url` until it answers (any HTTP status), at most `timeoutMs`. */
async function firstAnswer(url: string, init: RequestInit, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url, init);
      await r.arrayBuffer();
      return;
    } catch {
      if (Date.now() > until) throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

async function start(name: string, command: string, args: readonly string[], zakenBase: string, headers: Record<string, string>): Promise<Server> {
  const t0 = performance.now();
  const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<never>((_, reject) => {
    child.on("exit", (code) => {
      if (!stopping) reject(new Error(`${name} exited ${code}: ${stderr.slice(-1500)}`));
    });
  });
  await Promise.race([firstAnswer(`${zakenBase}/zaken`, { headers }, 120_000), exited]);
  return { name, child, zakenBase, startupMs: performance.now() - t0 };
}

let stopping = false;

/** Runs `task` from `CONCURRENCY` workers for `SECONDS`; requests per second of 2xx answers. */
async function load(task: () => Promise<number>): Promise<{ rps: number; ok: number; failed: number }> {
  const end = performance.now() + SECONDS * 1000;
  let ok = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const status = await task().catch(() => 0);
        if (status >= 200 && status < 300) ok++;
        else failed++;
      }
    }),
  );
  return { rps: ok / ((performance.now() - t0) / 1000), ok, failed };
}

async function measure(server: Server, zaaktype: string): Promise<{ list: Awaited<ReturnType<typeof load>>; create: Awaited<ReturnType<typeof load>> }> {
  const zaken = createZakenClient({ baseUrl: server.zakenBase, auth: zgwJwt({ clientId: SEED.demoClientId, secret: SEED.demoSecret }) });
  const body = { bronorganisatie: SEED.rsin, verantwoordelijkeOrganisatie: SEED.rsin, zaaktype, startdatum: "2025-04-01" };
  // Warm-up (JIT, keep-alive sockets).
  await load(async () => (await zaken.GET("/zaken")).response.status).catch(() => undefined);
  const list = await load(async () => (await zaken.GET("/zaken")).response.status);
  const create = await load(async () => (await zaken.POST("/zaken", { body: body as never, headers: { "Content-Crs": "EPSG:4326" } })).response.status);
  return { list, create };
}

const servers: Server[] = [];
try {
  const authHeader = { Authorization: "Bearer x", "Accept-Crs": "EPSG:4326" };
  const mock = await start("commonground mock", process.execPath, ["--import", "tsx", "--input-type=module", "-e", MOCK_CHILD], `http://127.0.0.1:${MOCK_PORT}/zaken/api/v1`, authHeader);
  servers.push(mock);
  const prism = await start(
    "Prism 5.14.2",
    "npx",
    ["--yes", "@stoplight/prism-cli@5.14.2", "mock", join(ROOT, SPEC), "--port", String(PRISM_PORT), "--host", "127.0.0.1", "--errors", "false"],
    `http://127.0.0.1:${PRISM_PORT}`,
    authHeader,
  );
  servers.push(prism);
  const rows: string[][] = [];
  const results: Record<string, unknown> = {};
  for (const server of servers) {
    const zaaktype = server === mock ? `http://127.0.0.1:${MOCK_PORT}${SEED.zaaktypeParkeren2025}` : "https://catalogi.example.nl/api/v1/zaaktypen/0e1b8b3b-4b8f-4b8a-9b1a-6c1b2b3c4d5e";
    const { list, create } = await measure(server, zaaktype);
    results[server.name] = { startupMs: Math.round(server.startupMs), list, create };
    rows.push([server.name, `${server.startupMs.toFixed(0)} ms`, `${list.rps.toFixed(0)} (${list.failed} non-2xx)`, `${create.rps.toFixed(0)} (${create.failed} non-2xx)`]);
  }
  console.log(`\nZaken API (${SPEC}), SDK client, ${CONCURRENCY} concurrent requests for ${SECONDS} s each, loopback; ${machine()}`);
  printTable(["server", "start-up to first answer", "GET /zaken req/s", "POST /zaken req/s"], rows);
  console.log(JSON.stringify(results));
} finally {
  stopping = true;
  for (const server of servers) server.child.kill("SIGTERM");
}
