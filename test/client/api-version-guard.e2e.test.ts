/**
 * End to end: `createZakenClient({ apiVersion })` from the generated entry, which loads
 * `src/generated/zaken/versions.ts` lazily. Refused calls never reach the (msw) server.
 */
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { isConfigError } from "../../src/errors/config-error.js";
import { isUnsupportedByVersionError } from "../../src/errors/unsupported-by-version-error.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { recorder, server, useMsw } from "../helpers/msw.js";

const BASE = "https://open-zaak.example.nl/zaken/api/v1";
const UUID = "00000000-0000-4000-8000-000000000001";
const PAGE = { count: 0, next: null, previous: null, results: [] };
useMsw();

/** Answers every GET under the API root with an empty page, recording what arrived. */
function answerAll(): ReturnType<typeof recorder> {
  const seen = recorder();
  server.use(
    http.get(`${BASE}/*`, async ({ request }) => {
      await seen.record(request);
      return HttpResponse.json(PAGE, { headers: { "API-version": "1.5.1" } });
    }),
  );
  return seen;
}

const rejection = (call: Promise<unknown>): Promise<unknown> => call.then(() => undefined, (error: unknown) => error);

describe("createZakenClient({ apiVersion })", () => {
  it('"1.5.1" refuses GET /zaaknotities and pageSize on GET /zaken before sending, allows identificatie', async () => {
    const seen = answerAll();
    const zaken = createZakenClient({ baseUrl: BASE, apiVersion: "1.5.1" });
    const op = await rejection(zaken.GET("/zaaknotities"));
    expect(isUnsupportedByVersionError(op)).toBe(true);
    expect(op).toMatchObject({ operation: "GET /zaaknotities", apiVersion: "1.5.1", availableIn: ["1.5.1-openzaak-1.30.0", "1.7.0"] });
    const param = await rejection(zaken.GET("/zaken", { params: { query: { pageSize: 10 } as never } }));
    expect(param).toMatchObject({ name: "UnsupportedByVersionError", kind: "config", parameter: "pageSize", availableIn: ["1.5.1-openzaak-1.30.0"] });
    expect((param as Error).message).toBe(
      'GET /zaken: query parameter "pageSize" is not in Zaken API 1.5.1 (apiVersion); it is in 1.5.1-openzaak-1.30.0. Remove it, or set apiVersion to a version that has it.',
    );
    expect(seen.seen).toEqual([]);
    const { data, error } = await zaken.GET("/zaken", { params: { query: { identificatie: "ZAAK-2024-0000000001" } } });
    expect(error).toBeUndefined();
    expect(data).toEqual(PAGE);
    expect(seen.seen.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual(["GET /zaken/api/v1/zaken?identificatie=ZAAK-2024-0000000001"]);
    // client.apiVersion stays what the server reported.
    expect(zaken.apiVersion).toBe("1.5.1");
  });

  it('"1.7.0" allows /zaaknotities and expand on /statussen; "1.5.1-openzaak-1.30.0" allows pageSize on /zaken', async () => {
    const seen = answerAll();
    const v17 = createZakenClient({ baseUrl: BASE, apiVersion: "1.7.0", throwOnError: true });
    await v17.GET("/zaaknotities");
    await v17.expand("/statussen/{uuid}", ["zaak"], { params: { path: { uuid: UUID } } });
    const oz = createZakenClient({ baseUrl: BASE, apiVersion: "1.5.1-openzaak-1.30.0", throwOnError: true });
    await oz.GET("/zaken", { params: { query: { pageSize: 10 } as never } });
    expect(seen.seen.map((r) => `${r.url.pathname}${r.url.search}`)).toEqual([
      "/zaken/api/v1/zaaknotities",
      `/zaken/api/v1/statussen/${UUID}?expand=zaak`,
      "/zaken/api/v1/zaken?pageSize=10",
    ]);
  });

  it("the helpers are guarded too: expand, paginate, getUrl", async () => {
    const seen = answerAll();
    const zaken = createZakenClient({ baseUrl: BASE, apiVersion: "1.5.1" });
    expect(await rejection(zaken.expand("/statussen/{uuid}", ["zaak"], { params: { path: { uuid: UUID } } }))).toMatchObject({ parameter: "expand", availableIn: ["1.6.0", "1.7.0"] });
    expect(await rejection(zaken.paginate("/zaaknotities").toArray({ maxItems: 10 }))).toMatchObject({ name: "UnsupportedByVersionError" });
    expect(await rejection(zaken.getUrl(`${BASE}/zaaknotities/${UUID}`))).toMatchObject({ operation: "GET /zaaknotities/{uuid}" });
    expect(seen.seen).toEqual([]);
  });

  it("an unknown version: ConfigError listing the variants, on the first call (also with throwOnError: false)", async () => {
    const seen = answerAll();
    const zaken = createZakenClient({ baseUrl: BASE, apiVersion: "1.4.0" });
    const error = await rejection(zaken.GET("/zaken"));
    expect(isConfigError(error)).toBe(true);
    expect((error as Error).message).toContain('"1.4.0" is not a registered version of Zaken API: use one of 1.5.1, 1.5.1-openzaak-1.30.0, 1.6.0, 1.7.0');
    expect(seen.seen).toEqual([]);
  });

  it("the per-version entries take apiVersion too (the facts are the API's, not the entry's)", async () => {
    const { createZakenClient: create151 } = await import("../../src/generated/zaken/1.5.1/index.js");
    answerAll();
    const zaken = create151({ baseUrl: BASE, apiVersion: "1.7.0", throwOnError: true });
    await expect(zaken.GET("/zaken", { params: { query: { identificatie: "X" } } })).resolves.toMatchObject({ data: PAGE });
    expect(await rejection(zaken.GET("/zaken", { params: { query: { pageSize: 1 } as never } }))).toMatchObject({ parameter: "pageSize" });
  });
});
