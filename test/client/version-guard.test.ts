import { ConfigError } from "../../src/errors/config-error.js";
/**
 * The apiVersion guard (src/client/version-guard.ts), with the surfaces of the real Zaken variants:
 * standard 1.5.1 lacks /zaaknotities (Open Zaak's 1.5.1 and 1.7.0 have it) and `expand` on /statussen
 * (1.6.0 and 1.7.0 have it);
 * `pageSize` on GET /zaken is only in the Open Zaak 1.5.1 variant, not in any VNG version.
 * A refused call never reaches fetch.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/create-api-client.js";
import { type VersionFacts, type VersionsModule, resolveVariant, versionGuard } from "../../src/client/version-guard.js";
import { bundleSpec } from "../../src/codegen/generate-spec.js";
import { loadRegistry } from "../../src/codegen/registry.js";
import { renderVersions, type VariantSurface, versionFactsOf } from "../../src/codegen/render-versions.js";
import { buildSourceTree } from "../../src/codegen/source-tree.js";
import { surfaceOf } from "../../src/codegen/version-surface.js";
import { isConfigError } from "../../src/errors/config-error.js";
import { isUnsupportedByVersionError, UnsupportedByVersionError } from "../../src/errors/unsupported-by-version-error.js";
import { operationTable } from "../../src/generated/zaken/1.7.0/operations.js";
import type { Paths } from "../../src/generated/zaken/1.7.0/index.js";

const BASE = "https://open-zaak.example.nl/zaken/api/v1";
const UUID = "00000000-0000-4000-8000-000000000001";
const registry = loadRegistry();
const tree = mkdtempSync(join(tmpdir(), "cg-guard-test-"));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

let variants: VariantSurface[] = [];
let facts: VersionFacts;
beforeAll(async () => {
  const located = buildSourceTree(registry, tree);
  const specs = registry.specs.filter((s) => s.id === "zaken");
  variants = await Promise.all(specs.map(async (s) => ({ variant: s.variant, version: s.version, surface: surfaceOf(await bundleSpec(located.get(`zaken/${s.variant}`) as string)) })));
  facts = versionFactsOf("Zaken API", variants);
}, 60_000);

/** A fake fetch that records what reached it and answers an empty page. */
function fakeFetch(): { fetch: (request: Request) => Promise<Response>; seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    fetch: async (request: Request) => {
      seen.push(`${request.method} ${request.url}`);
      return Response.json({ count: 0, next: null, previous: null, results: [] }, { headers: { "API-version": "1.5.1" } });
    },
  };
}

const loader = (): Promise<VersionsModule> => Promise.resolve({ versionGuard: (v: string, base: string, config) => versionGuard(facts, v, base, config) });
const client = (apiVersion: string, fetch: (request: Request) => Promise<Response>, throwOnError = false) =>
  createApiClient<Paths>(operationTable, { baseUrl: BASE, apiVersion, fetch, retry: false, throwOnError }, loader);
const rejection = (call: Promise<unknown>): Promise<unknown> => call.then(() => undefined, (error: unknown) => error);

describe("versionFactsOf: the compact, deterministic facts", () => {
  it("lists the Zaken variants oldest first, the standard 1.5.1 before Open Zaak's, names once", () => {
    expect(facts.variants.map(([v]) => v)).toEqual(["1.5.1", "1.5.1-openzaak-1.30.0", "1.6.0", "1.7.0"]);
    expect(facts.params).toEqual([...new Set(facts.params)].sort());
    expect(facts.ops).toEqual([...new Set(facts.ops)].sort());
    expect(facts.ops).toContain("GET /zaaknotities");
    for (const [, , surface] of facts.variants) expect(surface).toHaveLength(facts.ops.length);
    // Shared lists: far fewer distinct parameter lists than operations across variants.
    expect(facts.sets.length).toBeLessThan(facts.ops.length);
    expect(versionFactsOf("Zaken API", [...variants].reverse())).toEqual(facts);
  });
});

