import { expect, expectTypeOf, it } from "vitest";
import { createDocumentenClient as createOpenZaakDocumentenClient } from "../../src/generated/documenten/1.4.2-openzaak-1.30.0/index.js";
import { createDocumentenClient } from "../../src/generated/documenten/index.js";
import { answer, expectOne, useMsw } from "./wire.js";

const BASE = "https://open-zaak.example.nl/documenten/api/v1";
const UUID = "7ab3b1c8-8e1f-4c1e-9d87-2f3b5a3c9e10";
const PDF = "%PDF-1.7\n% test document\n";

useMsw();
const documenten = createDocumentenClient({ baseUrl: BASE });

it("GET …/{uuid}/download sends Accept */* and returns the content as a Blob", async () => {
  const seen = answer("get", `${BASE}/enkelvoudiginformatieobjecten/:uuid/download`, new Blob([PDF]), { type: "application/octet-stream" });
  const { data, error } = await documenten.GET("/enkelvoudiginformatieobjecten/{uuid}/download", {
    params: { path: { uuid: UUID }, query: { versie: 2 } },
  });
  expect(error).toBeUndefined();
  expectOne(seen, {
    method: "GET",
    path: `/documenten/api/v1/enkelvoudiginformatieobjecten/${UUID}/download`,
    search: "?versie=2",
    headers: { Accept: "*/*" },
  });
  expect(data).toBeInstanceOf(Blob);
  expectTypeOf(data).toEqualTypeOf<Blob | undefined>();
  expect(await data?.text()).toBe(PDF);
});

it("an Accept the caller passes wins over the download default", async () => {
  const seen = answer("get", `${BASE}/enkelvoudiginformatieobjecten/:uuid/download`, new Blob([PDF]), { type: "application/pdf" });
  const { data } = await documenten.GET("/enkelvoudiginformatieobjecten/{uuid}/download", {
    params: { path: { uuid: UUID } },
    headers: { Accept: "application/pdf" },
  });
  expectOne(seen, { method: "GET", path: `/documenten/api/v1/enkelvoudiginformatieobjecten/${UUID}/download`, headers: { Accept: "application/pdf" } });
  expect(data?.size).toBe(PDF.length);
});

it("GET /enkelvoudiginformatieobjecten joins trefwoorden with commas (paginated list)", async () => {
  const document = {
    url: `${BASE}/enkelvoudiginformatieobjecten/${UUID}`,
    identificatie: "DOCUMENT-2024-0000000001",
    bronorganisatie: "002220647",
    titel: "Aanvraag omgevingsvergunning",
    formaat: "application/pdf",
    bestandsnaam: "aanvraag.pdf",
    inhoud: `${BASE}/enkelvoudiginformatieobjecten/${UUID}/download?versie=2`,
    versie: 2,
  };
  const seen = answer("get", `${BASE}/enkelvoudiginformatieobjecten`, { count: 1, next: null, previous: null, results: [document] });
  const { data } = await documenten.GET("/enkelvoudiginformatieobjecten", {
    params: { query: { bronorganisatie: "002220647", trefwoorden: ["vergunning", "bouw"] } },
  });
  expectOne(seen, { method: "GET", path: "/documenten/api/v1/enkelvoudiginformatieobjecten", search: "?bronorganisatie=002220647&trefwoorden=vergunning,bouw" });
  expect(data?.results?.[0]?.titel).toBe("Aanvraag omgevingsvergunning");
  expect(data?.results?.[0]?.versie).toBe(2);
});

it("Open Zaak 1.4.2 (older variant) downloads as a Blob too", async () => {
  const seen = answer("get", `${BASE}/enkelvoudiginformatieobjecten/:uuid/download`, new Blob([PDF]), { type: "application/octet-stream" });
  const openZaak = createOpenZaakDocumentenClient({ baseUrl: BASE });
  const { data } = await openZaak.GET("/enkelvoudiginformatieobjecten/{uuid}/download", { params: { path: { uuid: UUID } } });
  expectOne(seen, { method: "GET", path: `/documenten/api/v1/enkelvoudiginformatieobjecten/${UUID}/download`, headers: { Accept: "*/*" } });
  expect(data).toBeInstanceOf(Blob);
});

// The spec allows only multipart/form-data (or x-www-form-urlencoded) here: no JSON Content-Type may
// be added, or the multipart boundary that fetch sets is lost.
it("PUT /bestandsdelen/{uuid} uploads multipart/form-data with its boundary", async () => {
  const seen = answer("put", `${BASE}/bestandsdelen/:uuid`, { url: `${BASE}/bestandsdelen/${UUID}`, volgnummer: 1, omvang: PDF.length, voltooid: true, lock: "lock-1" });
  await documenten.PUT("/bestandsdelen/{uuid}", {
    params: { path: { uuid: UUID } },
    body: { inhoud: new Blob([PDF]), lock: "lock-1" },
    // openapi-fetch types the serializer's argument with the raw $Write markers, hence the cast.
    bodySerializer: (body) => {
      const { lock, inhoud } = body as unknown as { lock: string; inhoud: Blob };
      const form = new FormData();
      form.set("lock", lock);
      form.set("inhoud", inhoud, "deel-1");
      return form;
    },
  });
  expectOne(seen, { method: "PUT", path: `/documenten/api/v1/bestandsdelen/${UUID}` });
  expect(seen[0]?.headers.get("Content-Type")).toMatch(/^multipart\/form-data; boundary=/);
  expect(seen[0]?.body).toContain('name="lock"');
});
