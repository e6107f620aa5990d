/**
 * Benchmark: type-check cost for a consumer of every default client, SDK factories vs bare
 * openapi-fetch typed with the same generated `paths`.
 *
 * Usage:   npx tsx bench/typecheck.bench.ts [--runs N] [--keep] [--check]
 *          --check (run by `npm test`): exit 1 when the consumer view's instantiation ratio is over the
 *          budget in bench/budgets.ts (instantiation counts are deterministic; times are not checked).
 * Needs:   src/generated/ (npm run generate). The "via package exports" row also needs dist/types/
 *          (npm run build); it is skipped when dist/ is missing.
 * Goal:    SDK Instantiations ≤ 1.2× bare openapi-fetch, and SDK Check time ≤ 3 s. The verdict is on
 *          the consumer view (pkg.ts, dist/types) when dist/ is built, else on the source view
 *          (sdk.ts); both are printed.
 *
 * Writes consumer files at run time into bench/.tmp/typecheck-<pid>/ (inside the repo so that module
 * resolution finds node_modules) and deletes the folder at the end (--keep leaves it for
 * inspection). Each file holds one typed call per API (19 APIs; notificaties-webhook has types only):
 *   - sdk.ts:  `create<Name>Client(...)` from src/generated/<id>/index.ts (the default version);
 *   - bare.ts: `createClient<paths>(...)` from "openapi-fetch" with `paths` from
 *              src/generated/<id>/<default variant>/types.ts;
 *   - pkg.ts:  the same SDK calls imported from "commonground-sdk/<id>", i.e. the built
 *              declarations in dist/types as a package consumer compiles them (sdk.ts also
 *              type-checks the SDK's own implementation, which skipLibCheck does not skip in .ts);
 *   - bare-nocalls.ts / sdk-nocalls.ts: (informational) the clients created but no call made, to
 *              split the fixed cost of the imports from the cost of the calls.
 * The call is a GET (detail or list) per API; the three BRP APIs have a single POST operation each,
 * so theirs is that POST. Each call's result is read one field deep (`r.data?.<field>`), as a
 * consumer would, so that the response type is resolved. Each file is checked by
 * `tsc -p <tsconfig> --extendedDiagnostics`, where the tsconfig extends the repo's tsconfig.json
 * (skipLibCheck true, noEmit) and lists only that file. Note that the repo's `tsc -p .` includes
 * bench/, so it also sees bench/.tmp/ while a run is in progress.
 * Counts (Instantiations, Types, …) are deterministic; times and memory are the median of N runs.
 *
 * Exit code 0 whatever the verdict; 1 only when the benchmark could not run (including a consumer
 * file that does not type-check, which would make the figures meaningless).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { factoryName, loadRegistry } from "../src/codegen/registry.ts";
import { BUDGETS } from "./budgets.ts";
import { ROOT, cannotRun, load, machine, measure, median, printTable, revision, verdict } from "./shared.ts";

const GOAL_RATIO = 1.2;
const GOAL_CHECK_S = 3;

/**
 * One typed call per API id: method, path, the init argument and a read of the result (`r.data` followed
 * by `read`, source text), so that the response type is resolved as a consumer reading a field would.
 */
