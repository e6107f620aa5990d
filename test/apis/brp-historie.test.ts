import { expect, it } from "vitest";
import { type Schemas, createBrpHistorieClient } from "../../src/generated/brp-historie/index.js";
import { answer, expectOne, useMsw } from "./wire.js";

const BASE = "https://apigw.npr.idm.diginetwerk.net/lap/api/brp";
const BSN = "000000024";

useMsw();
const historie = createBrpHistorieClient({ baseUrl: BASE });

it("POST /verblijfplaatshistorie met periode; verblijfplaatsen narrow on `type`", async () => {
  const seen = answer(
    "post",
    `${BASE}/verblijfplaatshistorie`,
    {
      verblijfplaatsen: [
        {
          type: "Adres",
          verblijfadres: { officieleStraatnaam: "Spui", korteStraatnaam: "Spui", huisnummer: 70, postcode: "2511BT", woonplaats: "'s-Gravenhage" },
          adresseerbaarObjectIdentificatie: "0518010000000001",
          datumVan: { type: "Datum", datum: "2016-05-26", langFormaat: "26 mei 2016" },
        },
      ],
    },
    { headers: { "X-Rate-Limit-Limit": "50", "X-Rate-Limit-Remaining": "49", "X-Rate-Limit-Reset": "1" } },
  );
  const body: Schemas["RaadpleegMetPeriode"] = { type: "RaadpleegMetPeriode", burgerservicenummer: BSN, datumVan: "2010-01-01", datumTot: "2024-01-01" };
  const { data, response } = await historie.POST("/verblijfplaatshistorie", { body, headers: { "x-doelbinding": "BRPACT-AlgemeneTaken" } });
  expectOne(seen, {
    method: "POST",
    path: "/lap/api/brp/verblijfplaatshistorie",
    headers: { "Content-Type": "application/json", "x-doelbinding": "BRPACT-AlgemeneTaken" },
    json: body,
  });
  expect(response.headers.get("X-Rate-Limit-Remaining")).toBe("49");
  const [verblijfplaats] = data?.verblijfplaatsen ?? [];
  if (verblijfplaats?.type !== "Adres") throw new Error(`expected an Adres, got ${verblijfplaats?.type}`);
  expect(verblijfplaats.verblijfadres?.postcode).toBe("2511BT");
  expect(verblijfplaats.datumVan?.type === "Datum" ? verblijfplaats.datumVan.datum : undefined).toBe("2016-05-26");
});

it("POST /verblijfplaatshistorie met peildatum", async () => {
  const seen = answer("post", `${BASE}/verblijfplaatshistorie`, { verblijfplaatsen: [] });
  const body: Schemas["RaadpleegMetPeildatum"] = { type: "RaadpleegMetPeildatum", burgerservicenummer: BSN, peildatum: "2020-07-01" };
  const { data } = await historie.POST("/verblijfplaatshistorie", { body });
  expectOne(seen, { method: "POST", path: "/lap/api/brp/verblijfplaatshistorie", json: body });
  expect(data?.verblijfplaatsen).toHaveLength(0);
});
