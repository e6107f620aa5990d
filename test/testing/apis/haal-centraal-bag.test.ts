import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchAddresses } from "../../../src/apis/bag/index.js";
import { findKadastraalOnroerendeZaken } from "../../../src/apis/brk/index.js";
import { findWozObjecten, getWozWaarden } from "../../../src/apis/woz/index.js";
import { apiKey } from "../../../src/auth/api-key.js";
import { createBagClient } from "../../../src/generated/bag/index.js";
import { createBrkClient } from "../../../src/generated/brk/index.js";
import { createWozClient } from "../../../src/generated/woz/index.js";
import { type MockCommonGround, createMockCommonGround } from "../../../src/testing/index.js";

let mock: MockCommonGround;
beforeAll(async () => {
  mock = await createMockCommonGround({ notify: false });
  await mock.listen({ port: 0 });
});
afterAll(() => mock.close());

const key = () => apiKey({ header: "X-Api-Key", key: mock.credentials.apiKey });
const bag = () => createBagClient({ baseUrl: mock.baseUrls.bag, auth: key() });
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${mock.baseUrls.bag}${path}`, { headers: { "X-Api-Key": mock.credentials.apiKey, ...headers } });

describe("BAG 2.0 in the landscape mock", () => {
  it("searchAddresses finds the adres at postcode + huisnummer, expands woonplaats into _embedded (Content-Crs epsg:28992)", async () => {
    const found = await searchAddresses(bag(), { postcode: "3011 ad", huisnummer: 40, expand: ["woonplaats", "nummeraanduiding"] }).toArray({ maxItems: 50 });
    expect(found.map((a) => a.nummeraanduidingIdentificatie)).toEqual(["0599200000219679"]);
    expect(found[0]?._embedded.woonplaats?.woonplaats?.naam).toBe("Rotterdam");
    expect(found[0]?._embedded.nummeraanduiding?.nummeraanduiding?.postcode).toBe("3011AD");
    const response = await get("/adressen?postcode=3011AD&huisnummer=40&expand=woonplaats", { "Accept-Crs": "epsg:28992" });
    expect(response.headers.get("Content-Crs")).toBe("epsg:28992");
    expect(response.headers.get("Content-Type")).toContain("application/hal+json");
  });

  it("huisletter narrows the search; exacteMatch=true keeps only the address without huisletter", async () => {
    const all = await searchAddresses(bag(), { postcode: "3011TA", huisnummer: 8 }).toArray({ maxItems: 50 });
    expect(all.map((a) => a.nummeraanduidingIdentificatie)).toEqual(["0599200000219680", "0599200000219681"]);
    const letter = await searchAddresses(bag(), { postcode: "3011TA", huisnummer: 8, huisletter: "a" }).toArray({ maxItems: 50 });
    expect(letter.map((a) => a.nummeraanduidingIdentificatie)).toEqual(["0599200000219681"]);
    const exact = await searchAddresses(bag(), { postcode: "3011TA", huisnummer: 8, exacteMatch: true }).toArray({ maxItems: 50 });
    expect(exact.map((a) => a.nummeraanduidingIdentificatie)).toEqual(["0599200000219680"]);
  });

  it("pages HAL lists with page/pageSize (10–100) and answers 400 paramsValidation in invalid-params for bad values", async () => {
    const page = (await (await get("/adressen?pageSize=10")).json()) as { _embedded: { adressen: unknown[] }; _links: Record<string, unknown> };
    expect(page._embedded.adressen).toHaveLength(4);
    expect(page._links.next).toBeUndefined();
    const bad = await get("/adressen?postcode=0628HJ&huisnummer=0&pageSize=5");
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { code: string; "invalid-params": { name: string; code: string }[] };
    expect(problem.code).toBe("paramsValidation");
    expect(problem["invalid-params"].map(({ name, code }) => ({ name, code }))).toEqual([
      { name: "postcode", code: "pattern" },
      { name: "huisnummer", code: "minimum" },
      { name: "pageSize", code: "minimum" },
    ]);
    const badExpand = (await (await get("/adressen?postcode=3011AD&huisnummer=40&expand=pand")).json()) as { "invalid-params": { name: string; code: string }[] };
    expect(badExpand["invalid-params"][0]).toMatchObject({ name: "expand", code: "expand" });
  });

  it("reads /adressen/{id} and /nummeraanduidingen, 404 notFound for an unknown id, 406 for another Accept-Crs", async () => {
    const { data } = await bag().GET("/adressen/{nummeraanduidingIdentificatie}", { params: { path: { nummeraanduidingIdentificatie: "0599200000219682" } }, throwOnError: true });
    expect(data?.huisnummertoevoeging).toBe("bis");
    expect(data?._links?.self?.href).toBe(`${mock.baseUrls.bag}/adressen/0599200000219682`);
    const nummers = await bag().GET("/nummeraanduidingen", { params: { query: { postcode: "3011TA", huisnummer: 8 } }, throwOnError: true });
    expect(nummers.data?._embedded?.nummeraanduidingen?.map((n) => n.nummeraanduiding?.identificatie)).toEqual(["0599200000219680", "0599200000219681"]);
    const missing = await get("/adressen/0599200000999999");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe("notFound");
    expect((await get("/adressen?postcode=3011AD&huisnummer=40", { "Accept-Crs": "epsg:4326" })).status).toBe(406);
  });
});

describe("BRK and WOZ in the landscape mock (read-only from the seed)", () => {
  it("findKadastraalOnroerendeZaken finds the perceel of an address and of a nummeraanduiding", async () => {
    const brk = createBrkClient({ baseUrl: mock.baseUrls.brk, auth: key() });
    const byAddress = await findKadastraalOnroerendeZaken(brk, { postcode: "3011 ad", huisnummer: 40 });
    expect(byAddress.kadastraalOnroerendeZaken.map((z) => z.identificatie)).toEqual(["59920000010001"]);
    expect(byAddress.response.headers.get("Content-Crs")).toBe("epsg:28992");
    const byNummer = await findKadastraalOnroerendeZaken(brk, { nummeraanduidingIdentificatie: "0599200000219681", fields: ["identificatie", "kadastraleAanduiding"] });
    expect(byNummer.kadastraalOnroerendeZaken).toEqual([{ identificatie: "59920000010003", kadastraleAanduiding: "Rotterdam C 4102", _links: { self: { href: `${mock.baseUrls.brk}/kadastraalonroerendezaken/59920000010003` } } }]);
  });

  it("findWozObjecten finds the WOZ-object of an address; getWozWaarden reads its waarden; unknown → 404", async () => {
    const woz = createWozClient({ baseUrl: mock.baseUrls.woz, auth: key() });
    const objecten = await findWozObjecten(woz, { postcode: "3012bm", huisnummer: 12 }).toArray({ maxItems: 50 });
    expect(objecten.map((o) => o.identificatie)).toEqual(["059900000004"]);
    const byNummer = await findWozObjecten(woz, { nummeraanduidingIdentificatie: "0599200000219679" }).toArray({ maxItems: 50 });
    expect(byNummer.map((o) => o.identificatie)).toEqual(["059900000001"]);
    const { waarden } = await getWozWaarden(woz, "059900000001");
    expect(waarden.map((w) => [w.waardepeildatum, w.vastgesteldeWaarde])).toEqual([
      ["2024-01-01", 412000],
      ["2023-01-01", 391400],
    ]);
    await expect(getWozWaarden(woz, "059900000099")).rejects.toMatchObject({ status: 404 });
  });
});
