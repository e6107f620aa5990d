/**
 * The request surface of a spec version (operations and their query parameters), on the real
 * bundled Zaken specs: 1.7.0 added /zaaknotities (with `pageSize`) and `expand` on /statussen; 1.5.1 has
 * neither. `pageSize` on GET /zaken is in no VNG version, only in Open Zaak's 1.5.1 variant.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyOverlays, bundleSpec } from "../../src/codegen/generate-spec.ts";
import { OVERLAYS } from "../../src/codegen/overlays/index.ts";
import { type VersionSurface, surfaceOf } from "../../src/codegen/version-surface.ts";
import { loadRegistry } from "../../src/codegen/registry.ts";
import { buildSourceTree } from "../../src/codegen/source-tree.ts";

const registry = loadRegistry();
const tree = mkdtempSync(join(tmpdir(), "cg-surface-test-"));
const located = buildSourceTree(registry, tree);
afterAll(() => rmSync(tree, { recursive: true, force: true }));

const surfaces = new Map<string, Promise<VersionSurface>>();
function surface(key: string): Promise<VersionSurface> {
  const file = located.get(key);
  if (!file) throw new Error(`test setup: ${key} is not registered`);
  if (!surfaces.has(key)) surfaces.set(key, bundleSpec(file).then(surfaceOf));
  return surfaces.get(key) as Promise<VersionSurface>;
}

/** The raw spec text, to check the surface against the file itself. */
const raw = (variant: string): string => readFileSync(join("specs/upstream/zaken", variant, "openapi.yaml"), "utf8");

describe("surfaceOf on the real Zaken specs", () => {
  it("1.7.0 has GET /zaaknotities (with pageSize) and expand on GET /statussen; 1.5.1 has neither", async () => {
    expect(raw("1.7.0")).toMatch(/^ {2}\/zaaknotities:/m);
    expect(raw("1.5.1")).not.toMatch(/^ {2}\/zaaknotities:/m);
    expect(raw("1.5.1")).not.toMatch(/name: pageSize/);
    // In the 1.7.0 file, the one pageSize parameter is under /zaaknotities.
    expect(raw("1.7.0").match(/name: pageSize/g)).toHaveLength(1);
    const v17 = await surface("zaken/1.7.0");
    const v151 = await surface("zaken/1.5.1");
    expect(v17["GET /zaaknotities"]).toEqual(expect.arrayContaining(["gerelateerdAan", "page", "pageSize"]));
    expect(v17["GET /statussen"]).toContain("expand");
    expect(v17["GET /zaken"]).not.toContain("pageSize");
    expect(v151["GET /zaaknotities"]).toBeUndefined();
    expect(v151["GET /statussen"]).not.toContain("expand");
    expect(v151["GET /zaken"]).not.toContain("pageSize");
    // What both have.
    for (const s of [v17, v151]) {
      expect(s["GET /zaken"]).toEqual(expect.arrayContaining(["identificatie", "bronorganisatie", "page", "zaaktype"]));
      expect(s["POST /zaken/_zoek"]).toBeDefined();
      expect(s["GET /zaken/{uuid}"]).toBeDefined();
    }
  });

  it("keys are METHOD /path for every operation, sorted, with sorted unique query names only", async () => {
    const s = await surface("zaken/1.7.0");
    const keys = Object.keys(s);
    expect(keys).toEqual([...keys].sort());
    expect(keys.every((k) => /^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) \/\S*$/.test(k))).toBe(true);
    expect(keys).toEqual(expect.arrayContaining(["POST /zaken", "PATCH /zaken/{uuid}", "DELETE /zaken/{uuid}"]));
    for (const names of Object.values(s)) {
      expect(names).toEqual([...new Set(names)].sort());
    }
    // Path parameters and headers are not query parameters.
    expect(s["GET /zaken/{uuid}"]).not.toContain("uuid");
    expect(s["GET /zaken"]).not.toContain("Accept-Crs");
    expect(s["POST /zaken"]).toEqual([]);
  });

  it("merges path-item parameters with the operation's own", () => {
    const doc = {
      paths: {
        "/a": {
          parameters: [{ in: "query", name: "shared" }, { in: "path", name: "id" }],
          get: { parameters: [{ $ref: "#/components/parameters/own" }, { in: "header", name: "X-Y" }] },
          post: {},
        },
      },
      components: { parameters: { own: { in: "query", name: "own" } } },
    };
    expect(surfaceOf(doc)).toEqual({ "GET /a": ["own", "shared"], "POST /a": ["shared"] });
  });

  it("is deterministic for the Open Zaak 1.5.1 variant, which has what standard 1.5.1 lacks", async () => {
    const oz = await surface("zaken/1.5.1-openzaak-1.30.0");
    expect(oz["GET /zaaknotities"]).toBeDefined();
    expect(oz["GET /zaken"]).toContain("pageSize");
    expect(JSON.stringify(surfaceOf(await bundleSpec(located.get("zaken/1.5.1-openzaak-1.30.0") as string)))).toBe(JSON.stringify(oz));
  });

  it("taken after the paths-stage overlays, Catalogi 1.2.0's paths are the ones the client sends", async () => {
    const doc = await bundleSpec(located.get("catalogi/1.2.0") as string);
    expect(Object.keys(surfaceOf(doc))).toContain("GET /api/v1/zaaktypen");
    applyOverlays(doc, { id: "catalogi" }, OVERLAYS.filter((o) => o.stage === "paths"));
    const surface = surfaceOf(doc);
    expect(surface["GET /zaaktypen"]).toEqual(expect.arrayContaining(["catalogus", "page"]));
    expect(Object.keys(surface).some((k) => k.includes("/api/v1/"))).toBe(false);
  });
});
