import { expect, expectTypeOf, it } from "vitest";
import { type Schemas, createAutorisatiesClient } from "../../src/generated/autorisaties/index.js";
import { answer, expectOne, useMsw } from "./wire.js";

const BASE = "https://open-zaak.example.nl/autorisaties/api/v1";
const ZAAKTYPE = "https://open-zaak.example.nl/catalogi/api/v1/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1";
const APPLICATIE = {
  url: `${BASE}/applicaties/3a2f6c1e-0b7d-4a59-8e2c-6d4b1f9e0a12`,
  clientIds: ["zaakafhandelcomponent"],
  label: "Zaakafhandelcomponent",
  heeftAlleAutorisaties: false,
  alleenIsGereedVoorPublicatie: false,
  autorisaties: [{ component: "zrc", componentWeergave: "Zaken API", scopes: ["zaken.lezen"], zaaktype: ZAAKTYPE, maxVertrouwelijkheidaanduiding: "openbaar" }],
};

useMsw();
const autorisaties = createAutorisatiesClient({ baseUrl: BASE });

it("GET /applicaties/consumer?clientId= returns the applicatie of a client", async () => {
  const seen = answer("get", `${BASE}/applicaties/consumer`, [APPLICATIE]);
  const { data } = await autorisaties.GET("/applicaties/consumer", { params: { query: { clientId: "zaakafhandelcomponent" } } });
  expectOne(seen, { method: "GET", path: "/autorisaties/api/v1/applicaties/consumer", search: "?clientId=zaakafhandelcomponent" });
  const [applicatie] = data ?? [];
  expect(applicatie?.label).toBe("Zaakafhandelcomponent");
  const autorisatie = applicatie?.autorisaties?.[0];
  expectTypeOf(autorisatie!.component).toEqualTypeOf<"ac" | "nrc" | "zrc" | "ztc" | "drc" | "brc">();
  expect(autorisatie?.scopes).toEqual(["zaken.lezen"]);
  // The discriminator on `component` has no explicit mapping: the overlay maps it by schema name.
  expect(autorisatie?.component === "zrc" ? autorisatie.zaaktype : undefined).toBe(ZAAKTYPE);
});

it("POST /applicaties sends the applicatie as JSON (openapi-fetch adds Content-Type)", async () => {
  const body = { clientIds: ["zaakafhandelcomponent"], label: "Zaakafhandelcomponent", heeftAlleAutorisaties: true, alleenIsGereedVoorPublicatie: false } satisfies Partial<Schemas["Applicatie"]>;
  const seen = answer("post", `${BASE}/applicaties`, { ...APPLICATIE, ...body, autorisaties: [] }, { status: 201 });
  const { data } = await autorisaties.POST("/applicaties", { body });
  expectOne(seen, { method: "POST", path: "/autorisaties/api/v1/applicaties", headers: { "Content-Type": "application/json" }, json: body });
  expect(data?.heeftAlleAutorisaties).toBe(true);
  expect(data?.url).toBe(APPLICATIE.url);
});
