// Loads every subpath of the built package by its own name, through `import` and `require`, and
// checks that each client subpath exports its factory. Run after `npm run build`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const registry = JSON.parse(readFileSync(new URL("../specs/registry.json", import.meta.url), "utf8"));
const factories = new Map(registry.apis.filter((a) => a.kind === "client").map((a) => [a.id, `create${a.name}Client`]));
let checked = 0;
const failures = [];
for (const subpath of Object.keys(pkg.exports)) {
  if (subpath === "./package.json") continue;
  const name = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  const factory = factories.get(subpath.slice(2).split("/")[0]);
  for (const [how, mod] of [["import", await import(name)], ["require", require(name)]]) {
    if (factory && typeof mod[factory] !== "function") failures.push(`${how} ${name}: no ${factory}`);
    if (subpath === "." && typeof mod.createApiClient !== "function") failures.push(`${how} ${name}: no createApiClient`);
    if (subpath === "./node" && typeof mod.clientCertificateFetch !== "function") failures.push(`${how} ${name}: no clientCertificateFetch`);
    checked++;
  }
}
// What a browser or edge runtime gets for commonground-sdk/node: a clear error, not a crash.
const unsupported = await import("../dist/node-unsupported/index.js");
try {
  unsupported.clientCertificateFetch({ cert: "", key: "" });
  failures.push("node-unsupported: clientCertificateFetch did not throw");
} catch (error) {
  if (error?.kind !== "config" || !/need Node/.test(error.message)) failures.push(`node-unsupported: unexpected ${error}`);
}
if (failures.length > 0) {
  console.error(`check-exports: ${failures.length} problem(s):\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log(`check-exports: ${checked} loads of ${Object.keys(pkg.exports).length - 1} subpaths (ESM and CJS) OK`);
