/**
 * The README's recipes are meant to run as written: every TypeScript block in the "Workflows" and
 * "Prototype without credentials" sections is type-checked against the sources, with `commonground-sdk/…` resolved the way the
 * package's exports map resolves it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../../src/codegen/registry.ts";

const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The `ts` code blocks between `## <heading>` and the next `## ` heading, with their line numbers. */
function snippets(heading: string): { line: number; code: string }[] {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) return [];
  const end = README.indexOf("\n## ", start + 5);
  const section = README.slice(start, end < 0 ? undefined : end);
  const offset = README.slice(0, start).split("\n").length;
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => ({
    line: offset + section.slice(0, m.index).split("\n").length,
    code: m[1] as string,
  }));
}

const dir = mkdtempSync(join(ROOT, "node_modules", ".readme-snippets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("README recipes: Workflows, Prototype without credentials", () => {
  const recipes = [...snippets("Workflows"), ...snippets("Prototype without credentials")];

  it("has a recipe per workflow area and for the mock", () => {
    expect(snippets("Workflows").length).toBeGreaterThanOrEqual(7);
    expect(snippets("Prototype without credentials").length).toBeGreaterThanOrEqual(2);
  });

  it("type-checks every recipe as written", () => {
    const files = recipes.map((s, i) => {
      const file = join(dir, `recipe-${i}-line-${s.line}.ts`);
      // Each recipe is its own module (top-level await, no name clashes between recipes).
      writeFileSync(file, `${s.code}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      types: ["node"],
      typeRoots: [join(ROOT, "node_modules", "@types")],
      baseUrl: ROOT,
      paths: {
        "commonground-sdk": ["src/index.ts"],
        "commonground-sdk/node": ["src/node/index.ts"],
        "commonground-sdk/testing": ["src/testing/index.ts"],
        "commonground-sdk/*": ["src/generated/*/index.ts"],
      },
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && files.includes(d.file.fileName))
      .map((d) => {
        const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
        return `${d.file?.fileName.split("/").pop()}:${(where?.line ?? 0) + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  });
});
