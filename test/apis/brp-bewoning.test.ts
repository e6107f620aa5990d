import { expect, expectTypeOf, it } from "vitest";
import { type Schemas, createBrpBewoningClient } from "../../src/generated/brp-bewoning/index.js";
import { answer, expectOne, specExample, useMsw } from "./wire.js";

const BASE = "https://proefomgeving.haalcentraal.nl/haalcentraal/api/bewoning";
// Values of raadpleeg-bewoning-op-peildatum/overzicht.feature: address A1, its resident.
const ADRESSEERBAAR_OBJECT = "0800010000000001";
const BEWONER = "000000024";

useMsw();
const bewoning = createBrpBewoningClient({ baseUrl: BASE, headers: { "X-API-KEY": "test-key" } });

it("POST /bewoningen met peildatum returns the bewoners of the adresseerbaar object", async () => {
  const seen = answer("post", `${BASE}/bewoningen`, {
    bewoningen: [{ adresseerbaarObjectIdentificatie: ADRESSEERBAAR_OBJECT, periode: { datumVan: "2010-09-01", datumTot: "2010-09-02" }, bewoners: [{ burgerservicenummer: BEWONER }], mogelijkeBewoners: [] }],
  }, { type: "application/json; charset=utf-8" });
  const body: Schemas["BewoningMetPeildatum"] = { type: "BewoningMetPeildatum", peildatum: "2010-09-01", adresseerbaarObjectIdentificatie: ADRESSEERBAAR_OBJECT };
  const { data } = await bewoning.POST("/bewoningen", { body });
  expectOne(seen, { method: "POST", path: "/haalcentraal/api/bewoning/bewoningen", search: "", headers: { "Content-Type": "application/json", "X-API-KEY": "test-key" }, json: body });
  const [first] = data?.bewoningen ?? [];
  expectTypeOf(first?.bewoners?.[0]?.burgerservicenummer).toEqualTypeOf<string | undefined>();
  expect(first?.periode).toEqual({ datumVan: "2010-09-01", datumTot: "2010-09-02" });
  expect(first?.bewoners?.[0]?.burgerservicenummer).toBe(BEWONER);
});

it("POST /bewoningen met periode sends datumVan and datumTot", async () => {
  const seen = answer("post", `${BASE}/bewoningen`, { bewoningen: [] });
  const body: Schemas["BewoningMetPeriode"] = { type: "BewoningMetPeriode", datumVan: "2010-08-18", datumTot: "2016-05-26", adresseerbaarObjectIdentificatie: ADRESSEERBAAR_OBJECT };
  const { data } = await bewoning.POST("/bewoningen", { body });
  expectOne(seen, { method: "POST", path: "/haalcentraal/api/bewoning/bewoningen", json: body });
  expect(data?.bewoningen).toEqual([]);
});

it("a 400 answers the spec's own problem example as a typed error", async () => {
  const example = specExample("brp-bewoning", "2.1.0", "/bewoningen", "post", "400");
  answer("post", `${BASE}/bewoningen`, example, { status: 400, type: "application/problem+json" });
  const { error } = await bewoning.POST("/bewoningen", { body: { type: "BewoningMetPeildatum", peildatum: "", adresseerbaarObjectIdentificatie: "" } });
  expect(error).toEqual(example);
  expect(error?.status).toBe(400);
});
