import { describe, expect, expectTypeOf, it } from "vitest";
import { isConfigError } from "../../../src/errors/config-error.js";
import { ValidationError } from "../../../src/errors/validation-error.js";
import { type BagAdres, createBagClient, normalizePostcode, searchAddresses } from "../../../src/generated/bag/index.js";
import { answer, expectWire, useMsw } from "../wire.js";

const BASE = "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2";
const PATH = "/lvbag/individuelebevragingen/v2/adressen";
useMsw();
const bag = createBagClient({ baseUrl: BASE, headers: { "X-Api-Key": "test-key" } });

// Addresses of adresregels.feature (nummeraanduidingen 0344200000004821 and 0344200000004822 at 3572KA 1).
const adres = (id: string, huisletter?: string) => ({
  openbareRuimteNaam: "Blauwkapelseweg",
  korteNaam: "Blauwkapelseweg",
  huisnummer: 1,
  ...(huisletter ? { huisletter } : {}),
  postcode: "3572KA",
  woonplaatsNaam: "Utrecht",
  nummeraanduidingIdentificatie: id,
  openbareRuimteIdentificatie: "0344300000002998",
  woonplaatsIdentificatie: "3295",
  adresseerbaarObjectIdentificatie: "0344010000012110",
  _links: { self: { href: `${BASE}/adressen/${id}` } },
  _embedded: { woonplaats: { woonplaats: { identificatie: "3295", naam: "Utrecht" } } },
});

describe("searchAddresses", () => {
  it("follows two HAL pages (paginering.feature: next has page=2, no pageSize) with Accept-Crs: epsg:28992", async () => {
    const seen = answer(
      "get",
      `${BASE}/adressen`,
      (url: URL) =>
        url.searchParams.get("page") === "2"
          ? { _links: { self: { href: url.href }, first: { href: `${BASE}/adressen?postcode=3572KA&huisnummer=1&expand=woonplaats&page=1` } }, _embedded: { adressen: [adres("0344200000004822", "B")] } }
          : {
              _links: { self: { href: url.href }, next: { href: `${BASE}/adressen?postcode=3572KA&huisnummer=1&expand=woonplaats&page=2` }, last: { href: `${BASE}/adressen?postcode=3572KA&huisnummer=1&expand=woonplaats&page=2` } },
              _embedded: { adressen: [adres("0344200000004821", "A")] },
            },
      { type: "application/hal+json" },
    );
    const found = await searchAddresses(bag, { postcode: "3572 ka", huisnummer: 1, expand: ["woonplaats"] }).toArray({ maxItems: 100 });
    expect(found.map((a) => a.nummeraanduidingIdentificatie)).toEqual(["0344200000004821", "0344200000004822"]);
    expect(found[1]?._embedded.woonplaats.woonplaats?.naam).toBe("Utrecht");
    expect(seen).toHaveLength(2);
    expectWire(seen[0]!, { method: "GET", path: PATH, search: "?postcode=3572KA&huisnummer=1&expand=woonplaats", headers: { "Accept-Crs": "epsg:28992", "X-Api-Key": "test-key" } });
    expectWire(seen[1]!, { method: "GET", path: PATH, search: "?postcode=3572KA&huisnummer=1&expand=woonplaats&page=2", headers: { "Accept-Crs": "epsg:28992", "X-Api-Key": "test-key" } });
  });

  it("sends huisletter, huisnummertoevoeging, exacteMatch and pageSize; acceptCrs: false sends none", async () => {
    const seen = answer("get", `${BASE}/adressen`, { _links: { self: { href: `${BASE}/adressen` } }, _embedded: {} }, { type: "application/hal+json" });
    const found = await searchAddresses(bag, { postcode: "2631CR", huisnummer: 15, huisletter: "a", huisnummertoevoeging: "bis", exacteMatch: true, pageSize: 10, acceptCrs: false }).toArray({ maxItems: 10 });
    expect(found).toEqual([]);
    expectWire(seen[0]!, { method: "GET", path: PATH, search: "?postcode=2631CR&huisnummer=15&huisletter=a&huisnummertoevoeging=bis&exacteMatch=true&pageSize=10", absent: ["Accept-Crs"] });
  });

  it("normalises postcodes", () => {
    expect(normalizePostcode("2631 cr")).toBe("2631CR");
    expect(normalizePostcode(" 2631\tCr ")).toBe("2631CR");
  });

  const bad: [string, Record<string, unknown>, [string, string][]][] = [
    ["postcode starting with 0", { postcode: "0631CR", huisnummer: 1 }, [["pattern", "postcode"]]],
    ["postcode with one letter", { postcode: "2631C", huisnummer: 1 }, [["pattern", "postcode"]]],
    ["huisnummer 0", { postcode: "2631CR", huisnummer: 0 }, [["minimum", "huisnummer"]]],
    ["huisnummer 100000", { postcode: "2631CR", huisnummer: 100000 }, [["maximum", "huisnummer"]]],
    ["huisnummer 1.5", { postcode: "2631CR", huisnummer: 1.5 }, [["integer", "huisnummer"]]],
    ["missing huisnummer", { postcode: "2631CR" }, [["required", "huisnummer"]]],
    ["huisletter of two letters", { postcode: "2631CR", huisnummer: 1, huisletter: "ab" }, [["pattern", "huisletter"]]],
    ["pageSize 5", { postcode: "2631CR", huisnummer: 1, pageSize: 5 }, [["minimum", "pageSize"]]],
  ];
  for (const [title, query, expected] of bad) {
    it(`refuses ${title} before sending`, () => {
      const seen = answer("get", `${BASE}/adressen`, {});
      let error: unknown;
      try {
        searchAddresses(bag, query as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.code, i.path.join(".")])).toEqual(expected);
      expect(seen).toHaveLength(0);
    });
  }

  it("an unknown expand member is a ConfigError", () => {
    expect(() => searchAddresses(bag, { postcode: "2631CR", huisnummer: 1, expand: ["pand" as never] })).toThrow(expect.objectContaining({ name: "ConfigError" }));
    let error: unknown;
    try {
      searchAddresses(bag, { postcode: "2631CR", huisnummer: 1, expand: [] });
    } catch (e) {
      error = e;
    }
    expect(isConfigError(error)).toBe(true);
  });

  it("types expand and the embedded members it makes present", () => {
    const withExpand = () => searchAddresses(bag, { postcode: "2631CR", huisnummer: 1, expand: ["woonplaats", "nummeraanduiding.postcode"] });
    expectTypeOf<Awaited<ReturnType<ReturnType<typeof withExpand>["toArray"]>>[number]>().toEqualTypeOf<BagAdres<"woonplaats" | "nummeraanduiding.postcode">>();
    expectTypeOf<BagAdres<"woonplaats">["_embedded"]["woonplaats"]>().not.toBeUndefined();
    expectTypeOf<BagAdres["_embedded"]>().toBeNullable();
    // @ts-expect-error: "pand" is not an expand member of /adressen
    const wrong = () => searchAddresses(bag, { postcode: "2631CR", huisnummer: 1, expand: ["pand"] });
    expect(typeof wrong).toBe("function");
  });
});
