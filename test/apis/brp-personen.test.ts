import { expect, expectTypeOf, it } from "vitest";
import { type Schemas, createBrpPersonenClient } from "../../src/generated/brp-personen/index.js";
import { answer, expectOne, specExample, useMsw } from "./wire.js";

const BASE = "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp";
// Fictional test person of the BRP features (bevragen/persoon/fields.feature).
const BSN = "000000152";
const JSON_UTF8 = "application/json; charset=utf-8";

useMsw();
const brp = createBrpPersonenClient({ baseUrl: BASE, headers: { "X-API-KEY": "test-key" } });

it("POST /personen raadpleegt met burgerservicenummer; the response narrows on `type`", async () => {
  const seen = answer("post", `${BASE}/personen`, { type: "RaadpleegMetBurgerservicenummer", personen: [{ aNummer: "1234567890", burgerservicenummer: BSN }] }, { type: JSON_UTF8 });
  const body = { type: "RaadpleegMetBurgerservicenummer" as const, burgerservicenummer: [BSN], fields: ["aNummer", "burgerservicenummer"] };
  const { data, error } = await brp.POST("/personen", { body });
  expect(error).toBeUndefined();
  expectOne(seen, {
    method: "POST",
    path: "/haalcentraal/api/brp/personen",
    search: "",
    // application/json is one of the request media types the features accept (zoek-fout-cases.feature).
    headers: { "Content-Type": "application/json", "X-API-KEY": "test-key" },
    json: body,
  });
  expect(data?.type).toBe("RaadpleegMetBurgerservicenummer");
  if (data?.type !== "RaadpleegMetBurgerservicenummer") return;
  expectTypeOf(data.type).toEqualTypeOf<"RaadpleegMetBurgerservicenummer">();
  expectTypeOf(data.personen?.[0]?.aNummer).toEqualTypeOf<string | undefined>();
  expect(data.personen?.[0]?.aNummer).toBe("1234567890");
  expect(data.personen?.[0]?.burgerservicenummer).toBe(BSN);
});

it("POST /personen zoekt met postcode en huisnummer (zoeken/met-postcode-en-huisnummer)", async () => {
  const seen = answer("post", `${BASE}/personen`, { type: "ZoekMetPostcodeEnHuisnummer", personen: [{ burgerservicenummer: "000000024" }] }, { type: JSON_UTF8 });
  const body: Schemas["ZoekMetPostcodeEnHuisnummer"] = { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628HJ", huisnummer: 2, fields: ["burgerservicenummer"] };
  const { data } = await brp.POST("/personen", { body });
  expectOne(seen, { method: "POST", path: "/haalcentraal/api/brp/personen", json: body });
  expect(data?.type === "ZoekMetPostcodeEnHuisnummer" ? data.personen?.length : -1).toBe(1);
});

it("a 400 answers the spec's own problem example as a typed error", async () => {
  const example = specExample("brp-personen", "2.7.0", "/personen", "post", "400");
  answer("post", `${BASE}/personen`, example, { status: 400, type: "application/problem+json" });
  const { data, error, response } = await brp.POST("/personen", { body: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: [], fields: ["burgerservicenummer"] } });
  expect(response.status).toBe(400);
  expect(data).toBeUndefined();
  expect(error).toEqual(example);
  expect(error?.title).toBe("Ten minste één parameter moet worden opgegeven.");
  expect(error?.code).toBe("paramsRequired");
});
