/**
 * Benchmark: package size (npm pack) and the minified + gzipped ESM size of the Zaken client subpath
 * (`commonground-sdk/zaken`), our code vs its dependencies, against bare openapi-fetch.
 *
 * Usage:   npx tsx bench/size.bench.ts [--build]
 * Needs:   dist/ from `npm run build` (or pass --build to run it first).
 * Goal:    our code in the `commonground-sdk/zaken` bundle ≤ 5 kB (5,000 bytes) minified + gzipped.
 *
 * Figures:
 *   - `npm pack --dry-run --json --ignore-scripts`: packed (.tgz) and unpacked size, file count,
 *     and the unpacked bytes per kind of file (ESM JS, CJS JS, .d.ts, .d.cts, upstream specs, other).
 *   - esbuild (the version tsup installed) bundles dist/zaken/index.js with bundle, minify,
 *     format esm, platform neutral; the output is gzipped with node:zlib at level 9:
 *       * "with deps": every npm dependency it imports (openapi-fetch, zod, …) bundled in, i.e. what
 *         a browser app ships (`node:` built-ins, if any, stay external and are listed);
 *       * "our code": every npm package marked external (esbuild `packages: "external"`);
 *       * baseline "bare openapi-fetch": `export { default } from "openapi-fetch"` (createClient),
 *         bundled the same way.
 *     The with-deps bundle's esbuild metafile splits its minified bytes by package; a second bundle
 *     from src/generated/zaken/index.ts (packages external) splits our code by source file, and the
 *     operation table alone (JSON.stringify of the exported `operationTable`) is gzipped on its own.
 *
 * Exit code 0 whatever the verdict; 1 only when the benchmark could not run.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { type BuildOptions, type Metafile, build } from "esbuild";
import { appBundle } from "./app-bundle.ts";
import { ROOT, bytes, cannotRun, load, machine, printTable, revision, verdict, warnIfDistStale } from "./shared.ts";

const GOAL_BYTES = 5_000;
const ENTRY = join(ROOT, "dist", "zaken", "index.js");

const { values } = parseArgs({ options: { build: { type: "boolean", default: false } } });
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

if (values.build) {
  console.log("size.bench: running npm run build …");
  execFileSync(npm, ["run", "build"], { cwd: ROOT, stdio: "inherit" });
}
if (!existsSync(ENTRY)) cannotRun("dist/zaken/index.js is missing: run `npm run build` first (or pass --build)");

console.log("size.bench: npm pack size and min+gzip size of commonground-sdk/zaken vs bare openapi-fetch");
console.log(`machine: ${machine()}; ${load()}`);
console.log(`revision: ${revision()}`);
warnIfDistStale(ENTRY);
console.log("");

// --- npm pack ---------------------------------------------------------------------------------
interface PackFile {
  path: string;
  size: number;
}
interface PackResult {
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: PackFile[];
}
let pack: PackResult;
try {
  const out = execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 2 ** 20 });
  pack = (JSON.parse(out) as PackResult[])[0] as PackResult;
} catch (error) {
  cannotRun(`npm pack --dry-run failed: ${error instanceof Error ? error.message : String(error)}`);
}
const kinds: [string, (p: string) => boolean][] = [
  ["dist ESM JS (.js)", (p) => p.startsWith("dist/") && p.endsWith(".js")],
  ["dist CJS JS (.cjs)", (p) => p.startsWith("dist/") && p.endsWith(".cjs")],
  ["dist ESM types (.d.ts)", (p) => p.startsWith("dist/") && p.endsWith(".d.ts")],
  ["dist CJS types (.d.cts)", (p) => p.startsWith("dist/") && p.endsWith(".d.cts")],
  ["specs/upstream (OpenAPI YAML)", (p) => p.startsWith("specs/upstream/")],
];
const kindRows = kinds.map(([name, test]) => {
  const files = pack.files.filter((f) => test(f.path));
  return [name, String(files.length), bytes(files.reduce((n, f) => n + f.size, 0))];
});
const other = pack.files.filter((f) => !kinds.some(([, test]) => test(f.path)));
kindRows.push([`other (${other.map((f) => f.path).join(", ")})`, String(other.length), bytes(other.reduce((n, f) => n + f.size, 0))]);
console.log("npm pack --dry-run");
printTable(
  ["figure", "value"],
  [
    ["packed (.tgz)", bytes(pack.size)],
    ["unpacked", bytes(pack.unpackedSize)],
    ["files", String(pack.entryCount)],
  ],
);
console.log("");
printTable(["unpacked, by kind", "files", "bytes"], kindRows);
console.log("");

// --- Zaken bundle ------------------------------------------------------------------------------
const common: BuildOptions = { bundle: true, minify: true, format: "esm", platform: "neutral", mainFields: ["module", "main"], target: "es2022", write: false, metafile: true, logLevel: "silent", absWorkingDir: ROOT };
const bundle = appBundle;

const OURS = "our code (dist/)";

/** Minified bytes of a bundle per group of inputs (package name, or our own files). */
function byPackage(meta: Metafile): Map<string, number> {
  const groups = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const key = m?.[1] ?? OURS;
      groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
    }
  }
  return groups;
}

