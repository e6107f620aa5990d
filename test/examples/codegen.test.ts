import { execFile } from "node:child_process";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../../src/codegen/registry.js";

const DIR = join(ROOT, "examples", "codegen");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: ROOT, env: { ...process.env, CI: "true" }, timeout: 180_000, maxBuffer: 1 << 24 }, (error, out, err) => {
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err });
    });
  });
}
const tsx = (file: string, ...args: string[]) => run([TSX, "--tsconfig", join(DIR, "tsconfig.json"), join(DIR, file), ...args]);

afterAll(() => rmSync(join(DIR, "generated"), { recursive: true, force: true }));

describe("examples/codegen: a vendor's build without Vite or Rollup", () => {
  it("generates both modules, which type-check, run against the mock, and pass --check until edited", async () => {
    rmSync(join(DIR, "generated"), { recursive: true, force: true });
    const build = await tsx("build.ts");
    expect(build.err).toBe("");
    expect(build.out).toBe("generated/objecten: createObjectenClient (22 operations, as objecten)\ngenerated/parkeren: createParkerenClient (3 operations)\n");

    const typecheck = await run([join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(DIR, "tsconfig.json")]);
    expect(typecheck.out).toBe("");
    expect(typecheck.code).toBe(0);

    const app = await tsx("app.ts");
    expect(app.err).toBe("");
    expect(app.code).toBe(0);
    expect(app.out).toMatch(/^objecten: 3 objects, e\.g\. http:\/\/127\.0\.0\.1:\d+\/objecten\/api\/v2\/objects\//);
    expect(app.out).toContain("its objecttype, resolved through the built-in Objecttypen client: Boom\n");
    expect(app.out).toContain("a missing object is a typed NotFoundError (404)\n");
    expect(app.out).toContain("parkeren: AB-123-C, XY-987-Z over two pages; a typed request for GH-456-J in zone oost\n");

    expect((await tsx("build.ts", "--check")).code).toBe(0);
    const types = join(DIR, "generated", "parkeren", "types.ts");
    const before = readFileSync(types, "utf8");
    appendFileSync(types, "// edited by hand\n");
    const stale = await tsx("build.ts", "--check");
    expect(stale.code).toBe(3);
    expect(stale.err).toBe("stale: generated/parkeren/types.ts\n");
    writeFileSync(types, before);
  }, 240_000);
});
