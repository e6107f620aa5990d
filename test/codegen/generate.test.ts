import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CodegenError, SpecLoadError } from "../../src/codegen/codegen-error.js";
import { generate } from "../../src/codegen/generate.js";
import { ROOT, loadRegistry, specKey } from "../../src/codegen/registry.js";
import { buildSourceTree } from "../../src/codegen/source-tree.js";
import { zgwJwt } from "../../src/auth/zgw-jwt.js";
import { NotFoundError } from "../../src/errors/not-found-error.js";
import { createCatalogiClient } from "../../src/generated/catalogi/index.js";
import { createCommonGround } from "../../src/references/create-common-ground.js";
import { type MockCommonGround, SEED, createMockCommonGround } from "../../src/testing/index.js";

const registry = loadRegistry();
const work = mkdtempSync(join(tmpdir(), "codegen-generate-"));
// The registered specs laid out as upstream, so that their cross-spec $refs resolve offline.
const tree = buildSourceTree(registry, join(work, "tree"));
const fileOf = (key: string): string => tree.get(key) as string;
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The generated text without its two header lines (they name the source, which differs). */
const body = (text: string): string => text.split("\n").slice(2).join("\n");

describe("generate() is the repository's own generator", () => {
  it("a vendor's copy of Zaken 1.7.0 gives the same types and operation table as commonground-sdk/zaken", async () => {
    const result = await generate({ input: fileOf("zaken/1.7.0") });
    expect(result).toMatchObject({ name: "Zaken", factory: "createZakenClient", title: "Zaken API", version: "1.7.0", api: { id: "zaken", variant: "1.7.0" } });
    expect(Object.keys(result.overlays)).toContain("blank-enum-values");
    const ours = (file: string): string => readFileSync(join(ROOT, "src", "generated", "zaken", "1.7.0", file), "utf8");
    expect(body(result.files["types.ts"] as string)).toBe(body(ours("types.ts")));
    expect(body(result.files["operations.ts"] as string).replace('"commonground-sdk"', '"../../../core/operation-table.js"')).toBe(body(ours("operations.ts")));
    expect(result.files["index.ts"]).toContain('import { type ClientOptions, type CommonGroundClient, createApiClient } from "commonground-sdk";');
    expect(result.files["index.ts"]).toContain("export function createZakenClient(options: ClientOptions): ZakenClient {");
  }, 60_000);

  it("is byte-for-byte deterministic", async () => {
    const [a, b] = await Promise.all([generate({ input: fileOf("catalogi/1.3.3") }), generate({ input: fileOf("catalogi/1.3.3") })]);
    expect(a.files).toEqual(b.files);
  }, 60_000);

  it("an unknown API gets only the generic overlays, its name from the title, and the id in the table", async () => {
    const spec = join(work, "parkeren.yaml");
    const text = readFileSync(fileOf("objecten/2.7.0-objects-4.0.0"), "utf8").replace(/^(\s*)title: Objects API$/m, "$1title: Parkeervergunningen API");
    writeFileSync(spec, text);
    const result = await generate({ input: spec });
    expect(result).toMatchObject({ name: "Parkeervergunningen", factory: "createParkeervergunningenClient", api: undefined });
    expect(Object.keys(result.overlays)).not.toContain("blank-enum-values");
    expect(result.files["operations.ts"]).toContain('{"id":"parkeervergunningen","version":"2.7.0"');
    const named = await generate({ input: spec, as: "objecten", name: "Parkeren" });
    expect(named).toMatchObject({ factory: "createParkerenClient", api: { id: "objecten", variant: "2.7.0-objects-4.0.0" } });
    expect(Object.keys(named.overlays)).toContain("blank-enum-values");
  }, 60_000);

  it("reports a bad name or an unknown --as as CodegenError, before reading anything", async () => {
    await expect(generate({ input: "nowhere.yaml", name: "zaken" })).rejects.toThrow(/name "zaken": use PascalCase/);
    const error = await generate({ input: fileOf("zaken/1.7.0"), as: "zakn" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).code).toBe("config");
    expect((error as Error).message).toMatch(/--as zakn: not a registered API id\. Registered ids: zaken, documenten/);
  }, 30_000);

  it("a missing file is a SpecLoadError naming it", async () => {
    const error = await generate({ input: "specs/nope.yaml", cwd: work }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecLoadError);
    expect((error as Error).message).toBe("specs/nope.yaml: cannot read it (no such file)");
  });
});

