/**
 * Writes the `exports` map of package.json from the registry (one subpath per API id and version).
 * `--check` only reports whether it is current (exit 1 when not).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportsMap, packageEntries } from "./lib/entries.ts";
import { ROOT, loadRegistry } from "../src/codegen/registry.ts";

const file = join(ROOT, "package.json");
const pkg = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
const wanted = exportsMap(packageEntries(loadRegistry()));
const current = JSON.stringify(pkg.exports) === JSON.stringify(wanted);
if (process.argv.includes("--check")) {
  if (!current) {
    process.stderr.write("sync-exports: package.json exports do not match specs/registry.json; run `npm run sync-exports`\n");
    process.exitCode = 1;
  }
} else if (!current) {
  pkg.exports = wanted;
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  process.stdout.write("sync-exports: package.json exports updated\n");
}