const CALLS: Record<string, { method: "GET" | "POST"; path: string; init: string; read: string }> = {
  zaken: { method: "GET", path: "/zaken/{uuid}", init: `{ params: { path: { uuid: UUID } } }`, read: "?.identificatie" },
  documenten: { method: "GET", path: "/enkelvoudiginformatieobjecten/{uuid}", init: `{ params: { path: { uuid: UUID } } }`, read: "?.titel" },
  catalogi: { method: "GET", path: "/zaaktypen", init: `{ params: { query: { catalogus: "https://catalogi.example.nl/api/v1/catalogussen/1" } } }`, read: "?.results?.[0]?.omschrijving" },
  besluiten: { method: "GET", path: "/besluiten/{uuid}", init: `{ params: { path: { uuid: UUID } } }`, read: "?.identificatie" },
  autorisaties: { method: "GET", path: "/applicaties/{uuid}", init: `{ params: { path: { uuid: UUID } } }`, read: "?.label" },
  notificaties: { method: "GET", path: "/kanaal", init: `{ params: { query: { naam: "zaken" } } }`, read: "?.[0]?.naam" },
  klantinteracties: { method: "GET", path: "/actoren/{uuid}", init: `{ params: { path: { uuid: UUID } } }`, read: "?.naam" },
  contactgegevens: { method: "GET", path: "/persoon/{uuid}", init: `{ params: { path: { uuid: UUID } } }`, read: "?.uuid" },
  klanten: { method: "GET", path: "/klanten/{uuid}", init: `{ params: { path: { uuid: UUID } } }`, read: "?.voornaam" },
  contactmomenten: { method: "GET", path: "/contactmomenten/{uuid}", init: `{ params: { path: { uuid: UUID } } }`, read: "?.tekst" },
  verzoeken: { method: "GET", path: "/klantverzoeken/{uuid}", init: `{ params: { path: { uuid: UUID } } }`, read: "?.url" },
  objecten: { method: "GET", path: "/objects/{uuid}", init: `{ params: { path: { uuid: UUID } } }`, read: "?.record" },
  objecttypen: { method: "GET", path: "/objecttypes/{uuid}", init: `{ params: { path: { uuid: UUID } } }`, read: "?.name" },
  "brp-personen": {
    method: "POST",
    path: "/personen",
    init: `{ body: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["999993653"], fields: ["naam"] } }`,
    read: "?.type",
  },
  "brp-bewoning": {
    method: "POST",
    path: "/bewoningen",
    init: `{ body: { type: "BewoningMetPeildatum", peildatum: "2020-01-01", adresseerbaarObjectIdentificatie: "0518010000832200" } }`,
    read: "?.bewoningen",
  },
  "brp-historie": {
    method: "POST",
    path: "/verblijfplaatshistorie",
    init: `{ body: { type: "RaadpleegMetPeildatum", burgerservicenummer: "999993653", peildatum: "2020-01-01" } }`,
    read: "?.verblijfplaatsen",
  },
  bag: { method: "GET", path: "/adressen/{nummeraanduidingIdentificatie}", init: `{ params: { path: { nummeraanduidingIdentificatie: "0518200000747446" } } }`, read: "?.postcode" },
  brk: {
    method: "GET",
    path: "/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}",
    init: `{ params: { path: { kadastraalOnroerendeZaakIdentificatie: "76870487970000" } } }`,
    read: "?.identificatie",
  },
  woz: { method: "GET", path: "/wozobjecten/{identificatie}", init: `{ params: { path: { identificatie: "051800000001" } } }`, read: "?.identificatie" },
};

const { values } = parseArgs({
  options: { runs: { type: "string", default: "3" }, keep: { type: "boolean", default: false }, check: { type: "boolean", default: false } },
});
const runs = Math.max(1, Number(values.runs));
const registry = loadRegistry();
const apis = registry.apis.filter((a) => a.kind === "client");
const missing = apis.filter((a) => !CALLS[a.id]).map((a) => a.id);
if (missing.length > 0) cannotRun(`no call defined for ${missing.join(", ")}: add one to CALLS`);
if (!existsSync(join(ROOT, "src", "generated", ".stamp"))) cannotRun("src/generated/ is missing: run npm run generate first");
const withPkg = existsSync(join(ROOT, "dist", "types"));

const dir = join(ROOT, "bench", ".tmp", `typecheck-${process.pid}`);
const toRoot = relative(dir, ROOT).split("\\").join("/");
const cleanup = (): void => {
  if (values.keep) return;
  rmSync(dir, { recursive: true, force: true });
  const parent = join(ROOT, "bench", ".tmp");
  try {
    rmSync(parent); // only when empty (another run may use it)
  } catch {}
};
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

const HEADER = [
  "// Written by bench/typecheck.bench.ts at run time; deleted after the run.",
  `const UUID = "6b0ee4a3-b4f2-4c0b-9c1d-2d1f6f4b5a10";`,
  `const BASE = "https://api.example.nl/api/v1";`,
];

function callLines(client: string, id: string, index: number): string[] {
  const call = CALLS[id] as (typeof CALLS)[string];
  return [`  const r${index} = await ${client}.${call.method}("${call.path}", ${call.init});`, `  out.push(r${index}.data${call.read});`];
}

/** The SDK consumer; without calls, it only creates the clients (the fixed cost of the imports). */
function sdkFile(from: (id: string) => string, calls = true): string {
  const lines = [...HEADER];
  for (const api of apis) lines.push(`import { ${factoryName(api)} } from "${from(api.id)}";`);
  lines.push("", "export async function run(): Promise<unknown[]> {", "  const out: unknown[] = [];");
  for (const [i, api] of apis.entries()) {
    lines.push(`  const c${i} = ${factoryName(api)}({ baseUrl: BASE });`, ...(calls ? callLines(`c${i}`, api.id, i) : [`  out.push(c${i});`]));
  }
  lines.push("  return out;", "}", "");
  return lines.join("\n");
}