// What an app ships that imports the client: `createZakenClient` alone. The subpath also exports the
// Zaken workflows (startZaak, …); a bundler leaves them out unless imported, which the
// "whole subpath" rows show (and test/package/tree-shaking.test.ts checks per source file).
const clientOnly = { contents: `export { createZakenClient } from ${JSON.stringify(ENTRY)};`, resolveDir: ROOT, loader: "js" } as const;
const withDeps = await bundle({ stdin: clientOnly, external: ["node:*"] });
const ours = await bundle({ stdin: clientOnly, packages: "external" });
const wholeOurs = await bundle({ entryPoints: [ENTRY], packages: "external" });
const externalInWithDeps = new Set(
  Object.values(withDeps.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path)),
);
const bare = await bundle({ stdin: { contents: `export { default } from "openapi-fetch";`, resolveDir: ROOT, loader: "js" } });

// Our code by source file (esbuild straight from src/, deps external). Informational: skipped when
// src/ does not bundle (e.g. mid-edit), since dist/ is what is measured.
let srcFiles: (readonly [string, number])[] = [];
let srcMinified = 0;
try {
  const result = await build({ ...common, entryPoints: [join(ROOT, "src", "generated", "zaken", "index.ts")], packages: "external" });
  srcMinified = result.outputFiles?.[0]?.contents.length ?? 0;
  srcFiles = Object.entries(Object.values(result.metafile?.outputs ?? {})[0]?.inputs ?? {})
    .map(([file, { bytesInOutput }]) => [relative(ROOT, join(ROOT, file)), bytesInOutput] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
} catch (error) {
  console.log(`note: per-file split skipped, src/generated/zaken/index.ts does not bundle: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
}
let tableJson = "";
try {
  const mod = (await import(pathToFileURL(ENTRY).href)) as { operationTable: unknown };
  tableJson = JSON.stringify(mod.operationTable);
} catch (error) {
  console.log(`note: could not import dist/zaken/index.js for the operation table: ${error instanceof Error ? error.message : String(error)}`);
}
const tableGz = gzipSync(tableJson, { level: 9 }).length;

const groups = byPackage(withDeps.metafile);
console.log("commonground-sdk/zaken (dist/zaken/index.js): an app importing createZakenClient; esbuild bundle + minify, esm, platform neutral; gzip level 9");
printTable(
  ["bundle", "minified", "min+gzip"],
  [
    [`zaken subpath with deps (${[...groups.keys()].filter((k) => k !== OURS).join(", ")} bundled)`, bytes(withDeps.minified), bytes(withDeps.gzipped)],
    ["zaken subpath, our code only (npm packages external)", bytes(ours.minified), bytes(ours.gzipped)],
    ["whole zaken subpath, every export incl. workflows, our code only", bytes(wholeOurs.minified), bytes(wholeOurs.gzipped)],
    ["baseline: bare openapi-fetch (createClient)", bytes(bare.minified), bytes(bare.gzipped)],
    ["with deps − bare openapi-fetch (what the SDK adds)", bytes(withDeps.minified - bare.minified), bytes(withDeps.gzipped - bare.gzipped)],
  ],
);
console.log("");
printTable(
  ["with-deps bundle, by package", "minified", "share"],
  [...groups].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, bytes(n), `${((n / withDeps.minified) * 100).toFixed(0)}%`]),
);
console.log("");
if (srcFiles.length > 0) {
  const folders = new Map<string, number>();
  for (const [f, n] of srcFiles) {
    const folder = f.startsWith("src/generated/") ? "src/generated/zaken/ (operation table, factory)" : `${f.split("/").slice(0, 2).join("/")}/`;
    folders.set(folder, (folders.get(folder) ?? 0) + n);
  }
  printTable(
    ["our code, by folder (esbuild from src/)", "minified", "share"],
    [...folders].sort((a, b) => b[1] - a[1]).map(([f, n]) => [f, bytes(n), `${((n / srcMinified) * 100).toFixed(0)}%`]),
  );
  console.log("");
  printTable(
    ["our code, by source file (esbuild from src/)", "minified", "share"],
    srcFiles.map(([f, n]) => [f, bytes(n), `${((n / srcMinified) * 100).toFixed(0)}%`]),
  );
}
if (externalInWithDeps.size > 0) console.log(`left external in the with-deps bundle: ${[...externalInWithDeps].join(", ")}`);
if (tableJson) console.log(`operation table alone (JSON of operationTable): ${bytes(tableJson.length)} minified, ${bytes(tableGz)} gzipped`);
console.log("");
verdict(
  ours.gzipped <= GOAL_BYTES,
  `our code in commonground-sdk/zaken ${bytes(ours.gzipped)} min+gzip (goal ≤ ${bytes(GOAL_BYTES)})` +
    (ours.gzipped > GOAL_BYTES ? `; over by ${bytes(ours.gzipped - GOAL_BYTES)} (${(((ours.gzipped - GOAL_BYTES) / GOAL_BYTES) * 100).toFixed(0)}%)` : "") +
    `; with deps ${bytes(withDeps.gzipped)} vs bare openapi-fetch ${bytes(bare.gzipped)}`,
);
