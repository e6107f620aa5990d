import { expect, expectTypeOf, it } from "vitest";
import { createContactgegevensClient } from "../../src/generated/contactgegevens/index.js";
import { answer, expectOne, useMsw } from "./wire.js";

const BASE = "https://open-klant.example.nl/contactgegevens/api/v1";
const UUID = "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091";
const PERSOON = {
  uuid: UUID,
  url: `${BASE}/persoon/${UUID}`,
  geboortedatum: "1980-02-23",
  overlijdensdatum: null,
  geslachtsnaam: "Jansen",
  geslacht: "",
  voorvoegsel: "",
  voornamen: "Jan",
  adres: { straatnaam: "Hoofdstraat", huisnummer: 1, postcode: "1234AB", stad: "Utrecht", land: "6030" },
};

useMsw();
const contactgegevens = createContactgegevensClient({ baseUrl: BASE, headers: { Authorization: "Token test-token" } });

it("GET /persoon pages with page and pageSize; a blank geslacht (\"\") is typed", async () => {
  const seen = answer("get", `${BASE}/persoon`, { count: 1, next: null, previous: null, results: [PERSOON] });
  const { data } = await contactgegevens.GET("/persoon", { params: { query: { page: 1, pageSize: 10 } } });
  expectOne(seen, { method: "GET", path: "/contactgegevens/api/v1/persoon", search: "?page=1&pageSize=10", headers: { Authorization: "Token test-token" } });
  const persoon = data?.results[0];
  expectTypeOf(persoon!.geslacht).toEqualTypeOf<"m" | "v" | "o" | "" | undefined>();
  expect(persoon?.geslacht).toBe("");
  expect(persoon?.adres?.postcode).toBe("1234AB");
});

it("POST /organisatie creates an organisatie", async () => {
  const body = { handelsnaam: "Bakkerij De Korenschoof", oprichtingsdatum: "1999-04-01", adres: { straatnaam: "Dorpsstraat", huisnummer: 12, postcode: "3511AB", stad: "Utrecht" } };
  const seen = answer("post", `${BASE}/organisatie`, { uuid: UUID, url: `${BASE}/organisatie/${UUID}`, opheffingsdatum: null, ...body }, { status: 201 });
  const { data } = await contactgegevens.POST("/organisatie", { body });
  expectOne(seen, { method: "POST", path: "/contactgegevens/api/v1/organisatie", headers: { "Content-Type": "application/json" }, json: body });
  expect(data?.handelsnaam).toBe("Bakkerij De Korenschoof");
});