describe("a generated module plugs into the SDK", () => {
  let mock: MockCommonGround;
  let origin: string;
  let createZakenClient: (options: Record<string, unknown>) => any;

  beforeAll(async () => {
    // Generate Zaken 1.7.0 as a vendor would, importing the SDK (here: its source), and load it.
    const result = await generate({ input: fileOf("zaken/1.7.0"), name: "MijnZaken", importFrom: pathToFileURL(join(ROOT, "src", "index.ts")).href });
    const dir = join(work, "module");
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(result.files)) writeFileSync(join(dir, name), text);
    ({ createMijnZakenClient: createZakenClient } = (await import(pathToFileURL(join(dir, "index.ts")).href)) as { createMijnZakenClient: typeof createZakenClient });
    mock = await createMockCommonGround();
    ({ origin } = await mock.listen({ port: 0 }));
  }, 60_000);
  afterAll(() => mock?.close());

  it("expand and retries work on it", async () => {
    const auth = zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret });
    let failures = 1;
    const attempts: string[] = [];
    // The first GET answers 503 (Retry-After 0): the SDK's retry policy tries again.
    const flaky = (request: Request): Promise<Response> => {
      attempts.push(`${request.method} ${new URL(request.url).pathname}`);
      if (request.method === "GET" && failures-- > 0) return Promise.resolve(new Response("", { status: 503, headers: { "Retry-After": "0" } }));
      return fetch(request);
    };
    const zaken = createZakenClient({ baseUrl: mock.baseUrls.zaken, auth, throwOnError: true, fetch: flaky, retry: { minDelayMs: 0, maxDelayMs: 0 } });
    const zaaktype = `${origin}${SEED.zaaktypeParkeren2025}`;
    const { data: zaak } = await zaken.POST("/zaken", {
      body: { bronorganisatie: SEED.rsin, verantwoordelijkeOrganisatie: SEED.rsin, zaaktype, startdatum: "2025-04-01" },
    });
    const { data } = await zaken.expand("/zaken/{uuid}", ["zaaktype"], { params: { path: { uuid: zaak.uuid } } });
    expect(data._expand.zaaktype.url).toBe(zaaktype);
    expect(attempts.filter((a) => a.startsWith("GET"))).toHaveLength(2);
  }, 30_000);

  it("credentials, typed errors, paginate and createCommonGround().resolve work on it", async () => {
    const auth = zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret });
    const zaken = createZakenClient({ baseUrl: mock.baseUrls.zaken, auth, throwOnError: true });
    const zaaktype = `${origin}${SEED.zaaktypeParkeren2025}`;
    const { data: zaak } = await zaken.POST("/zaken", {
      body: { bronorganisatie: SEED.rsin, verantwoordelijkeOrganisatie: SEED.rsin, zaaktype, startdatum: "2025-04-01" },
    });
    expect(zaak.url).toMatch(/\/zaken\/api\/v1\/zaken\//);
    const listed: { url: string }[] = await zaken.paginate("/zaken", { params: { query: { identificatie: zaak.identificatie } } }).toArray({ maxItems: 10 });
    expect(listed.map((z) => z.url)).toEqual([zaak.url]);
    const missing = await zaken.GET("/zaken/{uuid}", { params: { path: { uuid: "00000000-0000-4000-8000-000000000000" } } }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    const cg = createCommonGround({ zaken, catalogi: createCatalogiClient({ baseUrl: mock.baseUrls.catalogi, auth }) });
    const resolved = await cg.resolve(zaak.zaaktype, "zaaktype");
    expect(resolved.url).toBe(zaaktype);
    const unauthenticated = createZakenClient({ baseUrl: mock.baseUrls.zaken });
    expect((await unauthenticated.GET("/zaken")).response.status).toBe(403);
  }, 30_000);
});

it("the registered specs' keys used above exist", () => {
  for (const key of ["zaken/1.7.0", "catalogi/1.3.3", "objecten/2.7.0-objects-4.0.0"]) expect(registry.specs.map(specKey)).toContain(key);
});
