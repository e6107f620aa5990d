/**
 * The runtime operation table, extracted from real specs. Specs are bundled from a source tree
 * (in a temp folder) so that the cross-file $refs of the VNG 1.6+/1.7 specs resolve.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { OperationTable } from "../../src/core/operation-table.ts";
import { applyOverlays, bundleSpec } from "../../src/codegen/generate-spec.ts";
import type { Json } from "../../src/codegen/openapi-doc.ts";
import { operationFacts } from "../../src/codegen/operation-facts.ts";
import { loadRegistry, specKey } from "../../src/codegen/registry.ts";
import { buildSourceTree } from "../../src/codegen/source-tree.ts";

const registry = loadRegistry();
const tree = mkdtempSync(join(tmpdir(), "cg-facts-test-"));
const located = buildSourceTree(registry, tree);
afterAll(() => rmSync(tree, { recursive: true, force: true }));

const bundles = new Map<string, Promise<Json>>();
function bundled(key: string): Promise<Json> {
  const file = located.get(key);
  if (!file) throw new Error(`test setup: ${key} is not registered`);
  if (!bundles.has(key)) bundles.set(key, bundleSpec(file));
  return bundles.get(key) as Promise<Json>;
}

async function table(key: string): Promise<OperationTable> {
  const spec = registry.specs.find((s) => specKey(s) === key);
  if (!spec) throw new Error(`test setup: ${key} is not registered`);
  return operationFacts(structuredClone(await bundled(key)), spec);
}

describe("Zaken 1.7.0 (bundled across files)", () => {
  it("GET /zaken: comma-joined arrays, the CRS headers to send, a paged list", async () => {
    const { operations } = await table("zaken/1.7.0");
    const list = operations["/zaken"]?.get;
    expect(list?.commaArrays).toEqual(expect.arrayContaining(["archiefstatus__in", "bronorganisatie__in"]));
    expect(list?.commaArrays).not.toContain("archiefstatus");
    expect(list?.headers).toMatchObject({ "Accept-Crs": "EPSG:4326" });
    expect(list?.list).toBe("page");
    expect(list?.paged).toBe(true);
    expect(list?.binary).toBeUndefined();
  });

  it("POST /zaken/_zoek is a paged list too, and sends a JSON Content-Type", async () => {
    const { operations } = await table("zaken/1.7.0");
    const search = operations["/zaken/_zoek"]?.post;
    expect(search?.list).toBe("page");
    expect(search?.headers?.["Content-Type"]).toBe("application/json");
    expect(operations["/zaken"]?.post?.list).toBeUndefined();
  });

  it("states the spec's version and default security", async () => {
    const facts = await table("zaken/1.7.0");
    expect(facts).toMatchObject({ id: "zaken", variant: "1.7.0", version: "1.7.0", security: ["JWT-Claims"] });
    expect(facts.securitySchemes["JWT-Claims"]).toEqual({ type: "http", scheme: "bearer" });
  });

  it("is taken before overlays relax the required headers", async () => {
    const spec = registry.specs.find((s) => specKey(s) === "zaken/1.7.0");
    if (!spec) throw new Error("test setup");
    const doc = structuredClone(await bundled("zaken/1.7.0"));
    applyOverlays(doc, spec);
    expect(operationFacts(doc, spec).operations["/zaken"]?.get?.headers).toBeUndefined();
  });
});

describe("Documenten 1.7.0", () => {
  it("marks the download as binary, and only the download", async () => {
    const { operations } = await table("documenten/1.7.0");
    expect(operations["/enkelvoudiginformatieobjecten/{uuid}/download"]?.get).toMatchObject({ binary: true });
    expect(operations["/enkelvoudiginformatieobjecten/{uuid}/download"]?.get?.list).toBeUndefined();
    const binary = Object.entries(operations).flatMap(([path, ops]) =>
      Object.entries(ops).filter(([, f]) => f.binary).map(([method]) => `${method} ${path}`),
    );
    expect(binary).toEqual(["get /enkelvoudiginformatieobjecten/{uuid}/download"]);
    expect(operations["/enkelvoudiginformatieobjecten/{uuid}"]?.get?.binary).toBeUndefined();
  });
});

describe("BAG 2.0.0", () => {
  it("GET /adressen is a HAL list with items under _embedded.adressen", async () => {
    const { operations } = await table("bag/2.0.0");
    expect(operations["/adressen"]?.get).toMatchObject({ list: "hal", collection: "adressen", paged: true });
  });

  it("does not take a single HAL resource with embedded arrays for a list", async () => {
    const { operations } = await table("bag/2.0.0");
    const single = Object.keys(operations).filter((p) => /^\/(ligplaatsen|standplaatsen|verblijfsobjecten|woonplaatsen)\/\{[^}]+\}$/.test(p));
    expect(single.length).toBeGreaterThanOrEqual(4);
    for (const path of single) expect(operations[path]?.get?.list, path).toBeUndefined();
    expect(operations["/woonplaatsen"]?.get?.list).toBe("hal");
  });

  it("uses the X-Api-Key header scheme by default", async () => {
    const facts = await table("bag/2.0.0");
    expect(facts.security).toEqual(["apiKeyBAG"]);
    expect(facts.securitySchemes.apiKeyBAG).toEqual({ type: "apiKey", in: "header", name: "X-Api-Key" });
    expect(Object.values(facts.operations).flatMap((ops) => Object.values(ops)).some((f) => f.security)).toBe(false);
  });
});

describe("Zaken 1.5.1", () => {
  it("GET /zaakinformatieobjecten returns a bare array, GET /zaken a page", async () => {
    const { operations } = await table("zaken/1.5.1");
    expect(operations["/zaakinformatieobjecten"]?.get?.list).toBe("array");
    expect(operations["/zaakinformatieobjecten"]?.get?.paged).toBeUndefined();
    expect(operations["/zaken"]?.get?.list).toBe("page");
  });

  it("POST /zaken/_zoek is a paged list", async () => {
    const { operations } = await table("zaken/1.5.1");
    expect(operations["/zaken/_zoek"]?.post).toMatchObject({ list: "page", paged: true });
  });
});