/** The bare openapi-fetch consumer, same shape as {@link sdkFile}. */
function bareFile(calls = true): string {
  const lines = [...HEADER, `import createClient from "openapi-fetch";`];
  for (const [i, api] of apis.entries()) lines.push(`import type { paths as P${i} } from "${toRoot}/src/generated/${api.id}/${api.default}/types.js";`);
  lines.push("", "export async function run(): Promise<unknown[]> {", "  const out: unknown[] = [];");
  for (const [i, api] of apis.entries()) {
    lines.push(`  const c${i} = createClient<P${i}>({ baseUrl: BASE });`, ...(calls ? callLines(`c${i}`, api.id, i) : [`  out.push(c${i});`]));
  }
  lines.push("  return out;", "}", "");
  return lines.join("\n");
}

interface Diagnostics {
  [key: string]: number;
}

/** Parses `--extendedDiagnostics` output: counts as numbers, times in s, memory in K. */
function parseDiagnostics(text: string): Diagnostics {
  const result: Diagnostics = {};
  for (const line of text.split("\n")) {
    const m = /^([A-Za-z][A-Za-z ]+?):\s+([\d.]+)([sK]?)\s*$/.exec(line.trim());
    if (m?.[1] && m[2]) result[m[1]] = Number(m[2]);
  }
  return result;
}

interface Variant {
  name: string;
  file: string;
  counts: Diagnostics;
  checkS: number;
  totalS: number;
  memoryMB: number;
  wallS: number;
  peakRssMB: number | undefined;
}

interface Prepared {
  name: string;
  file: string;
  tsconfig: string;
  samples: { d: Diagnostics; wallMs: number; rss: number | undefined }[];
}

/** Writes a consumer file and its tsconfig. */
function prepare(name: string, file: string, source: string): Prepared {
  writeFileSync(join(dir, file), source);
  const tsconfig = `tsconfig.${file.replace(/\.ts$/, "")}.json`;
  writeFileSync(
    join(dir, tsconfig),
    `${JSON.stringify({ extends: `${toRoot}/tsconfig.json`, compilerOptions: { skipLibCheck: true, noEmit: true }, include: [], files: [file] }, null, 2)}\n`,
  );
  return { name, file, tsconfig, samples: [] };
}

/** Runs tsc once on a prepared variant and records the sample. */
async function sample(p: Prepared): Promise<void> {
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const r = await measure(process.execPath, [tsc, "-p", join(dir, p.tsconfig), "--extendedDiagnostics"], { cwd: dir });
  if (r.code !== 0) {
    cleanup();
    cannotRun(`${p.name}: ${p.file} does not type-check (exit ${r.code}):\n${r.stdout.split("\n").filter((l) => /error TS/.test(l)).join("\n") || r.stdout}${r.stderr}`);
  }
  p.samples.push({ d: parseDiagnostics(r.stdout), wallMs: r.wallMs, rss: r.maxRss });
}

/** Summarises the samples of a variant: counts of the first run, medians of times and memory. */
function summarise(p: Prepared): Variant {
  const first = p.samples[0]?.d ?? {};
  const med = (key: string): number => median(p.samples.map((s) => s.d[key] ?? Number.NaN));
  const rss = p.samples.map((s) => s.rss).filter((n): n is number => n !== undefined);
  return {
    name: p.name,
    file: p.file,
    counts: first,
    checkS: med("Check time"),
    totalS: med("Total time"),
    memoryMB: med("Memory used") / 1024,
    wallS: median(p.samples.map((s) => s.wallMs)) / 1000,
    peakRssMB: rss.length > 0 ? median(rss) / 1e6 : undefined,
  };
}

