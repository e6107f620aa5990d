/**
 * Emits declarations for the package: tsc writes `dist/types/**\/*.d.ts` (ESM types), and each gets a
 * `.d.cts` twin so that `require` consumers get CommonJS types (checked by attw). tsup's bundled dts
 * runs out of memory on 37 generated specs.
 *
 * Most twins are copies with relative specifiers pointing at `.cjs`. A declaration that holds only
 * types (the generated `generated/<id>/<variant>/types.d.ts`, ~8.6 MB together, from
 * openapi-typescript) gets a one-line twin instead that re-exports the ESM declarations type-only,
 * with `resolution-mode: "import"` (TypeScript ≥ 5.3; without it a CommonJS file may not reference an
 * ES module, TS1479). Types carry no runtime, so CommonJS and ESM consumers then share one
 * declaration of each schema, and the install is ~8.6 MB smaller.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { ROOT } from "../src/codegen/registry.ts";

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

/**
 * True when a declaration file is a module of types only: interfaces, type aliases and local
 * `export { … }` lists, with no import, re-export, value, namespace or global augmentation. Such a
 * file means the same to CommonJS and ESM consumers, so its `.d.cts` twin can re-export it.
 */
export function isTypeOnlyDeclaration(text: string): boolean {
  const file = ts.createSourceFile("x.d.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  let exported = false;
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      exported ||= statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier === undefined) {
      exported = true;
    } else {
      return false;
    }
  }
  return exported;
}

/** The `.d.cts` twin of the type-only declaration file `fileName` (`types.d.ts` → re-exports `./types.js`). */
export function cjsTypeOnlyTwin(fileName: string): string {
  const specifier = `./${basename(fileName).replace(/\.d\.ts$/, ".js")}`;
  return [
    "// Types only: CommonJS consumers share the ES module declarations (no runtime involved).",
    `export type * from ${JSON.stringify(specifier)} with { "resolution-mode": "import" };`,
    "",
  ].join("\n");
}

/** The `.d.cts` twin of the declaration file `fileName` with contents `text`. */
export function cjsTwin(fileName: string, text: string): string {
  return isTypeOnlyDeclaration(text) ? cjsTypeOnlyTwin(fileName) : toCjsDeclaration(text);
}

function main(): void {
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.build.json")], {
    stdio: "inherit",
  });
  const files = declarations(join(ROOT, "dist", "types"));
  let reexports = 0;
  for (const file of files) {
    const twin = cjsTwin(file, readFileSync(file, "utf8"));
    if (twin.startsWith("// Types only")) reexports++;
    writeFileSync(file.replace(/\.d\.ts$/, ".d.cts"), twin);
  }
  process.stdout.write(`build-types: ${files.length} declaration files, each also as .d.cts (${reexports} type-only, re-exported)\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
