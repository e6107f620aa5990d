import { describe, expect, expectTypeOf, it } from "vitest";
import type { ReadableBody } from "../../../src/client/client-types.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { NotFoundError } from "../../../src/errors/not-found-error.js";
import { ValidationError } from "../../../src/errors/validation-error.js";
import { createWozClient, findWozObjecten, getWozWaarden, type Schemas } from "../../../src/generated/woz/index.js";
import { answer, expectOne, expectWire, featureJson, useMsw } from "../wire.js";

const BASE = "https://api.acceptatie.kadaster.nl/haalcentraal-api";
useMsw();
const woz = createWozClient({ baseUrl: BASE });
const HAL = { type: "application/hal+json" };

// zoeken.feature: WOZ-object 000500000001 has aanduiding 8000GB 1 a bis, nummeraanduiding 0005200000009179.
const object = (identificatie: string) => ({
  identificatie,
  aanduiding: { postcode: "8000GB", huisnummer: 1, huisletter: "a", huisnummertoevoeging: "bis" },
  _links: { self: { href: `${BASE}/wozobjecten/${identificatie}` } },
});

describe("findWozObjecten", () => {
  it("searches by postcode and huisnummer (zoeken.feature), normalising the postcode, over two HAL pages", async () => {
    const seen = answer(
      "get",
      `${BASE}/wozobjecten`,
      (url: URL) =>
        url.searchParams.get("page") === "2"
          ? { _links: { self: { href: url.href } }, _embedded: { wozObjecten: [object("000500000002")] } }
          : { _links: { self: { href: url.href }, next: { href: `${BASE}/wozobjecten?postcode=8000GB&huisnummer=1&huisletter=A&huisnummertoevoeging=BIS&page=2` } }, _embedded: { wozObjecten: [object("000500000001")] } },
      HAL,
    );
    const found = await findWozObjecten(woz, { postcode: "8000 gb", huisnummer: 1, huisletter: "A", huisnummertoevoeging: "BIS" }).toArray({ maxItems: 10 });
    expectTypeOf(found).toEqualTypeOf<ReadableBody<Schemas["WozObjectHal"]>[]>();
    expect(found.map((o) => o.identificatie)).toEqual(["000500000001", "000500000002"]);
    expectWire(seen[0]!, { method: "GET", path: "/haalcentraal-api/wozobjecten", search: "?postcode=8000GB&huisnummer=1&huisletter=A&huisnummertoevoeging=BIS" });
    expect(seen[1]?.url.searchParams.get("page")).toBe("2");
  });

  it("searches by nummeraanduidingIdentificatie; an empty _embedded is no objects (zoeken.feature)", async () => {
    const empty = featureJson("woz", "zoeken.feature", "/wozobjecten?adresseerbaarObjectIdentificatie=0518010000123456");
    const seen = answer("get", `${BASE}/wozobjecten`, empty, HAL);
    expect(await findWozObjecten(woz, { nummeraanduidingIdentificatie: "0005200000009179", fields: ["identificatie", "waarden"] }).toArray({ maxItems: 10 })).toEqual([]);
    expectOne(seen, { method: "GET", path: "/haalcentraal-api/wozobjecten", search: "?nummeraanduidingIdentificatie=0005200000009179&fields=identificatie%2Cwaarden" });
  });

  it("refuses bad input before sending: no category, two categories, a bad identificatie or huisnummer", () => {
    const seen = answer("get", `${BASE}/wozobjecten`, {});
    const thrown = (query: unknown): unknown => {
      try {
        findWozObjecten(woz, query as never);
      } catch (e) {
        return e;
      }
      return undefined;
    };
    expect(isConfigError(thrown({}))).toBe(true);
    expect(isConfigError(thrown({ rsin: "123456789", kvkNummer: "12345678" }))).toBe(true);
    expect((thrown({ adresseerbaarObjectIdentificatie: "05180100006097" }) as ValidationError).issues.map((i) => i.code)).toEqual(["pattern"]);
    expect((thrown({ postcode: "8000GB", huisnummer: 0 }) as ValidationError).issues.map((i) => [i.code, i.path[0]])).toEqual([["minimum", "huisnummer"]]);
    expect((thrown({ postcode: "8000GB" }) as ValidationError).issues.map((i) => [i.code, i.path[0]])).toEqual([["required", "huisnummer"]]);
    expect(seen).toHaveLength(0);
  });
});

describe("getWozWaarden", () => {
  it("reads the waarden of a WOZ-object (waarden.feature, 800000823525)", async () => {
    const waarden = featureJson("woz", "waarden.feature", "Als het WOZ object wordt opgevraagd met /wozobjecten/800000823525") as Schemas["Waarde"][];
    const seen = answer("get", `${BASE}/wozobjecten/800000823525`, { identificatie: "800000823525", waarden, _links: { self: { href: `${BASE}/wozobjecten/800000823525` } } }, HAL);
    const result = await getWozWaarden(woz, "800000823525");
    expectOne(seen, { method: "GET", path: "/haalcentraal-api/wozobjecten/800000823525", search: "" });
    expect(result.waarden).toEqual(waarden);
    expect(result.waarden[0]).toMatchObject({ vastgesteldeWaarde: 431000, waardepeildatum: "2019-01-01" });
    expect(result.wozObject.identificatie).toBe("800000823525");
  });

  it("checks the twelve-digit identificatie and maps a 404 to NotFoundError", async () => {
    const seen = answer("get", `${BASE}/wozobjecten/:id`, { status: 404, title: "Opgevraagde resource bestaat niet.", code: "notFound" }, { status: 404, type: "application/problem+json" });
    await expect(getWozWaarden(woz, "80000082352")).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
    await expect(getWozWaarden(woz, "800000000000")).rejects.toBeInstanceOf(NotFoundError);
  });
});
