import { describe, expect, expectTypeOf, it, vi } from "vitest";
import { createZakenClient as createOpenZaakZakenClient } from "../../src/generated/zaken/1.5.1-openzaak-1.30.0/index.js";
import { type Schemas, createZakenClient } from "../../src/generated/zaken/index.js";
import { answer, expectOne, specExample, useMsw } from "./wire.js";

const BASE = "https://open-zaak.example.nl/zaken/api/v1";
const CATALOGI = "https://open-zaak.example.nl/catalogi/api/v1";
const ZAAK_UUID = "d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11";
const ZAAK = {
  url: `${BASE}/zaken/${ZAAK_UUID}`,
  uuid: ZAAK_UUID,
  identificatie: "ZAAK-2024-0000000001",
  bronorganisatie: "002220647",
  zaaktype: `${CATALOGI}/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1`,
  verantwoordelijkeOrganisatie: "002220647",
  startdatum: "2024-05-01",
  einddatum: null,
  zaakgeometrie: { type: "Point", coordinates: [5.1214, 52.0907] },
  archiefstatus: "nog_te_archiveren",
};

// Made before msw listens (useMsw starts it in beforeAll): the client must look `fetch` up per call.
const fetchBeforeListen = globalThis.fetch;
const zaken = createZakenClient({ baseUrl: BASE });

useMsw();

describe("zaken 1.7.0 (default)", () => {
  it("GET /zaken joins __in arrays and ordering with commas and sends the required Crs headers", async () => {
    const seen = answer("get", `${BASE}/zaken`, { count: 1, next: null, previous: null, results: [ZAAK] });
    const { data, error } = await zaken.GET("/zaken", {
      params: {
        query: {
          bronorganisatie__in: ["002220647", "001005650"],
          archiefstatus__in: ["nog_te_archiveren", "gearchiveerd"],
          ordering: ["-startdatum", "identificatie"],
          page: 2,
        },
      },
    });
    expect(error).toBeUndefined();
    expectOne(seen, {
      method: "GET",
      path: "/zaken/api/v1/zaken",
      search: "?bronorganisatie__in=002220647,001005650&archiefstatus__in=nog_te_archiveren,gearchiveerd&ordering=-startdatum,identificatie&page=2",
      headers: { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" },
    });
    expectTypeOf(data?.count).toEqualTypeOf<number | undefined>();
    expect(data?.results?.[0]?.identificatie).toBe("ZAAK-2024-0000000001");
    expect(data?.results?.[0]?.url).toBe(ZAAK.url);
  });

  it("a Crs header the caller passes is not overridden", async () => {
    const seen = answer("get", `${BASE}/zaken/:uuid`, ZAAK);
    const { data } = await zaken.GET("/zaken/{uuid}", { params: { path: { uuid: ZAAK_UUID }, header: { "Accept-Crs": "EPSG:4326" } } });
    const request = expectOne(seen, { method: "GET", path: `/zaken/api/v1/zaken/${ZAAK_UUID}`, search: "", headers: { "Content-Crs": "EPSG:4326" } });
    expect(request.headers.get("Accept-Crs")).toBe("EPSG:4326");
    expect(data?.startdatum).toBe("2024-05-01");
  });

  it("POST /zaken sends the JSON body with Content-Type and both Crs headers; readOnly fields stay out of the body type", async () => {
    const seen = answer("post", `${BASE}/zaken`, ZAAK, { status: 201 });
    const body = {
      bronorganisatie: ZAAK.bronorganisatie,
      zaaktype: ZAAK.zaaktype,
      verantwoordelijkeOrganisatie: ZAAK.verantwoordelijkeOrganisatie,
      startdatum: ZAAK.startdatum,
    } satisfies Partial<Schemas["Zaak"]>;
    const { data, response } = await zaken.POST("/zaken", { body });
    expect(response.status).toBe(201);
    expectOne(seen, {
      method: "POST",
      path: "/zaken/api/v1/zaken",
      headers: { "Content-Type": "application/json", "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" },
      json: body,
    });
    expectTypeOf(data!.url).toEqualTypeOf<string>();
    expect(data?.uuid).toBe(ZAAK_UUID);
    // @ts-expect-error `url` is readOnly: the server sets it, so a request body cannot carry it
    const typeOnly = () => zaken.POST("/zaken", { body: { ...body, url: ZAAK.url } });
    expect(typeOnly).toBeTypeOf("function");
  });
});

describe("zaken 1.5.1-openzaak-1.30.0 (older, non-default)", () => {  const openZaak = createOpenZaakZakenClient({ baseUrl: BASE });

  it("GET /zaken joins expand with commas and adds no Crs header the spec does not require", async () => {
    const seen = answer("get", `${BASE}/zaken`, { count: 0, next: null, previous: null, results: [] });
    const { data } = await openZaak.GET("/zaken", { params: { query: { zaaktype: ZAAK.zaaktype, expand: ["zaaktype", "status.statustype"] } } });
    expectOne(seen, {
      method: "GET",
      path: "/zaken/api/v1/zaken",
      search: `?zaaktype=${encodeURIComponent(ZAAK.zaaktype)}&expand=zaaktype,status.statustype`,
      absent: ["Accept-Crs", "Content-Crs"],
    });
    expect(data?.count).toBe(0);
  });

  it("POST /reserveer_zaaknummer answers the spec's own example (one object or a list)", async () => {
    const example = specExample("zaken", "1.5.1-openzaak-1.30.0", "/reserveer_zaaknummer", "post", "201");
    const seen = answer("post", `${BASE}/reserveer_zaaknummer`, example, { status: 201 });
    const { data } = await openZaak.POST("/reserveer_zaaknummer", { body: { bronorganisatie: "002220647", aantal: 1 } });
    expectOne(seen, { method: "POST", path: "/zaken/api/v1/reserveer_zaaknummer", headers: { "Content-Type": "application/json" }, json: { bronorganisatie: "002220647", aantal: 1 } });
    const first = Array.isArray(data) ? data[0] : data;
    expect(first?.zaaknummer).toBe("ZAAK-2025-0000000001");
  });
});

describe("fetch", () => {
  it("is looked up at call time: a client made before msw listened is still intercepted", async () => {
    expect(globalThis.fetch).not.toBe(fetchBeforeListen);
    const seen = answer("get", `${BASE}/zaken/:uuid`, ZAAK);
    const { data } = await zaken.GET("/zaken/{uuid}", { params: { path: { uuid: ZAAK_UUID } } });
    expect(seen).toHaveLength(1);
    expect(data?.identificatie).toBe(ZAAK.identificatie);
  });

  it("the fetch option is used when passed, and msw sees nothing", async () => {
    const seen = answer("get", `${BASE}/zaken/:uuid`, ZAAK);
    const fetch = vi.fn(async (_request: Request) => Response.json({ ...ZAAK, identificatie: "ZAAK-FROM-OPTION" }));
    const client = createZakenClient({ baseUrl: BASE, fetch, headers: { Authorization: "Bearer token" } });
    const { data } = await client.GET("/zaken/{uuid}", { params: { path: { uuid: ZAAK_UUID } } });
    expect(fetch).toHaveBeenCalledTimes(1);
    const request = fetch.mock.calls[0]![0];
    expect(request.url).toBe(`${BASE}/zaken/${ZAAK_UUID}`);
    expect(request.headers.get("Authorization")).toBe("Bearer token");
    expect(request.headers.get("Accept-Crs")).toBe("EPSG:4326");
    expect(seen).toHaveLength(0);
    expect(data?.identificatie).toBe("ZAAK-FROM-OPTION");
  });
});
