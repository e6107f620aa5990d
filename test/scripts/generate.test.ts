/**
 * generateAll end to end, on a one-spec registry in a temp folder. generateAll always reads the
 * repository's registry and specs/upstream/ (it has no registry or specs-folder option), so
 * loadRegistry and specFile are redirected here; the worker threads still run the real generator.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { SpecEntry } from "../../src/codegen/registry.ts";

const fixture = vi.hoisted(() => ({ registryFile: "", specsDir: "" }));
vi.mock("../../src/codegen/registry.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/codegen/registry.ts")>();
  return {
    ...actual,
    loadRegistry: (file?: string) => actual.loadRegistry(file ?? fixture.registryFile),
    specFile: (spec: Pick<SpecEntry, "id" | "variant">) => join(fixture.specsDir, spec.id, spec.variant, "openapi.yaml"),
  };
});

const { generateAll } = await import("../../scripts/generate.ts");
const { sha256 } = await import("../../scripts/sync-specs.ts");

const tmp = mkdtempSync(join(tmpdir(), "cg-generate-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

const spec = (ref: string) => `openapi: 3.0.3
info: { title: Dingen, version: 1.0.0 }
paths:
  /dingen:
    get:
      operationId: ding_list
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { type: array, items: { $ref: "${ref}" } }
components:
  schemas:
    Ding:
      type: object
      properties: { url: { type: string, readOnly: true } }
`;

/** A one-spec registry (`dingen/1.0.0`) whose file holds `text`, or no file at all. */
function useFixture(text: string | undefined): void {
  const dir = join(tmp, `fixture-${++n}`);
  fixture.specsDir = join(dir, "specs");
  fixture.registryFile = join(dir, "registry.json");
  const file = join(fixture.specsDir, "dingen", "1.0.0", "openapi.yaml");
  mkdirSync(dir, { recursive: true });
  if (text !== undefined) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const entry = {
    id: "dingen", version: "1.0.0", variant: "1.0.0", title: "Dingen", implementation: "standard",
    openapi: "3.0.3", repository: "example/dingen", commit: "0".repeat(40), path: "openapi.yaml",
    sha256: sha256(Buffer.from(text ?? "")), bytes: Math.max(1, (text ?? "").length), license: "EUPL-1.2",
    externalRefs: [],
  };
  const api = { id: "dingen", name: "Dingen", title: "Dingen API", default: "1.0.0", kind: "client" };
  writeFileSync(fixture.registryFile, JSON.stringify({ apis: [api], specs: [entry] }));
}

/** An output folder holding only a marker file. */
function outDirWithMarker(): string {
  const outDir = join(tmp, `out-${++n}`, "generated");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "marker.txt"), "old output");
  return outDir;
}

function expectUntouched(outDir: string): void {
  expect(readdirSync(outDir)).toEqual(["marker.txt"]);
  expect(readFileSync(join(outDir, "marker.txt"), "utf8")).toBe("old output");
  expect(readdirSync(dirname(outDir))).toEqual(["generated"]);
}

describe("generateAll", () => {
  it("fails on a spec whose file is missing, naming it, before writing anything", async () => {
    useFixture(undefined);
    const outDir = outDirWithMarker();
    await expect(generateAll({ force: true, outDir })).rejects.toThrow(/not synced[\s\S]*dingen\/1\.0\.0 is missing/);
    expectUntouched(outDir);
  });

  it("fails on an unresolvable $ref, naming the spec, and leaves the output as it was", async () => {
    useFixture(spec("./elders.yaml#/components/schemas/Ding"));
    const outDir = outDirWithMarker();
    const failure = generateAll({ force: true, outDir });
    await expect(failure).rejects.toThrow(/generation failed for 1 spec\(s\)/);
    await expect(failure).rejects.toThrow(/dingen\/1\.0\.0: .*a \$ref points nowhere: Can't resolve \$ref/);
    expectUntouched(outDir);
  });

  it("also names the spec for an unresolvable local $ref", async () => {
    useFixture(spec("#/components/schemas/Nergens"));
    const outDir = outDirWithMarker();
    await expect(generateAll({ force: true, outDir })).rejects.toThrow(/ - dingen\/1\.0\.0: .*a \$ref points nowhere: Can't resolve \$ref/);
    expectUntouched(outDir);
  });

  it("swaps in a complete tree on success, then skips while the inputs are unchanged", async () => {
    useFixture(spec("#/components/schemas/Ding"));
    const outDir = outDirWithMarker();
    const first = await generateAll({ force: true, outDir });
    expect(first.skipped).toBe(false);
    expect(readdirSync(outDir).sort()).toEqual([".stamp", "dingen"]);
    // The default version also gets the mock's facts (commonground-sdk/testing).
    expect(readdirSync(join(outDir, "dingen", "1.0.0")).sort()).toEqual(["index.ts", "mock-facts.ts", "operations.ts", "types.ts"]);
    expect(existsSync(join(outDir, "dingen", "index.ts"))).toBe(true);
    expect(readFileSync(join(outDir, "dingen", "1.0.0", "types.ts"), "utf8")).toContain("url?: $Read<string>;");
    expect(readdirSync(dirname(outDir))).toEqual(["generated"]);
    expect((await generateAll({ outDir })).skipped).toBe(true);
  });
});
