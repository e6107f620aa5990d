/** Cross-API relations (zgw-rules 1.9, 4.8, 4.10, 4.12, 5.7, 5.9) over real HTTP with the SDK's clients. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MockCommonGround } from "../../../src/testing/index.js";
import { documentenAs, newDocument, newZaak, refusal, seeded, seedUuid, startMock, uuidOf, zakenAs } from "./relations-fixture.js";

let mock: MockCommonGround;
let origin: string;
let s: ReturnType<typeof seeded>;

beforeAll(async () => {
  ({ mock, origin } = await startMock());
  s = seeded(origin);
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

async function oiosOf(object: string): Promise<Record<string, unknown>[]> {
  const { data } = await documentenAs(mock).GET("/objectinformatieobjecten", { params: { query: { object } }, throwOnError: true });
  return data as unknown as Record<string, unknown>[];
}

describe("zaakinformatieobjecten and their mirror in Documenten (4.8)", () => {
  it("zrc-005/zrc-004: a ZIO makes the OIO (objectType zaak) and shows on the zaak; deleting it removes the OIO", async () => {
    const zaak = await newZaak(mock, origin);
    const document = await newDocument(mock, s.iotAanvraag);
    const { data, response } = await zakenAs(mock).POST("/zaakinformatieobjecten", { body: { zaak: zaak.url, informatieobject: document }, throwOnError: true });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ aardRelatieWeergave: "Hoort bij, omgekeerd: kent", zaak: zaak.url, informatieobject: document });
    expect(data?.registratiedatum).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await oiosOf(zaak.url)).toEqual([{ url: expect.stringContaining("/documenten/api/v1/objectinformatieobjecten/"), informatieobject: document, object: zaak.url, objectType: "zaak", _expand: {} }]);
    const read = await zakenAs(mock).GET("/zaken/{uuid}", { params: { path: { uuid: zaak.uuid } }, throwOnError: true });
    expect(read.data?.zaakinformatieobjecten).toEqual([data?.url]);
    await zakenAs(mock).DELETE("/zaakinformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(data?.url) } }, throwOnError: true });
    expect(await oiosOf(zaak.url)).toEqual([]);
  });

  it("zrc-017: a document whose informatieobjecttype is not one of the zaaktype's → 400 missing-zaaktype-informatieobjecttype-relation @nonFieldErrors", async () => {
    const zaak = await newZaak(mock, origin);
    const result = await refusal(zakenAs(mock).POST("/zaakinformatieobjecten", { body: { zaak: zaak.url, informatieobject: s.besluitbrief }, throwOnError: true }));
    expect(result).toEqual({ status: 400, code: "invalid", params: ["missing-zaaktype-informatieobjecttype-relation@nonFieldErrors"] });
    expect(await oiosOf(zaak.url)).toEqual([]);
  });

  it("4.8: (zaak, informatieobject) is unique → 400 unique @nonFieldErrors", async () => {
    const result = await refusal(zakenAs(mock).POST("/zaakinformatieobjecten", { body: { zaak: s.zaakClosed, informatieobject: s.aanvraag }, throwOnError: true }));
    expect(result).toEqual({ status: 400, code: "invalid", params: ["unique@nonFieldErrors"] });
  });

  it("zrc-004: zaak and informatieobject are immutable (wijzigen-niet-toegelaten); titel stays editable", async () => {
    const other = await newDocument(mock, s.iotAanvraag);
    const uuid = uuidOf(s.zio);
    const result = await refusal(zakenAs(mock).PATCH("/zaakinformatieobjecten/{uuid}", { params: { path: { uuid } }, body: { informatieobject: other, zaak: s.zaakOpen }, throwOnError: true }));
    expect(result).toEqual({ status: 400, code: "invalid", params: ["wijzigen-niet-toegelaten@zaak", "wijzigen-niet-toegelaten@informatieobject"] });
    const { data } = await zakenAs(mock).PATCH("/zaakinformatieobjecten/{uuid}", { params: { path: { uuid } }, body: { titel: "Nieuwe titel" }, throwOnError: true });
    expect(data?.titel).toBe("Nieuwe titel");
  });

  it("4.12: deleting a zaak removes its ZIOs and so their OIOs in Documenten", async () => {
    const zaak = await newZaak(mock, origin);
    const document = await newDocument(mock, s.iotAanvraag);
    await zakenAs(mock).POST("/zaakinformatieobjecten", { body: { zaak: zaak.url, informatieobject: document }, throwOnError: true });
    expect(await oiosOf(zaak.url)).toHaveLength(1);
    await zakenAs(mock).DELETE("/zaken/{uuid}", { params: { path: { uuid: zaak.uuid } }, throwOnError: true });
    expect(await oiosOf(zaak.url)).toEqual([]);
    expect((await documentenAs(mock).DELETE("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(document) } } })).response.status).toBe(204);
  });
});

describe("documents with relations (5.7, 5.9)", () => {
  it("drc-008: deleting a document with a ZIO or BIO → 400 pending-relations @nonFieldErrors; without → 204 and its OIOs go", async () => {
    const docs = documentenAs(mock);
    expect(await refusal(docs.DELETE("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(s.aanvraag) } }, throwOnError: true }))).toEqual({
      status: 400,
      code: "invalid",
      params: ["pending-relations@nonFieldErrors"],
    });
    expect(await refusal(docs.DELETE("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(s.besluitbrief) } }, throwOnError: true }))).toMatchObject({
      status: 400,
      params: ["pending-relations@nonFieldErrors"],
    });
    await zakenAs(mock).DELETE("/zaakinformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(s.zio) } }, throwOnError: true });
    const { response } = await docs.DELETE("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(s.aanvraag) } }, throwOnError: true });
    expect(response.status).toBe(204);
    expect(await oiosOf(s.zaakClosed)).toEqual([]);
  });

  it("drc-003/drc-004: a direct OIO POST for a local zaak never succeeds (unique when the ZIO exists, inconsistent-relation when not)", async () => {
    const docs = documentenAs(mock);
    const duplicate = await refusal(docs.POST("/objectinformatieobjecten", { body: { informatieobject: s.aanvraag, object: s.zaakClosed, objectType: "zaak" }, throwOnError: true }));
    expect(duplicate).toEqual({ status: 400, code: "invalid", params: ["unique@nonFieldErrors"] });
    const orphan = await refusal(docs.POST("/objectinformatieobjecten", { body: { informatieobject: s.foto, object: s.zaakOpen, objectType: "zaak" }, throwOnError: true }));
    expect(orphan).toEqual({ status: 400, code: "invalid", params: ["inconsistent-relation@nonFieldErrors"] });
  });

  it("drc-002: the object must be of its objectType (invalid-resource @object); an unknown objectType is invalid_choice @objectType", async () => {
    const docs = documentenAs(mock);
    const wrongKind = await refusal(docs.POST("/objectinformatieobjecten", { body: { informatieobject: s.foto, object: s.zaakOpen, objectType: "besluit" }, throwOnError: true }));
    expect(wrongKind).toEqual({ status: 400, code: "invalid", params: ["invalid-resource@object"] });
    const badType = await refusal(docs.POST("/objectinformatieobjecten", { body: { informatieobject: s.foto, object: s.zaakOpen, objectType: "dossier" as never }, throwOnError: true }));
    expect(badType.params).toEqual(["invalid_choice@objectType"]);
    const missing = await refusal(docs.POST("/objectinformatieobjecten", { body: { informatieobject: s.foto, object: `${origin}/zaken/api/v1/zaken/${seedUuid(999)}`, objectType: "zaak" }, throwOnError: true }));
    expect(missing.params).toEqual(["does_not_exist@object"]);
  });

  it("5.7: deleting an OIO whose ZIO still exists → 400 remote-relation-exists @nonFieldErrors", async () => {
    const [oio] = await oiosOf(s.zaakClosed);
    const result = await refusal(documentenAs(mock).DELETE("/objectinformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(oio?.url) } }, throwOnError: true }));
    expect(result).toEqual({ status: 400, code: "invalid", params: ["remote-relation-exists@nonFieldErrors"] });
  });

  it("5.11: the document list filters on objectinformatieobjecten_object and objectinformatieobjecten_objectType", async () => {
    const docs = documentenAs(mock);
    const byZaak = await docs.GET("/enkelvoudiginformatieobjecten", { params: { query: { objectinformatieobjecten_object: s.zaakClosed } }, throwOnError: true });
    expect(byZaak.data?.results?.map((d) => d.url)).toEqual([s.aanvraag]);
    const byType = await docs.GET("/enkelvoudiginformatieobjecten", { params: { query: { objectinformatieobjecten_objectType: "besluit" } }, throwOnError: true });
    expect(byType.data?.results?.map((d) => d.url)).toEqual([s.besluitbrief]);
  });
});

describe("zaakbesluiten written by a consumer (4.10)", () => {
  it("4.10: POST with a local besluit of this zaak returns the existing relation (201); of another zaak → 400 inconsistent-relation @nonFieldErrors", async () => {
    const zaken = zakenAs(mock);
    const { data, response } = await zaken.POST("/zaken/{zaak_uuid}/besluiten", { params: { path: { zaak_uuid: seedUuid(102) } }, body: { besluit: s.besluit }, throwOnError: true });
    expect(response.status).toBe(201);
    expect(data).toEqual({ url: `${s.zaakClosed}/besluiten/${seedUuid(7112)}`, uuid: seedUuid(7112), besluit: s.besluit });
    const list = await zaken.GET("/zaken/{zaak_uuid}/besluiten", { params: { path: { zaak_uuid: seedUuid(102) } }, throwOnError: true });
    expect(list.data).toHaveLength(1);
    const other = await refusal(zaken.POST("/zaken/{zaak_uuid}/besluiten", { params: { path: { zaak_uuid: seedUuid(101) } }, body: { besluit: s.besluit }, throwOnError: true }));
    expect(other).toEqual({ status: 400, code: "invalid", params: ["inconsistent-relation@nonFieldErrors"] });
  });

  it("4.10: DELETE of a relation whose besluit still points at the zaak → 400 inconsistent-relation @nonFieldErrors", async () => {
    const result = await refusal(zakenAs(mock).DELETE("/zaken/{zaak_uuid}/besluiten/{uuid}", { params: { path: { zaak_uuid: seedUuid(102), uuid: seedUuid(7112) } }, throwOnError: true }));
    expect(result).toEqual({ status: 400, code: "invalid", params: ["inconsistent-relation@nonFieldErrors"] });
  });
});

describe("klantcontacten (4.11)", () => {
  it("4.11: a klantcontact's datumtijd may not lie in the future → 400 date-in-future @datumtijd", async () => {
    const zaken = zakenAs(mock);
    const future = await refusal(zaken.POST("/klantcontacten", { body: { zaak: s.zaakOpen, datumtijd: "2999-01-01T10:00:00Z" }, throwOnError: true }));
    expect(future).toEqual({ status: 400, code: "invalid", params: ["date-in-future@datumtijd"] });
    const { response } = await zaken.POST("/klantcontacten", { body: { zaak: s.zaakOpen, datumtijd: "2025-04-01T10:00:00Z" }, throwOnError: true });
    expect(response.status).toBe(201);
  });
});