mkdirSync(dir, { recursive: true });
try {
  console.log("typecheck.bench: consumer of every default client, SDK factories vs bare openapi-fetch");
  console.log(`machine: ${machine()}`);
  console.log(`revision: ${revision()}`);
  console.log(`APIs: ${apis.length} (${apis.map((a) => `${a.id}/${a.default}`).join(", ")})`);
  console.log(`runs per variant: ${runs}, interleaved (times and memory: median); at start: ${load()}\n`);

  const prepared = [
    prepare("bare openapi-fetch createClient<paths>", "bare.ts", bareFile()),
    prepare("SDK factories (src/generated/<id>/index.ts)", "sdk.ts", sdkFile((id) => `${toRoot}/src/generated/${id}/index.js`)),
    ...(withPkg ? [prepare("SDK via package exports (dist/types: what a consumer compiles)", "pkg.ts", sdkFile((id) => `commonground-sdk/${id}`))] : []),
    prepare("bare, clients only, no calls (informational)", "bare-nocalls.ts", bareFile(false)),
    prepare("SDK, clients only, no calls (informational)", "sdk-nocalls.ts", sdkFile((id) => `${toRoot}/src/generated/${id}/index.js`, false)),
  ];
  // Interleaved (bare, sdk, pkg, bare, …) so that background load affects every variant alike.
  for (let i = 0; i < runs; i++) for (const p of prepared) await sample(p);
  const variants = prepared.map(summarise);
  const byFile = (file: string): Variant | undefined => variants.find((v) => v.file === file);
  const bare = byFile("bare.ts") as Variant;
  const sdk = byFile("sdk.ts") as Variant;
  const pkg = byFile("pkg.ts");
  const bareFixed = byFile("bare-nocalls.ts") as Variant;
  const sdkFixed = byFile("sdk-nocalls.ts") as Variant;

  const count = (v: Variant, key: string): string => (v.counts[key] ?? Number.NaN).toLocaleString("en-US");
  printTable(
    ["variant", "Files", "Lines", "Types", "Instantiations", "Check time", "Total time", "Memory used", "wall (tsc process)", "peak RSS"],
    variants.map((v) => [
      v.name,
      count(v, "Files"),
      count(v, "Lines of TypeScript"),
      count(v, "Types"),
      count(v, "Instantiations"),
      `${v.checkS.toFixed(2)} s`,
      `${v.totalS.toFixed(2)} s`,
      `${v.memoryMB.toFixed(0)} MB`,
      `${v.wallS.toFixed(2)} s`,
      v.peakRssMB === undefined ? "n/a" : `${v.peakRssMB.toFixed(0)} MB`,
    ]),
  );
  const ratio = (v: Variant, key: string): number => (v.counts[key] ?? Number.NaN) / (bare.counts[key] ?? Number.NaN);
  console.log("");
  console.log(
    `SDK / bare: Instantiations ${ratio(sdk, "Instantiations").toFixed(2)}×, Types ${ratio(sdk, "Types").toFixed(2)}×, ` +
      `Check time ${(sdk.checkS / bare.checkS).toFixed(2)}×` +
      (pkg ? ` | via dist/types: Instantiations ${ratio(pkg, "Instantiations").toFixed(2)}×, Check time ${(pkg.checkS / bare.checkS).toFixed(2)}×` : ""),
  );
  const inst = (v: Variant): number => v.counts.Instantiations ?? Number.NaN;
  console.log(
    `split: fixed cost (clients created, no calls) SDK ${inst(sdkFixed).toLocaleString("en-US")} vs bare ${inst(bareFixed).toLocaleString("en-US")} instantiations; ` +
      `the ${apis.length} calls add SDK ${(inst(sdk) - inst(sdkFixed)).toLocaleString("en-US")} vs bare ${(inst(bare) - inst(bareFixed)).toLocaleString("en-US")} ` +
      `(${((inst(sdk) - inst(sdkFixed)) / (inst(bare) - inst(bareFixed))).toFixed(2)}×)`,
  );
  if (!pkg) console.log("(dist/types/ not found: run npm run build for the package-exports row)");
  // The verdict is on what a consumer compiles: the published declarations (dist/types) when built.
  // The source row also type-checks the SDK's own implementation (.ts files are not skipLibCheck'd),
  // which no consumer pays for; it is printed for comparison.
  const primary = pkg ?? sdk;
  const r = ratio(primary, "Instantiations");
  const view = pkg ? "consumer view (package exports)" : "source view (run npm run build for the consumer view)";
  console.log(`source view: SDK instantiations ${ratio(sdk, "Instantiations").toFixed(2)}× bare, check time ${sdk.checkS.toFixed(2)} s`);
  verdict(
    r <= GOAL_RATIO && primary.checkS <= GOAL_CHECK_S,
    `${view}: SDK instantiations ${r.toFixed(2)}× bare (goal ≤ ${GOAL_RATIO}×), SDK check time ${primary.checkS.toFixed(2)} s (goal ≤ ${GOAL_CHECK_S} s)` +
      (r > GOAL_RATIO ? `; instantiations over by ${((r / GOAL_RATIO - 1) * 100).toFixed(0)}%` : "") +
      (primary.checkS > GOAL_CHECK_S ? `; check time over by ${(primary.checkS - GOAL_CHECK_S).toFixed(2)} s` : ""),
  );
  console.log(`at end: ${load()}`);
  if (values.check) {
    const budget = BUDGETS.consumerTypecheck;
    if (!pkg) {
      cleanup();
      cannotRun("--check needs dist/types: run npm run build first");
    }
    if (r > budget.limit) {
      console.log(`FAIL (budget): ${budget.figure}: ${r.toFixed(3)}× > ${budget.limit}×. It protects ${budget.protects}.`);
      process.exitCode = 1;
    } else console.log(`PASS (budget): ${budget.figure}: ${r.toFixed(3)}× ≤ ${budget.limit}×`);
  }
  if (values.keep) console.log(`kept: ${relative(ROOT, dir)}`);
} finally {
  cleanup();
}
