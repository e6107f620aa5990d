/**
 * Type tests for the generated clients (run by vitest's typecheck and by `tsc -p .`).
 */
import { describe, expectTypeOf, it } from "vitest";
import { createBrpPersonenClient } from "../../src/generated/brp-personen/index.js";
import type { Schemas as ZakenSchemas } from "../../src/generated/zaken/1.5.1/index.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";

const zaken = createZakenClient({ baseUrl: "https://open-zaak.example.nl/zaken/api/v1" });
const brp = createBrpPersonenClient({ baseUrl: "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp" });
const newZaak = {
  bronorganisatie: "002220647",
  zaaktype: "https://open-zaak.example.nl/catalogi/api/v1/zaaktypen/1",
  verantwoordelijkeOrganisatie: "002220647",
  startdatum: "2026-11-02",
};

describe("POST /zaken", () => {
  it("compiles without the readOnly url and uuid", () => {
    expectTypeOf(zaken.POST("/zaken", { body: newZaak })).resolves.toHaveProperty("response");
  });

  it("fails with an unknown field", () => {
    // @ts-expect-error zaakType is not a field (zaaktype is)
    void zaken.POST("/zaken", { body: { ...newZaak, zaakType: "https://x" } });
    // @ts-expect-error url is readOnly: the server sets it
    void zaken.POST("/zaken", { body: { ...newZaak, url: "https://x" } });
  });

  it("types the created zaak with its readOnly fields", async () => {
    const { data } = await zaken.POST("/zaken", { body: newZaak });
    expectTypeOf(data!.url).toEqualTypeOf<string>();
  });
});

describe("paths, query parameters and headers", () => {
  it("rejects an unknown path", () => {
    // @ts-expect-error no such path
    void zaken.GET("/zaakjes");
  });

  it("rejects an unknown query parameter", () => {
    // @ts-expect-error zaaktypeX is not a filter
    void zaken.GET("/zaken", { params: { query: { zaaktypeX: "x" } } });
  });

  it("types comma-joined filters as arrays", () => {
    void zaken.GET("/zaken", { params: { query: { archiefstatus__in: ["nog_te_archiveren", "gearchiveerd"] } } });
    // @ts-expect-error a comma-joined filter takes an array of enum values, not a string
    void zaken.GET("/zaken", { params: { query: { archiefstatus__in: "nog_te_archiveren" } } });
  });

  it("demands no Crs header from callers", () => {
    void zaken.GET("/zaken");
    void zaken.GET("/zaken/{uuid}", { params: { path: { uuid: "e2b9bb2b" } } });
    void zaken.POST("/zaken/_zoek", { body: { zaaktype__in: ["https://x"] } });
  });

  it("still demands path parameters", () => {
    // @ts-expect-error uuid is required
    void zaken.GET("/zaken/{uuid}", { params: { path: {} } });
  });
});

describe("BRP POST /personen", () => {
  it("narrows the query by type", () => {
    void brp.POST("/personen", {
      body: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["999993653"], fields: ["naam"] },
    });
    // @ts-expect-error RaadpleegMetBurgerservicenummer needs burgerservicenummer
    void brp.POST("/personen", { body: { type: "RaadpleegMetBurgerservicenummer", fields: ["naam"] } });
    // @ts-expect-error not a query type
    void brp.POST("/personen", { body: { type: "ZoekMetIets", fields: ["naam"] } });
  });

  it("narrows the response by type", async () => {
    const { data } = await brp.POST("/personen", {
      body: { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628HJ", huisnummer: 2, fields: ["burgerservicenummer"] },
    });
    if (data?.type === "RaadpleegMetBurgerservicenummer") {
      expectTypeOf(data.personen).not.toBeUndefined();
    }
    expectTypeOf<NonNullable<typeof data>["type"]>().toEqualTypeOf<
      | "ZoekMetGeslachtsnaamEnGeboortedatum"
      | "ZoekMetNaamEnGemeenteVanInschrijving"
      | "RaadpleegMetBurgerservicenummer"
      | "ZoekMetPostcodeEnHuisnummer"
      | "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving"
      | "ZoekMetNummeraanduidingIdentificatie"
      | "ZoekMetAdresseerbaarObjectIdentificatie"
    >();
  });
});

describe("ZGW unions and blank enums", () => {
  it("narrows Rol on betrokkeneType", () => {
    type Rol = ZakenSchemas["Rol"];
    expectTypeOf<Rol["betrokkeneType"]>().toEqualTypeOf<
      "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging" | "organisatorische_eenheid" | "medewerker"
    >();
    expectTypeOf<Extract<Rol, { betrokkeneType: "medewerker" }>>().not.toBeNever();
  });

  it("accepts the blank enum value real servers send", () => {
    expectTypeOf<"">().toExtend<NonNullable<ZakenSchemas["Zaak"]["archiefnominatie"]>>();
  });
});
