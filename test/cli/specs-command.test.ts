import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRegistry } from "../../src/codegen/registry.ts";
import type { SpecDiff, SpecListRow } from "../../src/codegen/spec-diff/index.ts";

function run(args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/index.ts", ...args], { cwd: process.cwd(), encoding: "utf8", timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "specs-command-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const MINIMAL = 'openapi: 3.0.3\ninfo: {title: x, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: "REF"\n';

describe("commonground specs list", () => {
  const registry = loadRegistry();

  it("shows every registered id and variant with its default marked", () => {
    const { code, out } = run(["specs", "list"]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    for (const spec of registry.specs) {
      const line = lines.find((l) => l.split(/\s+/)[0] === spec.id && l.split(/\s+/)[1] === spec.variant);
      expect(line, `${spec.id} ${spec.variant}`).toBeDefined();
      const isDefault = registry.apis.find((a) => a.id === spec.id)?.default === spec.variant;
      expect(line?.split(/\s+/)[2] === "*", `${spec.id} ${spec.variant} default`).toBe(isDefault);
      expect(line).toContain(spec.repository);
    }
  }, 60_000);

  it("--json parses and marks one default per id", () => {
    const { code, out } = run(["specs", "list", "--json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as SpecListRow[];
    expect(rows).toHaveLength(registry.specs.length);
    for (const api of registry.apis) {
      expect(rows.filter((r) => r.id === api.id && r.default).map((r) => r.variant)).toEqual([api.default]);
    }
  }, 60_000);
});

describe("commonground specs diff", () => {
  it("zaken 1.5.1 1.7.0: text and --json carry the same changes", () => {
    const text = run(["specs", "diff", "zaken", "1.5.1", "1.7.0"]);
    expect(text.code).toBe(0);
    expect(text.out).toContain("POST /zaaknummer_reserveren  (new operation)");
    expect(text.out).toContain("+ parameter pageSize added (in query, optional, integer)");
    const json = run(["specs", "diff", "zaken", "1.5.1", "1.7.0", "--json"]);
    expect(json.code).toBe(0);
    const diff = JSON.parse(json.out) as SpecDiff;
    expect(diff.from).toBe("zaken 1.5.1");
    for (const change of diff.changes.filter((c) => c.location !== "operation")) expect(text.out).toContain(change.message);
    const breaking = run(["specs", "diff", "zaken", "1.5.1", "1.7.0", "--breaking"]);
    expect(breaking.out.match(/BREAKING/g)).toHaveLength(diff.summary.breaking);
  }, 120_000);

  it.each([
    [["specs", "diff", "zakn", "1.5.1", "1.7.0"], /unknown API id "zakn"\. Registered ids: zaken, documenten/],
    [["specs", "diff", "zaken", "1.4.0", "1.7.0"], /unknown variant "1\.4\.0" of "zaken"\. Registered variants: 1\.7\.0, 1\.6\.0, 1\.5\.1/],
  ])("%j: exit 1 listing what exists", (args, message) => {
    const { code, err } = run(args);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(err).not.toContain("Usage:");
  }, 60_000);

  it("bad files: one message naming the file and the problem, exit 1", () => {
    const ok = file("ok.yaml", MINIMAL.replace("REF", "#/components/schemas/A").concat("components:\n  schemas:\n    A: {type: object}\n"));
    mkdirSync(join(dir, "a-folder"));
    const cases: [string, RegExp][] = [
      [join(dir, "missing.yaml"), /missing\.yaml: cannot read it \(no such file\)/],
      [join(dir, "a-folder"), /a-folder: cannot read it \(is a folder, not a file\)/],
      [file("invalid.yaml", "a: [1,\n"), /invalid\.yaml: not valid YAML or JSON: /],
      [file("not-openapi.json", '{"name": "x"}'), /not-openapi\.json: not an OpenAPI 3\.x document/],
      [file("swagger.yaml", "swagger: '2.0'\npaths: {}\n"), /swagger\.yaml: is Swagger 2\.0; only OpenAPI 3\.x/],
      [file("local-ref.yaml", MINIMAL.replace("REF", "#/components/schemas/Nope")), /local-ref\.yaml: a \$ref points nowhere: Can't resolve \$ref/],
      [file("file-ref.yaml", MINIMAL.replace("REF", "./gone.yaml#/X")), /file-ref\.yaml: a \$ref points nowhere: .*gone\.yaml/],
    ];
    for (const [bad, message] of cases) {
      const { code, err } = run(["specs", "diff", ok, bad]);
      expect(code, bad).toBe(1);
      expect(err.trim().split("\n"), bad).toHaveLength(1);
      expect(err, bad).toMatch(message);
    }
  }, 120_000);

  it("two identical files: no changes", () => {
    const ok = file("same.yaml", MINIMAL.replace("REF", "#/components/schemas/A").concat("components:\n  schemas:\n    A: {type: object}\n"));
    const { code, out } = run(["specs", "diff", ok, ok, "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as SpecDiff).changes).toEqual([]);
  }, 60_000);

  it.each([
    [["specs"], /no subcommand given/],
    [["specs", "frob"], /unknown subcommand "frob"/],
    [["specs", "diff", "zaken"], /takes <id> <from> <to> or <fileA> <fileB>/],
    [["specs", "list", "extra"], /takes no arguments/],
    [["specs", "list", "--nope"], /Unknown option '--nope'/],
  ])("%j: usage error, exit 2", (args, message) => {
    const { code, err } = run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toContain("Usage: commonground");
  }, 60_000);

  it("--help lists specs", () => {
    const { code, out } = run(["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("commonground specs diff <id> <from> <to>");
  }, 60_000);
});
