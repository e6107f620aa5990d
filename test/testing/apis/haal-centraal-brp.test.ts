import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPersons } from "../../../src/apis/brp-personen/index.js";
import { apiKey } from "../../../src/auth/api-key.js";
import { createBrpPersonenClient } from "../../../src/generated/brp-personen/index.js";
import { type MockCommonGround, SEED, createMockCommonGround } from "../../../src/testing/index.js";

let mock: MockCommonGround;
beforeAll(async () => {
  mock = await createMockCommonGround({ notify: false, now: () => new Date("2025-06-01T10:00:00Z") });
  await mock.listen({ port: 0 });
});
afterAll(() => mock.close());

const brp = () => createBrpPersonenClient({ baseUrl: mock.baseUrls["brp-personen"], auth: apiKey({ header: "X-Api-Key", key: mock.credentials.apiKey }) });

/** Posts a raw body (bypassing the SDK's own checks) and returns status and problem. */
async function raw(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; problem: Record<string, unknown> & { invalidParams?: { name: string; code: string }[] } }> {
  const response = await fetch(`${mock.baseUrls["brp-personen"]}/personen`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Api-Key": mock.credentials.apiKey, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, problem: (await response.json()) as never };
}

const params = (p: { invalidParams?: { name: string; code: string }[] }) => p.invalidParams?.map(({ name, code }) => ({ name, code }));

describe("BRP Personen 2.x in the landscape mock: every query type through findPersons", () => {
  it("RaadpleegMetBurgerservicenummer answers Persoon with only the asked fields (and leeftijd on the mock's clock)", async () => {
    const { personen, data } = await findPersons(brp(), { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: [SEED.bsnJansen, "999990019"], fields: ["burgerservicenummer", "naam.voornamen", "leeftijd", "verblijfplaats.verblijfadres.postcode"] });
    expect(data.type).toBe("RaadpleegMetBurgerservicenummer");
    expect(personen).toEqual([
      { burgerservicenummer: SEED.bsnJansen, naam: { voornamen: "Robin" }, leeftijd: 42, verblijfplaats: { type: "Adres", verblijfadres: { postcode: "3011AD" } } },
      { burgerservicenummer: "999990019", naam: { voornamen: "Eva Maria" }, leeftijd: 40, verblijfplaats: { type: "Adres", verblijfadres: { postcode: "3011AD" } } },
    ]);
  });

  it("ZoekMetGeslachtsnaamEnGeboortedatum matches case- and diacritics-insensitively, with a trailing wildcard", async () => {
    const one = await findPersons(brp(), { type: "ZoekMetGeslachtsnaamEnGeboortedatum", geslachtsnaam: "muller", geboortedatum: "2001-07-07", fields: ["burgerservicenummer", "naam.geslachtsnaam"] });
    expect(one.personen).toEqual([{ burgerservicenummer: "999990044", naam: { geslachtsnaam: "Müller" } }]);
    const wild = await findPersons(brp(), { type: "ZoekMetGeslachtsnaamEnGeboortedatum", geslachtsnaam: "jan*", geboortedatum: "1983-05-26", fields: ["burgerservicenummer"] });
    expect(wild.personen.map((p) => p.burgerservicenummer)).toEqual([SEED.bsnJansen]);
  });

  it("ZoekMetNaamEnGemeenteVanInschrijving filters on voornamen, geslachtsnaam and gemeente", async () => {
    const { personen } = await findPersons(brp(), { type: "ZoekMetNaamEnGemeenteVanInschrijving", geslachtsnaam: "Jansen", voornamen: "Eva*", gemeenteVanInschrijving: "0599", fields: ["burgerservicenummer"] });
    expect(personen).toEqual([{ burgerservicenummer: "999990019" }]);
    const elsewhere = await findPersons(brp(), { type: "ZoekMetNaamEnGemeenteVanInschrijving", geslachtsnaam: "Jansen", voornamen: "Robin", gemeenteVanInschrijving: "0363", fields: ["burgerservicenummer"] });
    expect(elsewhere.personen).toEqual([]);
  });

  it("ZoekMetPostcodeEnHuisnummer finds everyone at the address, leaving out the deceased unless inclusiefOverledenPersonen", async () => {
    const both = await findPersons(brp(), { type: "ZoekMetPostcodeEnHuisnummer", postcode: "3011 ad", huisnummer: 40, fields: ["burgerservicenummer"] });
    expect(both.personen.map((p) => p.burgerservicenummer)).toEqual([SEED.bsnJansen, "999990019"]);
    const living = await findPersons(brp(), { type: "ZoekMetPostcodeEnHuisnummer", postcode: "3012BM", huisnummer: 12, fields: ["burgerservicenummer"] });
    expect(living.personen.map((p) => p.burgerservicenummer)).toEqual(["999990044"]);
    const all = await findPersons(brp(), { type: "ZoekMetPostcodeEnHuisnummer", postcode: "3012BM", huisnummer: 12, inclusiefOverledenPersonen: true, fields: ["burgerservicenummer"] });
    expect(all.personen.map((p) => p.burgerservicenummer)).toEqual(["999990032", "999990044"]);
    const letter = await findPersons(brp(), { type: "ZoekMetPostcodeEnHuisnummer", postcode: "3011TA", huisnummer: 8, huisletter: "a", fields: ["burgerservicenummer"] });
    expect(letter.personen.map((p) => p.burgerservicenummer)).toEqual(["999990020"]);
  });

  it("ZoekMetStraatHuisnummerEnGemeenteVanInschrijving matches the straat with a leading wildcard", async () => {
    const { personen } = await findPersons(brp(), { type: "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving", straat: "*Withstraat", huisnummer: 12, huisnummertoevoeging: "BIS", gemeenteVanInschrijving: "0599", fields: ["naam.volledigeNaam"] });
    expect(personen).toEqual([{ naam: { volledigeNaam: "Lotte Müller" } }]);
  });

  it("ZoekMetNummeraanduidingIdentificatie and ZoekMetAdresseerbaarObjectIdentificatie use the BAG identifications of the verblijfplaats", async () => {
    const byNummer = await findPersons(brp(), { type: "ZoekMetNummeraanduidingIdentificatie", nummeraanduidingIdentificatie: "0599200000219680", fields: ["burgerservicenummer", "adressering.adresregel1"] });
    expect(byNummer.personen).toEqual([{ burgerservicenummer: SEED.bsnDeVries, adressering: { adresregel1: "Blaak 8" } }]);
    const byVbo = await findPersons(brp(), { type: "ZoekMetAdresseerbaarObjectIdentificatie", adresseerbaarObjectIdentificatie: "0599010000208581", fields: ["geslacht"] });
    expect(byVbo.personen).toEqual([{ geslacht: { code: "M", omschrijving: "man" } }]);
  });
});

describe("BRP Personen 2.x validation (Gherkin fout-cases: paramsValidation with invalidParams)", () => {
  it("type missing → required; unknown type → value (zoek-fout-cases)", async () => {
    const missing = await raw({ postcode: "3077AW" });
    expect(missing.status).toBe(400);
    expect(missing.problem).toMatchObject({ code: "paramsValidation", status: 400, title: "Een of meerdere parameters zijn niet correct.", instance: "/haalcentraal/api/brp/personen" });
    expect(params(missing.problem)).toEqual([{ name: "type", code: "required" }]);
    expect(params((await raw({ type: "zoekmetgeslachtsnaamengeboortedatum" })).problem)).toEqual([{ name: "type", code: "value" }]);
  });

  it("burgerservicenummer: required, array, minItems, maxItems, pattern per item (raadpleeg fout-cases)", async () => {
    const base = { type: "RaadpleegMetBurgerservicenummer", fields: ["burgerservicenummer"] };
    expect(params((await raw(base)).problem)).toEqual([{ name: "burgerservicenummer", code: "required" }]);
    expect(params((await raw({ ...base, burgerservicenummer: "999994086,999994086" })).problem)).toEqual([{ name: "burgerservicenummer", code: "array" }]);
    expect(params((await raw({ ...base, burgerservicenummer: [] })).problem)).toEqual([{ name: "burgerservicenummer", code: "minItems" }]);
    expect(params((await raw({ ...base, burgerservicenummer: Array.from({ length: 21 }, () => "999999321") })).problem)).toEqual([{ name: "burgerservicenummer", code: "maxItems" }]);
    const bad = await raw({ ...base, burgerservicenummer: ["1234567890", "123456789", "1234567890"] });
    expect(params(bad.problem)).toEqual([
      { name: "burgerservicenummer[0]", code: "pattern" },
      { name: "burgerservicenummer[2]", code: "pattern" },
    ]);
    expect(bad.problem.detail).toBe("De foutieve parameter(s) zijn: burgerservicenummer[0], burgerservicenummer[2].");
  });

  it("unknownParam for a parameter of another query type or a typo", async () => {
    const { problem } = await raw({ type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["999999321"], voornamen: "Pietje", gemeenteVanInschijving: "0363", fields: ["burgerservicenummer"] });
    expect(params(problem)).toEqual([
      { name: "voornamen", code: "unknownParam" },
      { name: "gemeenteVanInschijving", code: "unknownParam" },
    ]);
  });

  it("fields: required, array, minItems, maxItems, pattern, not existing, not allowed (fields-fout-cases)", async () => {
    const base = { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["999993653"] };
    expect(params((await raw(base)).problem)).toEqual([{ name: "fields", code: "required" }]);
    expect(params((await raw({ ...base, fields: "burgerservicenummer,geslacht" })).problem)).toEqual([{ name: "fields", code: "array" }]);
    expect(params((await raw({ ...base, fields: [] })).problem)).toEqual([{ name: "fields", code: "minItems" }]);
    expect(params((await raw({ ...base, fields: Array.from({ length: 131 }, () => "naam") })).problem)).toEqual([{ name: "fields", code: "maxItems" }]);
    expect(params((await raw({ ...base, fields: ["a*nummer"] })).problem)).toEqual([{ name: "fields[0]", code: "pattern" }]);
    expect(params((await raw({ ...base, fields: ["anummer"] })).problem)).toEqual([{ name: "fields[0]", code: "fields" }]);
    expect(params((await raw({ ...base, fields: ["inOnderzoek"] })).problem)).toEqual([{ name: "fields[0]", code: "fields" }]);
    // aNummer exists on Persoon but not on PersoonBeperkt: zoeken may not ask for it.
    const zoek = await raw({ type: "ZoekMetGeslachtsnaamEnGeboortedatum", geslachtsnaam: "Kierkegaard", geboortedatum: "1956-11-15", fields: ["burgerservicenummer", "aNummer"] });
    expect(params(zoek.problem)).toEqual([{ name: "fields[1]", code: "fields" }]);
  });

  it("value checks: pattern, integer, minimum/maximum, date, boolean, and '' counts as missing", async () => {
    const base = { type: "ZoekMetPostcodeEnHuisnummer", fields: ["burgerservicenummer"] };
    expect(params((await raw({ ...base, postcode: "0628HJ", huisnummer: 2 })).problem)).toEqual([{ name: "postcode", code: "pattern" }]);
    expect(params((await raw({ ...base, postcode: "", huisnummer: 2 })).problem)).toEqual([{ name: "postcode", code: "required" }]);
    expect(params((await raw({ ...base, postcode: "2628HJ", huisnummer: "2e" })).problem)).toEqual([{ name: "huisnummer", code: "integer" }]);
    expect(params((await raw({ ...base, postcode: "2628HJ", huisnummer: 0 })).problem)).toEqual([{ name: "huisnummer", code: "minimum" }]);
    expect(params((await raw({ ...base, postcode: "2628HJ", huisnummer: 100000 })).problem)).toEqual([{ name: "huisnummer", code: "maximum" }]);
    expect(params((await raw({ ...base, postcode: "2628HJ", huisnummer: 2, inclusiefOverledenPersonen: "ja" })).problem)).toEqual([{ name: "inclusiefOverledenPersonen", code: "boolean" }]);
    const date = await raw({ type: "ZoekMetGeslachtsnaamEnGeboortedatum", geslachtsnaam: "Jansen", geboortedatum: "1983-02-30", fields: ["burgerservicenummer"] });
    expect(params(date.problem)).toEqual([{ name: "geboortedatum", code: "date" }]);
  });

  it("406 notAcceptable for an Accept it cannot serve; 401 without the X-Api-Key", async () => {
    const body = { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["999993653"], fields: ["burgerservicenummer"] };
    const xml = await raw(body, { Accept: "application/xml" });
    expect(xml.status).toBe(406);
    expect(xml.problem.code).toBe("notAcceptable");
    const anonymous = await fetch(`${mock.baseUrls["brp-personen"]}/personen`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    expect(anonymous.status).toBe(401);
  });
});
