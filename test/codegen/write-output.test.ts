import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { CodegenError } from "../../src/codegen/codegen-error.js";
import { staleFiles, writeModules } from "../../src/codegen/write-output.js";

// renameSync can be made to fail from a test (the rest of node:fs is the real one).
const failRename = vi.hoisted(() => ({ on: (_from: string, _to: string): boolean => false }));
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (failRename.on(String(from), String(to))) throw Object.assign(new Error("EBUSY: resource busy"), { code: "EBUSY" });
      return real.renameSync(from, to);
    },
  };
});

const MARK = "// Generated. Do not edit: run `npx commonground generate`.\n";
const work = mkdtempSync(join(tmpdir(), "write-output-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  failRename.on = () => false;
});

const tree = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), "utf8")]));

describe("writeModules", () => {
  it("writes every module, replacing the old output, and leaves no staging behind", () => {
    const out = join(work, "ok");
    writeModules([{ dir: join(out, "a"), files: { "index.ts": `${MARK}a1` } }]);
    writeModules([{ dir: join(out, "a"), files: { "index.ts": `${MARK}a2`, "types.ts": `${MARK}t` } }, { dir: join(out, "b"), files: { "index.ts": `${MARK}b` } }]);
    expect(tree(out)).toEqual({ "a/index.ts": `${MARK}a2`, "a/types.ts": `${MARK}t`, "b/index.ts": `${MARK}b` });
  });

  it("a swap that fails half-way puts every folder back as it was", () => {
    const out = join(work, "undo");
    writeModules([{ dir: join(out, "a"), files: { "index.ts": `${MARK}a-old` } }, { dir: join(out, "b"), files: { "index.ts": `${MARK}b-old` } }]);
    const before = tree(out);
    // Module a swaps in; then moving b's staging into place fails.
    failRename.on = (from, to) => from.includes(".b.commonground-") && !from.endsWith("-old") && to === join(out, "b");
    const error = (() => {
      try {
        writeModules([{ dir: join(out, "a"), files: { "index.ts": `${MARK}a-new` } }, { dir: join(out, "b"), files: { "index.ts": `${MARK}b-new` } }]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).code).toBe("output");
    expect((error as Error).message).toBe(`${join(out, "b")}: cannot replace it (in use by another program); the output is as it was`);
    expect(tree(out)).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(["a", "b"]);
  });

  it("says where the old output is when it cannot be put back", () => {
    const out = join(work, "stuck");
    writeModules([{ dir: join(out, "b"), files: { "index.ts": `${MARK}b-old` } }]);
    failRename.on = (from, to) => from.includes(".b.commonground-") && to === join(out, "b");
    expect(() => writeModules([{ dir: join(out, "b"), files: { "index.ts": `${MARK}b-new` } }])).toThrow(
      new RegExp(`could not put back ${join(out, "b")} \\(it is in ${join(out, ".b.commonground-")}\\d+-old\\)`),
    );
    expect(readFileSync(join(out, `.b.commonground-${process.pid}-old`, "index.ts"), "utf8")).toBe(`${MARK}b-old`);
  });

  it("refuses two modules in one folder, and a folder holding files it did not write", () => {
    const out = join(work, "refuse");
    expect(() => writeModules([{ dir: join(out, "x"), files: {} }, { dir: join(out, "x"), files: {} }])).toThrow(/two specs write to the same folder/);
    fs.mkdirSync(join(out, "mine"), { recursive: true });
    writeFileSync(join(out, "mine", "app.ts"), "export {};\n");
    expect(() => writeModules([{ dir: join(out, "mine"), files: { "index.ts": MARK } }])).toThrow(/holds files the generator did not write \(app\.ts\)/);
  });
});

describe("staleFiles", () => {
  it("lists missing, changed and stray files, but not CRLF line ends", () => {
    const dir = join(work, "stale");
    writeModules([{ dir, files: { "index.ts": `${MARK}line\n`, "types.ts": `${MARK}t\n` } }]);
    expect(staleFiles([{ dir, files: { "index.ts": `${MARK}line\n`, "types.ts": `${MARK}t\n` } }])).toEqual([]);
    writeFileSync(join(dir, "index.ts"), `${MARK}line\n`.replace(/\n/g, "\r\n"));
    expect(staleFiles([{ dir, files: { "index.ts": `${MARK}line\n`, "types.ts": `${MARK}t\n` } }])).toEqual([]);
    writeFileSync(join(dir, "stray.ts"), MARK);
    expect(staleFiles([{ dir, files: { "index.ts": `${MARK}other\n`, "types.ts": `${MARK}t\n`, "operations.ts": "x" } }]).sort()).toEqual(
      [join(dir, "index.ts"), join(dir, "operations.ts"), join(dir, "stray.ts")].sort(),
    );
    expect(staleFiles([{ dir: join(dir, "toString"), files: {} }])).toEqual([]);
  });
});
