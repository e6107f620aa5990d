import { expect, expectTypeOf, it } from "vitest";
import { type Schemas, createNotificatiesClient } from "../../src/generated/notificaties/index.js";
import { answer, expectOne, useMsw } from "./wire.js";

const BASE = "https://open-notificaties.example.nl/api/v1";
const ZAAK = "https://open-zaak.example.nl/zaken/api/v1/zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11";

useMsw();
const notificaties = createNotificatiesClient({ baseUrl: BASE, headers: { Authorization: "Bearer test-token" } });

it("POST /notificaties publishes a notificatie", async () => {
  const body: Schemas["Message"] = {
    kanaal: "zaken",
    hoofdObject: ZAAK,
    resource: "status",
    resourceUrl: "https://open-zaak.example.nl/zaken/api/v1/statussen/0c5f4f0d-8d6e-4a2a-b6b4-1d2e3f4a5b6c",
    actie: "create",
    aanmaakdatum: "2024-06-03T10:15:00Z",
    kenmerken: { bronorganisatie: "002220647", zaaktype: "https://open-zaak.example.nl/catalogi/api/v1/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1", vertrouwelijkheidaanduiding: "openbaar" },
  };
  const seen = answer("post", `${BASE}/notificaties`, body, { status: 201 });
  const { data, response } = await notificaties.POST("/notificaties", { body });
  expectOne(seen, { method: "POST", path: "/api/v1/notificaties", headers: { "Content-Type": "application/json", Authorization: "Bearer test-token" }, json: body });
  expect(response.status).toBe(201);
  expect(data?.kanaal).toBe("zaken");
});

it("GET /kanaal?naam= returns a plain array of kanalen", async () => {
  const seen = answer("get", `${BASE}/kanaal`, [{ url: `${BASE}/kanaal/8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d`, naam: "zaken", documentatieLink: "https://example.nl/kanalen/zaken", filters: ["bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"] }]);
  const { data } = await notificaties.GET("/kanaal", { params: { query: { naam: "zaken" } } });
  expectOne(seen, { method: "GET", path: "/api/v1/kanaal", search: "?naam=zaken" });
  expectTypeOf(data).toEqualTypeOf<{ url?: string; naam: string; documentatieLink?: string; filters?: string[] }[] | undefined>();
  expect(data?.[0]?.filters).toContain("zaaktype");
});

it("POST /abonnement subscribes a webhook with its auth header value", async () => {
  const body = { callbackUrl: "https://zac.example.nl/notificaties", auth: "Token secret", kanalen: [{ naam: "zaken", filters: { bronorganisatie: "002220647" } }] };
  const seen = answer("post", `${BASE}/abonnement`, { url: `${BASE}/abonnement/1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b`, ...body }, { status: 201 });
  const { data } = await notificaties.POST("/abonnement", { body });
  expectOne(seen, { method: "POST", path: "/api/v1/abonnement", json: body });
  expect(data?.kanalen[0]?.naam).toBe("zaken");
});
