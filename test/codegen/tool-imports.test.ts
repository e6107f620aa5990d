/**
 * `commonground specs` must run with `@redocly/openapi-core` alone: no module of the generator may
 * import `openapi-typescript` or `typescript` at load time (type imports and `import()` are fine).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/codegen/registry.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("the generator's load-time imports", () => {
  it("load neither openapi-typescript nor typescript (they are loaded when types are generated)", () => {
    const offenders = sources(join(ROOT, "src", "codegen")).filter((file) =>
      /^import\s+(?!type\b)[^;]*from\s+["'](openapi-typescript|typescript)["']/m.test(readFileSync(file, "utf8")),
    );
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it("the check itself catches a value import", () => {
    expect(/^import\s+(?!type\b)[^;]*from\s+["'](openapi-typescript|typescript)["']/m.test('import ts from "typescript";\n')).toBe(true);
    expect(/^import\s+(?!type\b)[^;]*from\s+["'](openapi-typescript|typescript)["']/m.test('import type ts from "typescript";\n')).toBe(false);
  });
});
