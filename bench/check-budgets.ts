/**
 * Checks the size budgets of bench/budgets.ts on the built package (dist/): bundles what an app
 * would (esbuild, minify, esm, platform neutral, code splitting, as a browser build) and gzips it
 * (level 9), and measures the install size from `npm pack --dry-run --json --ignore-scripts`. Exits 1
 * when a budget is exceeded, so `npm test` fails; prints every figure either way. The type-check
 * budget is checked by `bench/typecheck.bench.ts --check`.
 *
 * The bundle figures are what an app loads up front: its entry chunk and the chunks that imports
 * statically. Code reached only through a dynamic `import()` (the `apiVersion` guard's version
 * facts, loaded only by clients that set `apiVersion`) goes into chunks a browser fetches when that
 * code runs; they are printed apart ("loaded on demand"), not counted against the budgets.
 *
 * Usage: npx tsx bench/check-budgets.ts   (after npm run build)
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { type AppUpFront, appUpFront, stdinOf } from "./app-bundle.ts";
import { BUDGETS, type Budget } from "./budgets.ts";
import { ROOT, bytes, cannotRun, printTable, warnIfDistStale } from "./shared.ts";

const dist = (file: string): string => join(ROOT, "dist", file);
if (!existsSync(dist("zaken/index.js"))) cannotRun("dist/ is missing: run `npm run build` first");
warnIfDistStale(dist("zaken/index.js"));

// Node built-ins stay external (as `node:*` always did): commonground-sdk/codegen, imported unused in
// the tree-shaking check, reaches CommonJS dependencies (@redocly/openapi-core) that require "fs" or "path".
const NODE_BUILTINS = ["node:*", ...builtinModules];

/** Every bundle measured, by label, for the "loaded on demand" lines. */
const measured: [string, AppUpFront][] = [];

/** Min+gzip bytes an app of `code` loads up front (deps bundled, or npm packages external). */
async function gzipped(label: string, code: string, withDeps: boolean): Promise<number> {
  const bundle = await appUpFront({ stdin: stdinOf(code), ...(withDeps ? { external: NODE_BUILTINS } : { packages: "external" as const }) });
  measured.push([label, bundle]);
  return bundle.gzipped;
}

/** The unpacked size of the package as `npm install` would lay it out (npm pack --dry-run). */
function unpackedSize(): number {
  // --ignore-scripts: packing would otherwise run "prepare" (sync-specs and generate).
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  let pack: { unpackedSize: number; files: { path: string; size: number }[] };
  try {
    const out = execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 2 ** 20 });
    pack = (JSON.parse(out) as (typeof pack)[])[0] as typeof pack;
  } catch (error) {
    return cannotRun(`npm pack --dry-run failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Without the gzipped specs (written by `npm run build`) the figure would be small but the package broken.
  const specs = (JSON.parse(readFileSync(join(ROOT, "specs", "registry.json"), "utf8")) as { specs: unknown[] }).specs.length;
  const packedSpecs = pack.files.filter((f) => /^specs\/upstream\/[^/]+\/[^/]+\/openapi\.yaml\.gz$/.test(f.path)).length;
  if (packedSpecs !== specs) cannotRun(`the package holds ${packedSpecs} gzipped specs, the registry ${specs}: run \`npm run build\` first`);
  return pack.unpackedSize;
}

const from = (file: string): string => JSON.stringify(dist(file));
const clientOnly = `export { createZakenClient } from ${from("zaken/index.js")};`;
// Everything else an app might import next to the client without using it: the Zaken workflows,
// other APIs with theirs, the node adapters (their browser stand-in) and the mock, when built.
const exported = Object.keys((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> }).exports);
const unusedSubpaths = ["documenten", "catalogi", "notificaties", "brp-personen", "objecten", "node-unsupported", "testing", "codegen"]
  .filter((sub) => exported.includes(`./${sub}`) || sub === "node-unsupported")
  .filter((sub) => existsSync(dist(`${sub}/index.js`)));
const withUnused = [
  clientOnly,
  `import { startZaak, closeZaak } from ${from("zaken/index.js")};`,
  ...unusedSubpaths.map((sub, i) => `import * as unused${i} from ${from(`${sub}/index.js`)};`),
].join("\n");

const figures: [Budget, number][] = [
  [BUDGETS.zakenWithDeps, await gzipped("zaken with deps", clientOnly, true)],
  [BUDGETS.zakenOurCode, await gzipped("zaken, our code", clientOnly, false)],
  [BUDGETS.rootEntry, await gzipped("root entry", `export * from ${from("index.js")};`, true)],
  [BUDGETS.unusedImports, (await gzipped("zaken with unused imports", withUnused, true)) - (await gzipped("zaken with deps", clientOnly, true))],
  [BUDGETS.installSize, unpackedSize()],
];

console.log(
  `check-budgets: dist/ bundles (esbuild minify, esm, platform neutral, code splitting; loaded up front; gzip level 9); unused imports checked: zaken workflows, ${unusedSubpaths.join(", ")}; install size from npm pack --dry-run`,
);
printTable(
  ["budget", "figure", "limit", "result"],
  figures.map(([budget, value]) => [budget.figure, bytes(value), bytes(budget.limit), value <= budget.limit ? "ok" : "OVER"]),
);
const onDemand = new Map(measured.filter(([, bundle]) => bundle.onDemand.chunks.length > 0));
for (const [label, bundle] of onDemand) {
  console.log(`info: ${label}: ${bytes(bundle.onDemand.gzipped)} min+gzip in ${bundle.onDemand.chunks.length} chunk(s) loaded on demand (dynamic import()), not counted above`);
}
const over = figures.filter(([budget, value]) => value > budget.limit);
for (const [budget, value] of over) console.log(`FAIL: ${budget.figure}: ${bytes(value)} > ${bytes(budget.limit)}. It protects ${budget.protects}.`);
if (over.length > 0) process.exit(1);
console.log("PASS: every size budget holds");
