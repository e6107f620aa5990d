/**
 * Checks the size budgets of bench/budgets.ts on the built package (dist/): bundles what an app
 * would (esbuild, minify, esm, platform neutral, as a browser build) and gzips it (level 9). Exits 1
 * when a budget is exceeded, so `npm test` fails; prints every figure either way. The type-check
 * budget is checked by `bench/typecheck.bench.ts --check`.
 *
 * Usage: npx tsx bench/check-budgets.ts   (after npm run build)
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { appBundle, stdinOf } from "./app-bundle.ts";
import { BUDGETS, type Budget } from "./budgets.ts";
import { ROOT, bytes, cannotRun, printTable, warnIfDistStale } from "./shared.ts";

const dist = (file: string): string => join(ROOT, "dist", file);
if (!existsSync(dist("zaken/index.js"))) cannotRun("dist/ is missing: run `npm run build` first");
warnIfDistStale(dist("zaken/index.js"));

/** Min+gzip bytes of one app bundle of `code` (deps bundled, or npm packages external). */
async function gzipped(code: string, withDeps: boolean): Promise<number> {
  return (await appBundle({ stdin: stdinOf(code), ...(withDeps ? { external: ["node:*"] } : { packages: "external" as const }) })).gzipped;
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
  [BUDGETS.zakenWithDeps, await gzipped(clientOnly, true)],
  [BUDGETS.zakenOurCode, await gzipped(clientOnly, false)],
  [BUDGETS.rootEntry, await gzipped(`export * from ${from("index.js")};`, true)],
  [BUDGETS.unusedImports, (await gzipped(withUnused, true)) - (await gzipped(clientOnly, true))],
];

console.log(`check-budgets: dist/ bundles (esbuild minify, esm, platform neutral; gzip level 9); unused imports checked: zaken workflows, ${unusedSubpaths.join(", ")}`);
printTable(
  ["budget", "figure", "limit", "result"],
  figures.map(([budget, value]) => [budget.figure, bytes(value), bytes(budget.limit), value <= budget.limit ? "ok" : "OVER"]),
);
const over = figures.filter(([budget, value]) => value > budget.limit);
for (const [budget, value] of over) console.log(`FAIL: ${budget.figure}: ${bytes(value)} > ${bytes(budget.limit)}. It protects ${budget.protects}.`);
if (over.length > 0) process.exit(1);
console.log("PASS: every size budget holds");
