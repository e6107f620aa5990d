/**
 * The `.d.cts` twins of type-only declarations (the generated `types.d.ts`, ~8.6 MB) are one-line
 * type re-exports of the ESM declarations (scripts/build-types.ts), which keeps the install small.
 * attw does not type-check inside a package, so this type-checks real consumers (CommonJS `.cts`
 * under node16, `import = require` under bundler, ESM `.mts`) against a package laid out like
 * dist/types with the real generated Zaken 1.7.0 types, with skipLibCheck off: the types must
 * resolve (no TS1479) and must not be `any` (misuse is an error).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cjsTwin, isTypeOnlyDeclaration, toCjsDeclaration } from "../../scripts/build-types.ts";
import { ROOT } from "../../src/codegen/registry.ts";

describe("isTypeOnlyDeclaration", () => {
  it("accepts a module of interfaces and type aliases, like openapi-typescript's output", () => {
    expect(isTypeOnlyDeclaration(readFileSync(join(ROOT, "src/generated/zaken/1.7.0/types.ts"), "utf8"))).toBe(true);
    expect(isTypeOnlyDeclaration("interface A { a: 1 }\nexport type B = A;\nexport {};\n")).toBe(true);
  });

  it.each([
    ["an import", 'import type { A } from "./a.js";\nexport type B = A;'],
    ["a re-export", 'export * from "./a.js";'],
    ["a type re-export", 'export type { A } from "./a.js";'],
    ["a value", "export type A = 1;\nexport declare const a: A;"],
    ["a function", "export declare function f(): void;"],
    ["an enum", "export declare enum E { A }"],
    ["a global augmentation", "export type A = 1;\ndeclare global { interface Window { a: A } }"],
    ["no export (a script)", "interface A { a: 1 }"],
  ])("rejects a declaration with %s", (_, text) => {
    expect(isTypeOnlyDeclaration(text)).toBe(false);
  });
});

describe("cjsTwin", () => {
  it("re-exports a type-only declaration from its ESM file with resolution-mode import", () => {
    const twin = cjsTwin("/x/dist/types/generated/zaken/1.7.0/types.d.ts", "export interface paths { a: 1 }");
    expect(twin).toContain('export type * from "./types.js" with { "resolution-mode": "import" };');
    expect(twin.length).toBeLessThan(200);
  });

  it("copies any other declaration with relative specifiers pointing at .cjs", () => {
    const text = 'import type { paths } from "./types.js";\nexport { operationTable } from "./operations.js";\nexport type X = import("../a.js").A;\nexport * from "zod";';
    expect(cjsTwin("index.d.ts", text)).toBe(toCjsDeclaration(text));
    expect(toCjsDeclaration(text)).toBe(
      'import type { paths } from "./types.cjs";\nexport { operationTable } from "./operations.cjs";\nexport type X = import("../a.cjs").A;\nexport * from "zod";',
    );
  });
});

const scratch = mkdtempSync(join(tmpdir(), "cg-cjs-types-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A package laid out like dist/types: `types.d.ts` (real generated types), an entry using them, and `.d.cts` twins. */
function fixturePackage(root: string, typesTwin: (text: string) => string): void {
  const pkg = join(root, "node_modules", "fixture-sdk");
  mkdirSync(pkg, { recursive: true });
  const exports = { ".": { import: { types: "./index.d.ts", default: "./index.js" }, require: { types: "./index.d.cts", default: "./index.cjs" } } };
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "fixture-sdk", version: "1.0.0", type: "module", exports }));
  const types = readFileSync(join(ROOT, "src/generated/zaken/1.7.0/types.ts"), "utf8");
  writeFileSync(join(pkg, "types.d.ts"), types);
  writeFileSync(join(pkg, "types.d.cts"), typesTwin(types));
  const index = [
    'import type { Readable, paths } from "./types.js";',
    "export type Paths = paths;",
    'export type { components, operations, paths } from "./types.js";',
    'export declare function get<P extends keyof paths>(path: P): paths[P] extends { get: { responses: { 200: { content: { "application/json": infer T } } } } } ? Readable<T> : never;',
    "",
  ].join("\n");
  writeFileSync(join(pkg, "index.d.ts"), index);
  writeFileSync(join(pkg, "index.d.cts"), cjsTwin(join(pkg, "index.d.ts"), index));
}

