import { describe, expect, it } from "vitest";
import { mockFacts as catalogi } from "../../../src/generated/catalogi/1.3.3/mock-facts.js";
import { mockFacts as documenten } from "../../../src/generated/documenten/1.7.0/mock-facts.js";
import { mockFacts as zaken } from "../../../src/generated/zaken/1.7.0/mock-facts.js";
import { validateBody } from "../../../src/testing/engine/validate.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const codes = (errors: readonly { name: string; code: string }[]) => errors.map((e) => `${e.code} @${e.name}`);
const zaak = { bronorganisatie: "002220647", verantwoordelijkeOrganisatie: "002220647", zaaktype: "https://x.nl/catalogi/api/v1/zaaktypen/1", startdatum: "2025-04-01" };

describe("validateBody on the real Zaken 1.7.0 Zaak schema", () => {
  it("reports each missing required field", () => {
    const { errors } = validateBody({}, ref("Zaak"), zaken.schemas, "create");
    expect(codes(errors)).toEqual(expect.arrayContaining(["required @bronorganisatie", "required @verantwoordelijkeOrganisatie", "required @zaaktype", "required @startdatum"]));
  });
  it("does not enforce required in a PATCH", () => {
    expect(validateBody({ omschrijving: "x" }, ref("Zaak"), zaken.schemas, "partial").errors).toEqual([]);
  });
  it("drops read-only fields (url, uuid, einddatum) instead of taking them from the client", () => {
    const { value, errors } = validateBody({ ...zaak, url: "https://evil/", uuid: "x", einddatum: "2020-01-01" }, ref("Zaak"), zaken.schemas, "create");
    expect(errors).toEqual([]);
    expect(value).not.toHaveProperty("url");
    expect(value).not.toHaveProperty("uuid");
    expect(value).not.toHaveProperty("einddatum");
  });
  it("answers invalid_choice, max_length, null and invalid (date) with dotted names for nested fields", () => {
    const { errors } = validateBody(
      { ...zaak, vertrouwelijkheidaanduiding: "supergeheim", omschrijving: "x".repeat(81), zaaktype: null, registratiedatum: "2025-02-30", relevanteAndereZaken: [{ url: "geen url", aardRelatie: "vervolg" }] },
      ref("Zaak"),
      zaken.schemas,
      "create",
    );
    expect(codes(errors)).toEqual(expect.arrayContaining(["invalid_choice @vertrouwelijkheidaanduiding", "max_length @omschrijving", "null @zaaktype", "invalid @registratiedatum", "bad-url @relevanteAndereZaken.0.url"]));
  });
  it("accepts the blank enum value the overlay allows", () => {
    expect(validateBody({ ...zaak, betalingsindicatie: "" }, ref("Zaak"), zaken.schemas, "create").errors).toEqual([]);
  });
});

describe("validateBody on Catalogi ZaakType and Documenten EnkelvoudigInformatieObject", () => {
  it("names nested fields of ZaakType with dots (referentieproces.naam)", () => {
    const { errors } = validateBody({ referentieproces: { naam: 5 } }, ref("ZaakType"), catalogi.schemas, "create");
    expect(codes(errors)).toEqual(expect.arrayContaining(["required @omschrijving", "invalid @referentieproces.naam", "required @doorlooptijd"]));
  });
  it("rejects a bad duration and an invalid vertrouwelijkheidaanduiding on ZaakType", () => {
    const { errors } = validateBody({ doorlooptijd: "30 dagen", vertrouwelijkheidaanduiding: "x" }, ref("ZaakType"), catalogi.schemas, "partial");
    expect(codes(errors).sort()).toEqual(["invalid @doorlooptijd", "invalid_choice @vertrouwelijkheidaanduiding"]);
  });
  it("checks EnkelvoudigInformatieObject: required titel, max_length, enum, date-time", () => {
    const { errors } = validateBody({ titel: "t".repeat(201), taal: "nl", status: "weg", creatiedatum: "gisteren" }, ref("EnkelvoudigInformatieObject"), documenten.schemas, "create");
    expect(codes(errors)).toEqual(expect.arrayContaining(["max_length @titel", "invalid_choice @status", "invalid @creatiedatum", "required @bronorganisatie"]));
  });
});
