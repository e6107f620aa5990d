import { expect, expectTypeOf, it } from "vitest";
import { createVerzoekenClient } from "../../src/generated/verzoeken/index.js";
import { answer, expectOne, useMsw } from "./wire.js";

const BASE = "https://verzoeken.example.nl/api/v1";
const UUID = "8f7e6d5c-4b3a-4928-9170-6f5e4d3c2b1a";
const VERZOEK = {
  url: `${BASE}/verzoeken/${UUID}`,
  identificatie: "VERZOEK-2024-0000000001",
  bronorganisatie: "002220647",
  externeIdentificatie: "",
  registratiedatum: "2024-06-03T10:15:00Z",
  voorkeurskanaal: "email",
  tekst: "Graag een afspraak voor een nieuw paspoort",
  status: "ontvangen",
  inTeTrekkenVerzoek: null,
  intrekkendeVerzoek: null,
  aangevuldeVerzoek: null,
  aanvullendeVerzoek: null,
};

useMsw();
const verzoeken = createVerzoekenClient({ baseUrl: BASE });

it("POST /verzoeken sends the JSON body with the required Content-Type", async () => {
  const body = { bronorganisatie: "002220647", tekst: VERZOEK.tekst, voorkeurskanaal: "email", status: "ontvangen" as const };
  const seen = answer("post", `${BASE}/verzoeken`, VERZOEK, { status: 201 });
  const { data } = await verzoeken.POST("/verzoeken", { body });
  expectOne(seen, { method: "POST", path: "/api/v1/verzoeken", headers: { "Content-Type": "application/json" }, json: body });
  expect(data?.identificatie).toBe("VERZOEK-2024-0000000001");
});

it("GET /verzoeken filters on status and bronorganisatie", async () => {
  const seen = answer("get", `${BASE}/verzoeken`, { count: 1, next: null, previous: null, results: [VERZOEK] });
  const { data } = await verzoeken.GET("/verzoeken", { params: { query: { bronorganisatie: "002220647", status: "ontvangen", page: 1 } } });
  expectOne(seen, { method: "GET", path: "/api/v1/verzoeken", search: "?bronorganisatie=002220647&status=ontvangen&page=1" });
  const verzoek = data?.results?.[0];
  expectTypeOf(verzoek!.status).toEqualTypeOf<"ontvangen" | "in_behandeling" | "afgehandeld" | "afgewezen" | "ingetrokken" | "">();
  expect(verzoek?.status).toBe("ontvangen");
});
