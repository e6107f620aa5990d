import { expect, expectTypeOf, it } from "vitest";
import { createBesluitenClient } from "../../src/generated/besluiten/index.js";
import { answer, expectOne, useMsw } from "./wire.js";

const BASE = "https://open-zaak.example.nl/besluiten/api/v1";
const BESLUIT_UUID = "5b8f3f0e-3d4a-4e5b-8f6a-2c1d0e9f8a71";
const BESLUIT = `${BASE}/besluiten/${BESLUIT_UUID}`;
const BESLUITTYPE = "https://open-zaak.example.nl/catalogi/api/v1/besluittypen/9e2d0b43-6c7d-4c61-a0b8-7d1c5d9f2b3e";
const DOCUMENT = "https://open-zaak.example.nl/documenten/api/v1/enkelvoudiginformatieobjecten/7ab3b1c8-8e1f-4c1e-9d87-2f3b5a3c9e10";

useMsw();
const besluiten = createBesluitenClient({ baseUrl: BASE });

it("POST /besluiten sends JSON with the required Content-Type and reads the created besluit", async () => {
  const body = { verantwoordelijkeOrganisatie: "002220647", besluittype: BESLUITTYPE, datum: "2024-06-03", ingangsdatum: "2024-06-04" };
  const seen = answer("post", `${BASE}/besluiten`, { url: BESLUIT, identificatie: "BESLUIT-2024-0000000001", ...body }, { status: 201 });
  const { data, response } = await besluiten.POST("/besluiten", { body });
  expectOne(seen, { method: "POST", path: "/besluiten/api/v1/besluiten", search: "", headers: { "Content-Type": "application/json" }, json: body });
  expect(response.status).toBe(201);
  expectTypeOf(data?.url).toEqualTypeOf<string | undefined>();
  expect(data?.identificatie).toBe("BESLUIT-2024-0000000001");
});

it("GET /besluitinformatieobjecten filters on besluit and returns a plain array (no pagination)", async () => {
  const link = { url: `${BASE}/besluitinformatieobjecten/0d1e6a90-11f5-4b5c-9d3c-3c2e1f0a4b5d`, informatieobject: DOCUMENT, besluit: BESLUIT };
  const seen = answer("get", `${BASE}/besluitinformatieobjecten`, [link]);
  const { data } = await besluiten.GET("/besluitinformatieobjecten", { params: { query: { besluit: BESLUIT } } });
  expectOne(seen, { method: "GET", path: "/besluiten/api/v1/besluitinformatieobjecten", search: `?besluit=${encodeURIComponent(BESLUIT)}` });
  expect(Array.isArray(data)).toBe(true);
  expect(data?.[0]?.informatieobject).toBe(DOCUMENT);
});

it("GET /besluiten/{uuid} reads one besluit", async () => {
  const seen = answer("get", `${BASE}/besluiten/:uuid`, { url: BESLUIT, verantwoordelijkeOrganisatie: "002220647", besluittype: BESLUITTYPE, datum: "2024-06-03", ingangsdatum: "2024-06-04" });
  const { data } = await besluiten.GET("/besluiten/{uuid}", { params: { path: { uuid: BESLUIT_UUID } } });
  expectOne(seen, { method: "GET", path: `/besluiten/api/v1/besluiten/${BESLUIT_UUID}`, absent: ["Content-Type"] });
  expect(data?.ingangsdatum).toBe("2024-06-04");
});
