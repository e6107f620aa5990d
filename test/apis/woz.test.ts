import { expect, expectTypeOf, it } from "vitest";
import { createWozClient } from "../../src/generated/woz/index.js";
import { answer, expectOne, featureJson, useMsw } from "./wire.js";

const BASE = "https://api.example.nl/haalcentraal/api/woz";
const WOZ_OBJECT = "800000823525";

useMsw();
const woz = createWozClient({ baseUrl: BASE });

it("GET /wozobjecten/{id} reads the waarden that waarden.feature lists for this object", async () => {
  const waarden = featureJson("woz", "waarden.feature", `/wozobjecten/${WOZ_OBJECT}`) as unknown[];
  const seen = answer("get", `${BASE}/wozobjecten/:id`, { identificatie: WOZ_OBJECT, waarden, _links: { self: { href: `${BASE}/wozobjecten/${WOZ_OBJECT}` } } }, { type: "application/hal+json" });
  const { data } = await woz.GET("/wozobjecten/{identificatie}", { params: { path: { identificatie: WOZ_OBJECT }, query: { fields: "identificatie,waarden" } } });
  expectOne(seen, { method: "GET", path: `/haalcentraal/api/woz/wozobjecten/${WOZ_OBJECT}`, search: "?fields=identificatie%2Cwaarden" });
  expectTypeOf(data!.waarden![0]!.vastgesteldeWaarde).toEqualTypeOf<number | undefined>();
  expect(data?.waarden).toHaveLength(waarden.length);
  expect(data?.waarden?.[0]).toMatchObject({ vastgesteldeWaarde: 431000, waardepeildatum: "2019-01-01" });
});

it("GET /wozobjecten?postcode&huisnummer with no result has an empty _embedded (zoeken.feature)", async () => {
  const expected = featureJson("woz", "zoeken.feature", "/wozobjecten?postcode=1234AB&huisnummer=99");
  const seen = answer("get", `${BASE}/wozobjecten`, expected, { type: "application/hal+json" });
  const { data } = await woz.GET("/wozobjecten", { params: { query: { postcode: "1234AB", huisnummer: 99, page: 1 } } });
  expectOne(seen, { method: "GET", path: "/haalcentraal/api/woz/wozobjecten", search: "?postcode=1234AB&huisnummer=99&page=1" });
  expect(data?._embedded).toEqual({});
  expect(data?._embedded?.wozObjecten ?? []).toHaveLength(0);
  expect(data?._links?.self?.href).toMatch(/wozobjecten\?postcode=1234AB&huisnummer=99$/);
});
