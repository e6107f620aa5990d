/**
 * Emits declarations for the package: tsc writes `dist/types/**\/*.d.ts` (ESM types), and each is
 * copied to `.d.cts` with relative specifiers pointing at `.cjs`, so that `require` consumers get
 * CommonJS types (checked by attw). tsup's bundled dts runs out of memory on 37 generated specs.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/registry.ts";

function declarations(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    return e.isDirectory() ? declarations(full) : e.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Rewrites relative `.js` specifiers of a declaration file to `.cjs`. */
export function toCjsDeclaration(text: string): string {
  return text.replace(/(from\s+|import\()(["'])(\.{1,2}\/[^"']+)\.js\2/g, "$1$2$3.cjs$2");
}

execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.build.json")], {
  stdio: "inherit",
});
const files = declarations(join(ROOT, "dist", "types"));
for (const file of files) writeFileSync(file.replace(/\.d\.ts$/, ".d.cts"), toCjsDeclaration(readFileSync(file, "utf8")));
process.stdout.write(`build-types: ${files.length} declaration files, each also as .d.cts\n`);
