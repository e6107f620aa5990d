import { expect, expectTypeOf, it } from "vitest";
import { createBrkClient } from "../../src/generated/brk/index.js";
import { answer, expectOne, featureJson, specExample, useMsw } from "./wire.js";

const BASE = "https://api.brk.kadaster.nl/esd-eto-apikey/bevragen/v2";
// levering-koopsom.feature: the answer for this perceel when only `koopsom` is asked for.
const PERCEEL = "76870487970000";

useMsw();
const brk = createBrkClient({ baseUrl: BASE, headers: { "X-Api-Key": "test-key" } });

it("GET /kadastraalonroerendezaken/{id}?fields=koopsom answers the feature's HAL response", async () => {
  const expected = featureJson("brk", "levering-koopsom.feature", `/kadastraalonroerendezaken/${PERCEEL}?fields=koopsom`);
  const seen = answer("get", `${BASE}/kadastraalonroerendezaken/:id`, expected, { type: "application/hal+json", headers: { "Content-Crs": "epsg:28992" } });
  const { data } = await brk.GET("/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}", {
    params: { path: { kadastraalOnroerendeZaakIdentificatie: PERCEEL }, query: { fields: "koopsom" }, header: { "Accept-Crs": "epsg:28992" } },
  });
  expectOne(seen, {
    method: "GET",
    path: `/esd-eto-apikey/bevragen/v2/kadastraalonroerendezaken/${PERCEEL}`,
    search: "?fields=koopsom",
    headers: { "Accept-Crs": "epsg:28992", "X-Api-Key": "test-key" },
  });
  expect(data).toEqual(expected);
  expectTypeOf(data!.type).toEqualTypeOf<"appartementsrecht" | "perceel" | undefined>();
  expect(data?.type).toBe("perceel");
  expect(data?.koopsom).toEqual({ koopsom: 185000, koopjaar: 2015 });
  expect(data?.aardCultuurBebouwd?.waarde).toBe("Wonen");
  expect(data?._links?.self?.href).toBe(`/kadastraalonroerendezaken/${PERCEEL}?fields=koopsom`);
});

it("GET /kadastraalonroerendezaken searches by postcode and huisnummer (HAL collection)", async () => {
  const seen = answer("get", `${BASE}/kadastraalonroerendezaken`, {
    _links: { self: { href: `/kadastraalonroerendezaken?postcode=7361EW&huisnummer=21` } },
    _embedded: { kadastraalOnroerendeZaken: [{ identificatie: PERCEEL, type: "perceel", kadastraleAanduiding: "Beekbergen K 4879" }] },
  }, { type: "application/hal+json" });
  const { data } = await brk.GET("/kadastraalonroerendezaken", { params: { query: { postcode: "7361EW", huisnummer: 21 } } });
  expectOne(seen, { method: "GET", path: "/esd-eto-apikey/bevragen/v2/kadastraalonroerendezaken", search: "?postcode=7361EW&huisnummer=21", absent: ["Accept-Crs"] });
  expect(data?._embedded?.kadastraalOnroerendeZaken?.[0]?.kadastraleAanduiding).toBe("Beekbergen K 4879");
});

it("a 404 answers the spec's own problem example as a typed error", async () => {
  const example = specExample("brk", "2.0.0", "/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}", "get", "404");
  answer("get", `${BASE}/kadastraalonroerendezaken/:id`, example, { status: 404, type: "application/problem+json" });
  const { error, response } = await brk.GET("/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}", { params: { path: { kadastraalOnroerendeZaakIdentificatie: "0" } } });
  expect(response.status).toBe(404);
  expect(error).toEqual(example);
  expect(error?.title).toBe("Opgevraagde resource bestaat niet.");
});