describe("resolveVariant", () => {
  it("takes the variant itself, else the version's standard variant", () => {
    const names = facts.variants.map(([v]) => v);
    expect(names[resolveVariant(facts, "1.5.1-openzaak-1.30.0", ConfigError)]).toBe("1.5.1-openzaak-1.30.0");
    expect(names[resolveVariant(facts, "1.5.1", ConfigError)]).toBe("1.5.1");
    expect(names[resolveVariant(facts, "1.7.0", ConfigError)]).toBe("1.7.0");
  });

  it("an unknown version is a ConfigError listing the variants", () => {
    let error: unknown;
    try {
      resolveVariant(facts, "1.4.0", ConfigError);
    } catch (e) {
      error = e;
    }
    expect(isConfigError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'Invalid options for the Zaken API client: apiVersion: "1.4.0" is not a registered version of Zaken API: use one of 1.5.1, 1.5.1-openzaak-1.30.0, 1.6.0, 1.7.0',
    );
  });

  it("a version with only vendor variants: one is taken, several must be named", () => {
    const one: VersionFacts = { api: "X API", params: [], ops: [], sets: [], variants: [["0.9.0-openklant-2.18.0", "0.9.0", []]] };
    expect(resolveVariant(one, "0.9.0", ConfigError)).toBe(0);
    const two: VersionFacts = { ...one, variants: [["1.0.0-a-1", "1.0.0", []], ["1.0.0-b-1", "1.0.0", []]] };
    expect(() => resolveVariant(two, "1.0.0", ConfigError)).toThrow(/"1\.0\.0" matches several variants of X API \(1\.0\.0-a-1, 1\.0\.0-b-1\): name one of them/);
  });
});

describe("versionGuard: one call", () => {
  it("1.5.1 refuses GET /zaaknotities, naming the versions that have it", () => {
    const check = versionGuard(facts, "1.5.1", BASE, ConfigError);
    let error: unknown;
    try {
      check("GET", "/zaaknotities", undefined);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsupportedByVersionError);
    expect(error).toMatchObject({ kind: "config", apiVersion: "1.5.1", variant: "1.5.1", operation: "GET /zaaknotities", parameter: undefined, availableIn: ["1.5.1-openzaak-1.30.0", "1.7.0"] });
    expect((error as Error).message).toBe(
      "GET /zaaknotities is not in Zaken API 1.5.1 (apiVersion); it is in 1.5.1-openzaak-1.30.0, 1.7.0. Do not call it, or set apiVersion to a version that has it.",
    );
  });

  it("1.5.1 refuses a query parameter it lacks, allows those it has; undefined values are not sent, so not checked", () => {
    const check = versionGuard(facts, "1.5.1", BASE, ConfigError);
    expect(() => check("GET", "/statussen", { params: { query: { zaak: `${BASE}/zaken/${UUID}`, expand: "zaak" } } })).toThrow(
      'GET /statussen: query parameter "expand" is not in Zaken API 1.5.1 (apiVersion); it is in 1.6.0, 1.7.0. Remove it, or set apiVersion to a version that has it.',
    );
    expect(() => check("GET", "/zaken", { params: { query: { identificatie: "ZAAK-1", bronorganisatie: "123456782", pageSize: undefined } } })).not.toThrow();
    expect(() => check("GET", "/zaken/{uuid}", { params: { path: { uuid: UUID }, query: { expand: "status" } } } as never)).not.toThrow();
  });

  it("pageSize on GET /zaken is only in Open Zaak's 1.5.1: refused by 1.5.1 and by 1.7.0", () => {
    for (const version of ["1.5.1", "1.7.0"]) {
      let error: unknown;
      try {
        versionGuard(facts, version, BASE, ConfigError)("GET", "/zaken", { params: { query: { pageSize: 10 } } });
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ name: "UnsupportedByVersionError", parameter: "pageSize", availableIn: ["1.5.1-openzaak-1.30.0"] });
    }
    expect(() => versionGuard(facts, "1.5.1-openzaak-1.30.0", BASE, ConfigError)("GET", "/zaken", { params: { query: { pageSize: 10 } } })).not.toThrow();
  });

  it("an operation or parameter no registered version has says so", () => {
    const check = versionGuard(facts, "1.7.0", BASE, ConfigError);
    expect(() => check("GET", "/nergens", undefined)).toThrow("GET /nergens is not in Zaken API 1.7.0 (apiVersion); it is in no registered version of Zaken API. Do not call it.");
    expect(() => check("GET", "/zaken", { params: { query: { bestaatNiet: 1 } } })).toThrow(/query parameter "bestaatNiet" .* it is in no registered version of Zaken API\. Remove it\.$/);
  });

  it("an absolute URL (getUrl, a next page) is checked for its operation only", () => {
    const check = versionGuard(facts, "1.5.1", BASE, ConfigError);
    expect(() => check("GET", "", { baseUrl: `${BASE}/zaaknotities/${UUID}` })).toThrow(/^GET \/zaaknotities\/\{uuid\} is not in Zaken API 1\.5\.1/);
    expect(() => check("GET", "", { baseUrl: `${BASE}/zaken/${UUID}` })).not.toThrow();
    // A next link: its query is the server's own.
    expect(() => check("GET", "", { baseUrl: `${BASE}/zaken?page=2&pageSize=10` })).not.toThrow();
    // POST /zaken/_zoek is the literal path, not /zaken/{uuid}.
    expect(() => check("POST", "", { baseUrl: `${BASE}/zaken/_zoek` })).not.toThrow();
    // Another host or an unknown path is not this API's to judge.
    expect(() => check("GET", "", { baseUrl: `https://elders.example.nl/zaaknotities/${UUID}` })).not.toThrow();
  });
});

