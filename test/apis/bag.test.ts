import { expect, expectTypeOf, it } from "vitest";
import { createBagClient } from "../../src/generated/bag/index.js";
import { answer, expectOne, specExample, testdata, useMsw } from "./wire.js";

const BASE = "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2";
const PAND = "0363100012165490";
const VBO = "0363010000659113";

/**
 * The pages that `_links` point to in the paginering.feature scenario with `page=3` and
 * `pageSize=15` (e.g. `{ first: 1, previous: 2, next: 4, last: 5 }`).
 */
function featureLinks(): Record<string, number> {
  const scenario = testdata("bag", "features", "paginering.feature")
    .split(/^\s*Scenario:/m)
    .find((s) => s.includes('"page=3"') && s.includes('"pageSize=15"'));
  const links = [...(scenario ?? "").matchAll(/_links\.(\w+)\.href "page=(\d+)"/g)].map((m) => [m[1] as string, Number(m[2])]);
  return Object.fromEntries(links);
}

function verblijfsobject(identificatie: string) {
  return {
    verblijfsobject: {
      type: "Verblijfsobject",
      identificatie,
      domein: "NL.IMBAG.Verblijfsobject",
      geometrie: { punt: { type: "Point", coordinates: [121489.2, 487329.6, 0] } },
      gebruiksdoelen: ["woonfunctie"],
      oppervlakte: 76,
      status: "Verblijfsobject in gebruik",
      geconstateerd: "N",
      documentdatum: "2018-03-07",
      documentnummer: "GV00000406",
      voorkomen: { tijdstipRegistratie: "2018-03-08T09:21:43.000", versie: 1, beginGeldigheid: "2018-03-07", tijdstipRegistratieLV: "2018-03-08T09:26:12.000" },
      maaktDeelUitVan: [PAND],
      heeftAlsHoofdAdres: "0363200000091410",
    },
    _links: { self: { href: `${BASE}/verblijfsobjecten/${identificatie}` } },
  };
}

useMsw();
const bag = createBagClient({ baseUrl: BASE, headers: { "X-Api-Key": "test-key" } });

it("GET /verblijfsobjecten pages a HAL collection as paginering.feature describes (Accept-Crs epsg:28992)", async () => {
  const pages = featureLinks();
  expect(pages).toEqual({ first: 1, previous: 2, next: 4, last: 5 });
  const href = (page: number) => `${BASE}/verblijfsobjecten?pandIdentificatie=${PAND}&page=${page}&pageSize=15`;
  const hal = {
    _links: { self: { href: href(3) }, ...Object.fromEntries(Object.entries(pages).map(([rel, page]) => [rel, { href: href(page) }])) },
    _embedded: { verblijfsobjecten: [verblijfsobject(VBO)] },
  };
  const seen = answer("get", `${BASE}/verblijfsobjecten`, hal, { type: "application/hal+json", headers: { "Content-Crs": "epsg:28992" } });
  const { data, response } = await bag.GET("/verblijfsobjecten", {
    params: { query: { pandIdentificatie: PAND, page: 3, pageSize: 15 }, header: { "Accept-Crs": "epsg:28992" } },
  });
  expectOne(seen, {
    method: "GET",
    path: "/lvbag/individuelebevragingen/v2/verblijfsobjecten",
    search: `?pandIdentificatie=${PAND}&page=3&pageSize=15`,
    headers: { "Accept-Crs": "epsg:28992", "X-Api-Key": "test-key" },
  });
  expect(response.headers.get("Content-Crs")).toBe("epsg:28992");
  const next = new URL(data?._links?.next?.href ?? "");
  expect(next.searchParams.get("page")).toBe("4");
  expect(next.searchParams.get("pageSize")).toBe("15");
  const item = data?._embedded?.verblijfsobjecten?.[0];
  expectTypeOf(item!.verblijfsobject.oppervlakte).toEqualTypeOf<number>();
  expect(item?.verblijfsobject.identificatie).toBe(VBO);
  expect(item?.verblijfsobject.geometrie.punt?.coordinates).toEqual([121489.2, 487329.6, 0]);
});

it("Accept-Crs is optional in this spec, so the client adds none; a 412 answers the spec's example", async () => {
  const example = specExample("bag", "2.0.0", "/verblijfsobjecten/{identificatie}", "get", "412");
  const seen = answer("get", `${BASE}/verblijfsobjecten/:identificatie`, example, { status: 412, type: "application/problem+json" });
  const { data, error } = await bag.GET("/verblijfsobjecten/{identificatie}", { params: { path: { identificatie: VBO } } });
  expectOne(seen, { method: "GET", path: `/lvbag/individuelebevragingen/v2/verblijfsobjecten/${VBO}`, search: "", absent: ["Accept-Crs"] });
  expect(data).toBeUndefined();
  expect(error?.status).toBe(412);
  expect(error?.code).toBe("preconditionFailed");
});

it("GET /verblijfsobjecten/{identificatie} with expand reads one HAL resource", async () => {
  const seen = answer("get", `${BASE}/verblijfsobjecten/:identificatie`, verblijfsobject(VBO), { type: "application/hal+json" });
  const { data } = await bag.GET("/verblijfsobjecten/{identificatie}", {
    params: { path: { identificatie: VBO }, query: { expand: "heeftAlsHoofdAdres", geldigOp: "2024-01-01" }, header: { "Accept-Crs": "epsg:28992" } },
  });
  expectOne(seen, { method: "GET", path: `/lvbag/individuelebevragingen/v2/verblijfsobjecten/${VBO}`, search: "?expand=heeftAlsHoofdAdres&geldigOp=2024-01-01", headers: { "Accept-Crs": "epsg:28992" } });
  expect(data?.verblijfsobject.gebruiksdoelen).toEqual(["woonfunctie"]);
  expect(data?._links?.self?.href).toBe(`${BASE}/verblijfsobjecten/${VBO}`);
});
