import { expect, expectTypeOf, it } from "vitest";
import { createContactmomentenClient } from "../../src/generated/contactmomenten/index.js";
import { answer, expectOne, useMsw } from "./wire.js";

const BASE = "https://open-klant.example.nl/contactmomenten/api/v1";
const KLANT = "https://open-klant.example.nl/klanten/api/v1/klanten/c29538c1-98b8-4773-8ac1-f0af110d92f9";
const CONTACTMOMENT = `${BASE}/contactmomenten/6e5d4c3b-2a19-4f8e-8d7c-6b5a4f3e2d1c`;

useMsw();
const contactmomenten = createContactmomentenClient({ baseUrl: BASE, headers: { Authorization: "Bearer test-token" } });

it("POST /contactmomenten sends the JSON body with the required Content-Type", async () => {
  const body = { bronorganisatie: "002220647", kanaal: "telefoon", tekst: "Vraag over de status van de aanvraag", initiatiefnemer: "klant" as const, medewerker: "" };
  const seen = answer("post", `${BASE}/contactmomenten`, { url: CONTACTMOMENT, registratiedatum: "2024-06-03T10:15:00Z", ...body }, { status: 201 });
  const { data, response } = await contactmomenten.POST("/contactmomenten", { body });
  expectOne(seen, { method: "POST", path: "/contactmomenten/api/v1/contactmomenten", headers: { "Content-Type": "application/json", Authorization: "Bearer test-token" }, json: body });
  expect(response.status).toBe(201);
  expectTypeOf(data!.initiatiefnemer).toEqualTypeOf<"gemeente" | "klant" | "" | undefined>();
  expect(data?.url).toBe(CONTACTMOMENT);
});

it("GET /klantcontactmomenten filters on klant and rol", async () => {
  const seen = answer("get", `${BASE}/klantcontactmomenten`, {
    count: 1,
    next: null,
    previous: null,
    results: [{ url: `${BASE}/klantcontactmomenten/0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9`, contactmoment: CONTACTMOMENT, klant: KLANT, rol: "gesprekspartner" }],
  });
  const { data } = await contactmomenten.GET("/klantcontactmomenten", { params: { query: { klant: KLANT, rol: "gesprekspartner" } } });
  expectOne(seen, { method: "GET", path: "/contactmomenten/api/v1/klantcontactmomenten", search: `?klant=${encodeURIComponent(KLANT)}&rol=gesprekspartner` });
  expect(data?.results[0]?.contactmoment).toBe(CONTACTMOMENT);
});
