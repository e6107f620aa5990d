import type { ReadableBody } from "../../../src/client/client-types.js";
import { describe, expect, expectTypeOf, it } from "vitest";
import { isConfigError } from "../../../src/errors/config-error.js";
import { ValidationError } from "../../../src/errors/validation-error.js";
import { BadRequestError } from "../../../src/errors/bad-request-error.js";
import { createBrpPersonenClient, findPersons, isValidBsn, type PersonenQuery, type Schemas } from "../../../src/generated/brp-personen/index.js";
import { answer, expectOne, specExample, testdata, useMsw } from "../wire.js";

const BASE = "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp";
const PATH = "/haalcentraal/api/brp/personen";
const JSON_UTF8 = "application/json; charset=utf-8";
// Fictional test persons of the BRP features (all pass the eleven-test).
const BSN = "999993653";

useMsw();
const brp = createBrpPersonenClient({ baseUrl: BASE, headers: { "X-API-KEY": "test-key" } });

/** Runs `fn`, expects a ValidationError and returns it. */
async function refused(fn: () => Promise<unknown>): Promise<ValidationError> {
  const error = await fn().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

/** `burgerservicenummer[2]` from `["burgerservicenummer", 2]`, as the API's `invalidParams[].name`. */
const nameOf = (path: readonly (string | number)[]): string => path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join("");

describe("findPersons sends each query type's exact body and returns typed personen", () => {
  // Parameter values from the features in bevragen/*/fout-cases.feature (their valid rows).
  const cases: { query: PersonenQuery; person: Record<string, unknown> }[] = [
    { query: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["999999321", "999995492"], fields: ["burgerservicenummer", "naam.voornamen"] }, person: { burgerservicenummer: "999999321", naam: { voornamen: "Jan" } } },
    { query: { type: "ZoekMetGeslachtsnaamEnGeboortedatum", geslachtsnaam: "maassen", geboortedatum: "1983-05-26", fields: ["burgerservicenummer"] }, person: { burgerservicenummer: "999995492" } },
    { query: { type: "ZoekMetNaamEnGemeenteVanInschrijving", geslachtsnaam: "Jansen", voornamen: "Jan", gemeenteVanInschrijving: "0599", fields: ["burgerservicenummer"] }, person: { burgerservicenummer: "999991802" } },
    { query: { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628HJ", huisnummer: 2, fields: ["burgerservicenummer"] }, person: { burgerservicenummer: BSN } },
    { query: { type: "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving", straat: "leyweg", huisnummer: 1, gemeenteVanInschrijving: "0518", fields: ["burgerservicenummer"] }, person: { burgerservicenummer: BSN } },
    { query: { type: "ZoekMetNummeraanduidingIdentificatie", nummeraanduidingIdentificatie: "0599200051001501", fields: ["burgerservicenummer"] }, person: { burgerservicenummer: BSN } },
    { query: { type: "ZoekMetAdresseerbaarObjectIdentificatie", adresseerbaarObjectIdentificatie: "0599010051001502", inclusiefOverledenPersonen: true, fields: ["burgerservicenummer"] }, person: { burgerservicenummer: BSN } },
  ];
  for (const { query, person } of cases) {
    it(query.type, async () => {
      const seen = answer("post", `${BASE}/personen`, { type: query.type, personen: [person] }, { type: JSON_UTF8 });
      const { personen, data, response } = await findPersons(brp, query);
      expectOne(seen, { method: "POST", path: PATH, search: "", headers: { "X-API-KEY": "test-key" }, json: query });
      expect(personen).toEqual([person]);
      expect(data.type).toBe(query.type);
      expect(response.status).toBe(200);
    });
  }

  it("types the result by the query type: Persoon for a raadpleging, PersoonBeperkt for a zoekvraag", async () => {
    answer("post", `${BASE}/personen`, { type: "RaadpleegMetBurgerservicenummer", personen: [{ burgerservicenummer: BSN, leeftijd: 42 }] }, { type: JSON_UTF8 });
    const read = await findPersons(brp, { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: [BSN], fields: ["leeftijd"] });
    expectTypeOf(read.personen).toEqualTypeOf<ReadableBody<Schemas["Persoon"]>[]>();
    expectTypeOf(read.data.type).toEqualTypeOf<"RaadpleegMetBurgerservicenummer">();
    expect(read.personen[0]?.leeftijd).toBe(42);
    answer("post", `${BASE}/personen`, { type: "ZoekMetPostcodeEnHuisnummer" }, { type: JSON_UTF8 });
    const found = await findPersons(brp, { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628 hj", huisnummer: 2, fields: ["naam"] });
    expectTypeOf(found.personen).toEqualTypeOf<ReadableBody<Schemas["PersoonBeperkt"]>[]>();
    expect(found.personen).toEqual([]); // no `personen` in the body: an empty array
  });

  it("passes gateway headers and a 400 from the server becomes a BadRequestError with the spec's example", async () => {
    const example = specExample("brp-personen", "2.7.0", "/personen", "post", "400");
    const seen = answer("post", `${BASE}/personen`, example, { status: 400, type: "application/problem+json" });
    const error = await findPersons(brp, { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: [BSN], fields: ["naam"] }, { headers: { "x-doelbinding": "BRPACT-AlgemeneTaken" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).problem?.code).toBe("paramsRequired");
    expect(seen[0]?.headers.get("x-doelbinding")).toBe("BRPACT-AlgemeneTaken");
  });
});

describe("an invalid BSN sends nothing and never appears in the message", () => {
  it("refuses a BSN that fails the eleven-test, naming its position", async () => {
    const seen = answer("post", `${BASE}/personen`, { type: "RaadpleegMetBurgerservicenummer", personen: [] });
    const bad = "999993654"; // nine digits, eleven-test fails
    expect(isValidBsn(bad)).toBe(false);
    const error = await refused(() => findPersons(brp, { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: [BSN, "999999321", bad], fields: ["naam"] }));
    expect(seen).toHaveLength(0);
    expect(error.issues).toEqual([{ path: ["burgerservicenummer", 2], code: "elevenTest", message: "fails the eleven-test" }]);
    expect(error.message).toContain("burgerservicenummer[2] fails the eleven-test");
    expect(error.message).not.toContain(bad);
    expect(error.message).not.toContain(BSN);
  });

  it("refuses a badly shaped BSN without quoting it", async () => {
    const seen = answer("post", `${BASE}/personen`, {});
    const error = await refused(() => findPersons(brp, { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["12345678"], fields: ["naam"] }));
    expect(seen).toHaveLength(0);
    expect(error.message).not.toContain("12345678");
  });

  it("isValidBsn: nine digits and the eleven-test", () => {
    expect(["999993653", "999999321", "000000152"].map(isValidBsn)).toEqual([true, true, true]);
    expect(["123456789", "99999365", "9999936530", "00000000a", "000000000", ""].map(isValidBsn)).toEqual([false, false, false, false, false, false]);
  });
});

describe("local checks answer like the API's invalidParams (bevragen/*/fout-cases.feature)", () => {
  const F = "bevragen";
  // Each: the feature file, a query from that scenario, and the invalidParams rows (code, name) it expects.
  const scenarios: { file: string; title: string; query: Record<string, unknown>; expected: [code: string, name: string][]; evidence?: RegExp[] }[] = [
    { file: "raadpleeg-met-burgerservicenummer/fout-cases.feature", title: "burgerservicenummer niet opgegeven", query: { type: "RaadpleegMetBurgerservicenummer", fields: ["burgerservicenummer"] }, expected: [["required", "burgerservicenummer"]] },
    { file: "raadpleeg-met-burgerservicenummer/fout-cases.feature", title: "lege lijst", query: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: [], fields: ["burgerservicenummer"] }, expected: [["minItems", "burgerservicenummer"]] },
    { file: "raadpleeg-met-burgerservicenummer/fout-cases.feature", title: "string i.p.v. array", query: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: "999994086,999994086,999994086", fields: ["burgerservicenummer"] }, expected: [["array", "burgerservicenummer"]] },
    { file: "raadpleeg-met-burgerservicenummer/fout-cases.feature", title: "minder dan negen cijfers", query: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["12345678"], fields: ["burgerservicenummer"] }, expected: [["pattern", "burgerservicenummer[0]"]] },
    { file: "raadpleeg-met-burgerservicenummer/fout-cases.feature", title: "niet-cijfer karakters", query: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["<script>123456789</script>"], fields: ["burgerservicenummer"] }, expected: [["pattern", "burgerservicenummer[0]"]] },
    { file: "raadpleeg-met-burgerservicenummer/fout-cases.feature", title: "meer dan 20", query: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: Array.from({ length: 21 }, () => "999995492"), fields: ["burgerservicenummer"] }, expected: [["maxItems", "burgerservicenummer"]] },
    { file: "raadpleeg-met-burgerservicenummer/fout-cases.feature", title: "gemeenteVanInschrijving 3 cijfers", query: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["999999321", "999995492"], gemeenteVanInschrijving: "123", fields: ["burgerservicenummer"] }, expected: [["pattern", "gemeenteVanInschrijving"]] },
    { file: "raadpleeg-met-burgerservicenummer/fout-cases.feature", title: "parameter uit ander zoektype", query: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["999999321"], voornamen: "Pietje", fields: ["burgerservicenummer"] }, expected: [["unknownParam", "voornamen"]], evidence: [/\|\s*unknownParam\s*\|\s*<parameter>\s*\|/, /\|\s*zoeken met parameter uit ander zoektype\s*\|\s*voornamen\s*\|/] },
    { file: "zoek-met-postcode-en-huisnummer/fout-cases.feature", title: "huisnummer 0", query: { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628HJ", huisnummer: 0, fields: ["burgerservicenummer"] }, expected: [["minimum", "huisnummer"]], evidence: [/\|\s*<code>\s*\|\s*huisnummer\s*\|/, /\|\s*0\s*\|\s*minimum\s*\|/] },
    { file: "zoek-met-postcode-en-huisnummer/fout-cases.feature", title: "huisnummer 100000", query: { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628HJ", huisnummer: 100000, fields: ["burgerservicenummer"] }, expected: [["maximum", "huisnummer"]], evidence: [/\|\s*100000\s*\|\s*maximum\s*\|/] },
    { file: "zoek-met-postcode-en-huisnummer/fout-cases.feature", title: "huisnummer 'twee'", query: { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628HJ", huisnummer: "twee", fields: ["burgerservicenummer"] }, expected: [["integer", "huisnummer"]] },
    { file: "zoek-met-postcode-en-huisnummer/fout-cases.feature", title: "postcode 0628HJ en huisnummer 'twee'", query: { type: "ZoekMetPostcodeEnHuisnummer", postcode: "0628HJ", huisnummer: "twee", fields: ["burgerservicenummer"] }, expected: [["pattern", "postcode"], ["integer", "huisnummer"]] },
    { file: "zoek-met-postcode-en-huisnummer/fout-cases.feature", title: "lege postcode", query: { type: "ZoekMetPostcodeEnHuisnummer", postcode: "", huisnummer: 2, fields: ["burgerservicenummer"] }, expected: [["required", "postcode"]] },
    { file: "zoek-met-postcode-en-huisnummer/fout-cases.feature", title: "huisletter '1'", query: { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628HJ", huisnummer: 2, huisletter: "1", fields: ["burgerservicenummer"] }, expected: [["pattern", "huisletter"]] },
    { file: "zoek-met-postcode-en-huisnummer/fout-cases.feature", title: "inclusiefOverledenPersonen geen boolean", query: { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628HJ", huisnummer: 2, inclusiefOverledenPersonen: "geen boolean", fields: ["burgerservicenummer"] }, expected: [["boolean", "inclusiefOverledenPersonen"]] },
    { file: "zoek-met-geslachtsnaam-en-geboortedatum/fout-cases.feature", title: "geen geboortedatum", query: { type: "ZoekMetGeslachtsnaamEnGeboortedatum", geslachtsnaam: "maassen", fields: ["burgerservicenummer"] }, expected: [["required", "geboortedatum"]] },
    { file: "zoek-met-geslachtsnaam-en-geboortedatum/fout-cases.feature", title: "geboortedatum 26 mei 1983", query: { type: "ZoekMetGeslachtsnaamEnGeboortedatum", geslachtsnaam: "maassen", geboortedatum: "26 mei 1983", fields: ["burgerservicenummer"] }, expected: [["date", "geboortedatum"]] },
    { file: "zoek-met-geslachtsnaam-en-geboortedatum/fout-cases.feature", title: "geslacht X", query: { type: "ZoekMetGeslachtsnaamEnGeboortedatum", geslachtsnaam: "maassen", geboortedatum: "1983-05-26", geslacht: "X", fields: ["burgerservicenummer"] }, expected: [["pattern", "geslacht"]] },
    { file: "zoek-met-geslachtsnaam-voornamen-en-gemeente-van-inschrijving/fout-cases.feature", title: "geen gemeenteVanInschrijving", query: { type: "ZoekMetNaamEnGemeenteVanInschrijving", geslachtsnaam: "Jansen", voornamen: "Jan", fields: ["burgerservicenummer"] }, expected: [["required", "gemeenteVanInschrijving"]] },
    { file: "zoek-met-straatnaam-huisnummer-en-gemeente-van-inschrijving/fout-cases.feature", title: "geen straat", query: { type: "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving", huisnummer: 1, gemeenteVanInschrijving: "0518", fields: ["burgerservicenummer"] }, expected: [["required", "straat"]] },
    { file: "zoek-met-nummeraanduiding-identificatie/fout-cases.feature", title: "geen nummeraanduidingIdentificatie", query: { type: "ZoekMetNummeraanduidingIdentificatie", fields: ["burgerservicenummer"] }, expected: [["required", "nummeraanduidingIdentificatie"]] },
    { file: "zoek-met-adresseerbaar-object-identificatie/fout-cases.feature", title: "geen adresseerbaarObjectIdentificatie", query: { type: "ZoekMetAdresseerbaarObjectIdentificatie", fields: ["burgerservicenummer"] }, expected: [["required", "adresseerbaarObjectIdentificatie"]] },
    { file: "fields-fout-cases.feature", title: "fields leeg", query: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: [BSN], fields: [] }, expected: [["minItems", "fields"]] },
    { file: "fields-fout-cases.feature", title: "fields als string", query: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: [BSN], fields: "burgerservicenummer,geslacht" }, expected: [["array", "fields"]] },
    { file: "fields-fout-cases.feature", title: "fields ontbreekt", query: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: [BSN] }, expected: [["required", "fields"]] },
  ];
  for (const { file, title, query, expected, evidence } of scenarios) {
    it(`${file}: ${title}`, async () => {
      const feature = testdata("brp-personen", "features", F, file);
      // An abstract scenario has the code or name in its Voorbeelden table instead.
      for (const pattern of evidence ?? []) expect(feature).toMatch(pattern);
      for (const [code, name] of evidence ? [] : expected) {
        // The row is really in the feature: the API answers this code for this parameter.
        const row = new RegExp(`\\|\\s*${code}\\s*\\|\\s*${name.replace(/[[\]]/g, "\\$&")}\\s*\\|`);
        expect(feature, `${code} | ${name} in ${file}`).toMatch(row);
      }
      const seen = answer("post", `${BASE}/personen`, {});
      const error = await refused(() => findPersons(brp, query as unknown as PersonenQuery));
      expect(seen).toHaveLength(0);
      expect(error.issues.map((i) => [i.code, nameOf(i.path)])).toEqual(expected);
    });
  }

  it("several invalid BSNs: positions 0 and 2 fail the pattern as in the feature; the SDK also flags 1 (eleven-test)", async () => {
    const feature = testdata("brp-personen", "features", F, "raadpleeg-met-burgerservicenummer/fout-cases.feature");
    expect(feature).toMatch(/\|\s*pattern\s*\|\s*burgerservicenummer\[2\]\s*\|/);
    const error = await refused(() => findPersons(brp, { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["1234567890", "123456789", "1234567890"], fields: ["burgerservicenummer"] }));
    expect(error.issues.map((i) => [i.code, nameOf(i.path)])).toEqual([["pattern", "burgerservicenummer[0]"], ["elevenTest", "burgerservicenummer[1]"], ["pattern", "burgerservicenummer[2]"]]);
  });

  it("an unknown query type is a ConfigError listing the valid ones, and nothing is sent", async () => {
    const seen = answer("post", `${BASE}/personen`, {});
    const error = await findPersons(brp, { type: "ZoekMetBsn", fields: ["naam"] } as unknown as PersonenQuery).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    expect(seen).toHaveLength(0);
    for (const type of ["RaadpleegMetBurgerservicenummer", "ZoekMetAdresseerbaarObjectIdentificatie", "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving"]) expect((error as Error).message).toContain(type);
    // `toString`, an inherited key, is no query type either.
    await expect(findPersons(brp, { type: "toString", fields: ["naam"] } as unknown as PersonenQuery)).rejects.toSatisfy(isConfigError);
  });

  it("a wrong type or a missing required parameter is a compile error too", () => {
    // @ts-expect-error: huisnummer is required for ZoekMetPostcodeEnHuisnummer
    const missing: PersonenQuery = { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628HJ", fields: ["naam"] };
    // @ts-expect-error: not a query type
    const unknown: PersonenQuery = { type: "ZoekMetBsn", fields: ["naam"] };
    expect([missing, unknown]).toHaveLength(2);
  });
});