const good = [
  "const path: keyof Paths = \"/zaken/{uuid}\";",
  'const url: string | undefined = get("/zaken/{uuid}").url;',
  'type Zaak = components["schemas"]["Zaak"];',
  "export type { Zaak };",
  "export { path, url };",
  "",
].join("\n");
const bad = [
  'const path: keyof Paths = "/zaken/{nope}";',
  'const url: number = get("/zaken/{uuid}").url;',
  "export { path, url };",
  "",
].join("\n");

/** Type-checks `files` in `root` with compiler `options`, skipLibCheck off; returns tsc's output ("" when clean). */
function typecheck(root: string, files: readonly string[], options: Record<string, string>): string {
  const compilerOptions = { ...options, strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ["es2022"] };
  writeFileSync(join(root, "tsconfig.json"), JSON.stringify({ compilerOptions, files }));
  try {
    execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", root], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe("a consumer of the type-only twins", () => {
  const root = join(scratch, "twins");
  fixturePackage(root, (text) => cjsTwin("types.d.ts", text));
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  const imports = 'import { get, type Paths, type components } from "fixture-sdk";\n';
  const required = 'import sdk = require("fixture-sdk");\nconst get = sdk.get;\ntype Paths = sdk.Paths;\ntype components = sdk.components;\n';
  writeFileSync(join(root, "good.cts"), imports + good);
  writeFileSync(join(root, "bad.cts"), imports + bad);
  writeFileSync(join(root, "good.mts"), imports + good);
  writeFileSync(join(root, "bad.mts"), imports + bad);
  writeFileSync(join(root, "good-require.cts"), required + good);
  writeFileSync(join(root, "bad-require.cts"), required + bad);

  it("type-checks CommonJS and ESM consumers under node16, and fails on misuse (the types are not any)", () => {
    const output = typecheck(root, ["good.cts", "bad.cts", "good.mts", "bad.mts"], { module: "node16", moduleResolution: "node16" });
    expect(output).not.toMatch(/good\.[cm]ts|TS1479|node_modules/);
    for (const file of ["bad.cts", "bad.mts"]) {
      expect(output).toContain(`${file}(2,7): error TS2322: Type '"/zaken/{nope}"' is not assignable to type 'keyof paths'.`);
      expect(output).toMatch(new RegExp(`${file.replace(".", "\\.")}\\(3,7\\): error TS2322: Type 'string( \\| undefined)?' is not assignable to type 'number'`));
    }
  }, 60_000);

  it("type-checks `import = require` consumers under bundler resolution (the require condition)", () => {
    const output = typecheck(root, ["good-require.cts", "bad-require.cts"], { module: "preserve", moduleResolution: "bundler" });
    expect(output).not.toMatch(/good-require|TS1479|node_modules/);
    expect(output).toContain(`bad-require.cts(5,7): error TS2322: Type '"/zaken/{nope}"' is not assignable to type 'keyof paths'.`);
    expect(output).toMatch(/bad-require\.cts\(6,7\): error TS2322: Type 'string( \| undefined)?' is not assignable to type 'number'/);
  }, 60_000);

  it("would fail without resolution-mode: a plain type re-export from CommonJS is TS1479", () => {
    const plain = join(scratch, "plain");
    fixturePackage(plain, () => 'export type * from "./types.js";\n');
    writeFileSync(join(plain, "good.cts"), imports + good);
    expect(typecheck(plain, ["good.cts"], { module: "node16", moduleResolution: "node16" })).toContain("error TS1479");
  }, 60_000);
});