describe("a client with apiVersion (createApiClient with the loader)", () => {
  it("refuses before anything reaches fetch, also with throwOnError: false (thrown, not returned)", async () => {
    const { fetch, seen } = fakeFetch();
    const zaken = client("1.5.1", fetch);
    const error = await rejection(zaken.GET("/zaaknotities"));
    expect(isUnsupportedByVersionError(error)).toBe(true);
    const param = await rejection(zaken.GET("/zaken", { params: { query: { pageSize: 10 } as never } }));
    expect(param).toMatchObject({ name: "UnsupportedByVersionError", parameter: "pageSize" });
    expect(seen).toEqual([]);
    const { error: none, data } = await zaken.GET("/zaken", { params: { query: { identificatie: "ZAAK-1" } } });
    expect(none).toBeUndefined();
    expect(data).toMatchObject({ count: 0 });
    expect(seen).toEqual([`GET ${BASE}/zaken?identificatie=ZAAK-1`]);
  });

  it("1.7.0 allows /zaaknotities and expand on /statussen", async () => {
    const { fetch, seen } = fakeFetch();
    const zaken = client("1.7.0", fetch, true);
    await zaken.GET("/zaaknotities");
    await zaken.GET("/statussen", { params: { query: { expand: ["zaak"] } as never } });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(`GET ${BASE}/zaaknotities`);
  });

  it("the helpers: expand, paginate's first call and getUrl are guarded", async () => {
    const { fetch, seen } = fakeFetch();
    const zaken = client("1.5.1", fetch, true);
    expect(await rejection(zaken.expand("/statussen/{uuid}", ["zaak"], { params: { path: { uuid: UUID } } }))).toMatchObject({ parameter: "expand", operation: "GET /statussen/{uuid}" });
    expect(await rejection(zaken.paginate("/zaaknotities").toArray({ maxItems: 100 }))).toMatchObject({ operation: "GET /zaaknotities", parameter: undefined });
    expect(await rejection(zaken.getUrl(`${BASE}/zaaknotities/${UUID}`))).toMatchObject({ operation: "GET /zaaknotities/{uuid}" });
    expect(seen).toEqual([]);
    await zaken.paginate("/zaken", { params: { query: { identificatie: "ZAAK-1" } } }).toArray({ maxItems: 100 });
    expect(seen).toEqual([`GET ${BASE}/zaken?identificatie=ZAAK-1`]);
  });

  it("an unknown version rejects every call with a ConfigError listing the variants; fetch is not called", async () => {
    const { fetch, seen } = fakeFetch();
    const zaken = client("1.4.0", fetch);
    for (let i = 0; i < 2; i++) {
      const error = await rejection(zaken.GET("/zaken"));
      expect(isConfigError(error)).toBe(true);
      expect((error as Error).message).toMatch(/apiVersion: "1\.4\.0" is not a registered version of Zaken API: use one of 1\.5\.1, 1\.5\.1-openzaak-1\.30\.0, 1\.6\.0, 1\.7\.0/);
    }
    expect(seen).toEqual([]);
  });

  it("a failed load of the facts fails that call and is tried again by the next", async () => {
    let loads = 0;
    const flaky = (): Promise<VersionsModule> => (++loads === 1 ? Promise.reject(new TypeError("Failed to fetch dynamically imported module")) : loader());
    const { fetch, seen } = fakeFetch();
    const zaken = createApiClient<Paths>(operationTable, { baseUrl: BASE, apiVersion: "1.5.1", fetch }, flaky);
    await expect(zaken.GET("/zaken")).rejects.toThrow(/dynamically imported module/);
    expect(seen).toEqual([]);
    expect((await zaken.GET("/zaken")).response.status).toBe(200);
    expect(await rejection(zaken.GET("/zaaknotities"))).toMatchObject({ name: "UnsupportedByVersionError" });
    expect(loads).toBe(2);
  });

  it("loads the facts once, on the first call, and not at all without apiVersion", async () => {
    let loads = 0;
    const counting = (): Promise<VersionsModule> => {
      loads++;
      return loader();
    };
    const { fetch } = fakeFetch();
    const zaken = createApiClient<Paths>(operationTable, { baseUrl: BASE, apiVersion: "1.7.0", fetch }, counting);
    expect(loads).toBe(0);
    await zaken.GET("/zaken");
    await zaken.GET("/zaken");
    expect(loads).toBe(1);
    const plain = createApiClient<Paths>(operationTable, { baseUrl: BASE, fetch }, counting);
    await plain.GET("/zaaknotities");
    expect(loads).toBe(1);
  });

  it("apiVersion without a loader, or empty, is a ConfigError at creation", () => {
    expect(() => createApiClient<Paths>(operationTable, { baseUrl: BASE, apiVersion: "1.5.1" })).toThrow(
      "Invalid options for the zaken 1.7.0 client: apiVersion: works only on the SDK's own clients",
    );
    expect(() => createApiClient<Paths>(operationTable, { baseUrl: BASE, apiVersion: "" }, loader)).toThrow(/apiVersion: /);
    expect(() => createApiClient<Paths>(operationTable, { baseUrl: BASE, apiVersion: 151 as never }, loader)).toThrow(/apiVersion: /);
  });
});

describe("renderVersions: the generated module", () => {
  it("is deterministic TypeScript that exports the facts and a working versionGuard", async () => {
    const guardImport = pathToFileURL(resolve("src/client/version-guard.ts")).href;
    const source = renderVersions("zaken", variants, { title: "Zaken API", guardImport });
    expect(renderVersions("zaken", [...variants].reverse(), { title: "Zaken API", guardImport })).toBe(source);
    expect(renderVersions("zaken", variants, { title: "Zaken API" })).toContain('from "../../client/version-guard.js";');
    const file = join(tree, "versions.ts");
    writeFileSync(file, source);
    const mod = (await import(pathToFileURL(file).href)) as VersionsModule & { versionFacts: VersionFacts };
    expect(mod.versionFacts).toEqual(facts);
    expect(() => mod.versionGuard("1.5.1", BASE, ConfigError)("GET", "/zaaknotities", undefined)).toThrow(/it is in 1\.5\.1-openzaak-1\.30\.0, 1\.7\.0/);
    // Compact: the names are in the module once each.
    expect(source.split('"identificatie"').length - 1).toBe(1);
  });
});
