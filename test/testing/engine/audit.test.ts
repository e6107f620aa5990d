/** The audit trail (zgw-rules 1.10) over real HTTP with the SDK's clients (JWT user claims, `auditToelichting`). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { zgwJwt } from "../../../src/auth/zgw-jwt.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";
import { type MockCommonGround, seedPart } from "../../../src/testing/index.js";
import { SEED, besluitenAs, documentenAs, newDocument, newZaak, refusal, seeded, seedUuid, startMock, uuidOf, zakenAs } from "../apis/relations-fixture.js";

let mock: MockCommonGround;
let origin: string;
let s: ReturnType<typeof seeded>;

beforeAll(async () => {
  ({ mock, origin } = await startMock());
  s = seeded(origin);
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const asJan = () =>
  createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret, userId: "jan@demodam.nl", userRepresentation: "Jan de Behandelaar" }) });

async function trailOf(zaakUuid: string): Promise<Record<string, unknown>[]> {
  const { data } = await zakenAs(mock).GET("/zaken/{zaak_uuid}/audittrail", { params: { path: { zaak_uuid: zaakUuid } }, throwOnError: true });
  return data as unknown as Record<string, unknown>[];
}

describe("audit trail of a zaak (1.10)", () => {
  it("1.10: a create is recorded with the JWT user, the applicatie, X-Audit-Toelichting and wijzigingen {oud: null, nieuw}", async () => {
    const { data: zaak } = await asJan().POST("/zaken", {
      body: { bronorganisatie: SEED.rsin, verantwoordelijkeOrganisatie: SEED.rsin, zaaktype: `${origin}${SEED.zaaktypeParkeren2025}`, startdatum: "2025-04-01" },
      throwOnError: true,
      auditToelichting: "Aanvraag via het loket",
    });
    const trail = await trailOf(zaak?.uuid ?? "");
    expect(trail).toEqual([
      {
        uuid: expect.any(String),
        bron: "ZRC",
        applicatieId: seedUuid(500),
        applicatieWeergave: "Demo-applicatie",
        gebruikersId: "jan@demodam.nl",
        gebruikersWeergave: "Jan de Behandelaar",
        actie: "create",
        actieWeergave: "Object aangemaakt",
        resultaat: 201,
        hoofdObject: zaak?.url,
        resource: "zaak",
        resourceUrl: zaak?.url,
        toelichting: "Aanvraag via het loket",
        resourceWeergave: `${SEED.rsin} - ${zaak?.identificatie}`,
        aanmaakdatum: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        wijzigingen: { oud: null, nieuw: expect.objectContaining({ url: zaak?.url, identificatie: zaak?.identificatie }) },
      },
    ]);
  });

  it("1.10: partial_update keeps oud and nieuw; sub-resources (status, ZIO) land in the zaak's trail, oldest first; OIOs are not recorded", async () => {
    const zaak = await newZaak(mock, origin);
    const zaken = zakenAs(mock);
    await zaken.PATCH("/zaken/{uuid}", { params: { path: { uuid: zaak.uuid } }, body: { omschrijving: "Nieuwe omschrijving" }, throwOnError: true });
    await zaken.POST("/statussen", { body: { zaak: zaak.url, statustype: `${origin}${seedPart("statustypen", 11, 0)}`, datumStatusGezet: "2025-04-01T10:00:00Z" }, throwOnError: true });
    const document = await newDocument(mock, s.iotAanvraag);
    const { data: zio } = await zaken.POST("/zaakinformatieobjecten", { body: { zaak: zaak.url, informatieobject: document }, throwOnError: true });
    await zaken.DELETE("/zaakinformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(zio?.url) } }, throwOnError: true });
    const trail = await trailOf(zaak.uuid);
    expect(trail.map((r) => `${r.resource}:${r.actie}:${r.resultaat}`)).toEqual(["zaak:create:201", "zaak:partial_update:200", "status:create:201", "zaakinformatieobject:create:201", "zaakinformatieobject:destroy:204"]);
    expect(trail[1]?.actieWeergave).toBe("Object deels bijgewerkt");
    expect(trail[1]?.wijzigingen).toMatchObject({ oud: expect.not.objectContaining({ omschrijving: "Nieuwe omschrijving" }), nieuw: { omschrijving: "Nieuwe omschrijving" } });
    expect(trail[4]).toMatchObject({ hoofdObject: zaak.url, resourceUrl: zio?.url, wijzigingen: { nieuw: null, oud: expect.objectContaining({ informatieobject: document }) } });
    // The document's own trail has only its create: the mirrored OIO is not recorded.
    const docTrail = await documentenAs(mock).GET("/enkelvoudiginformatieobjecten/{enkelvoudiginformatieobject_uuid}/audittrail", { params: { path: { enkelvoudiginformatieobject_uuid: uuidOf(document) } }, throwOnError: true });
    expect((docTrail.data as unknown as { resource: string; actie: string; bron: string }[]).map((r) => `${r.bron}:${r.resource}:${r.actie}`)).toEqual(["DRC:enkelvoudiginformatieobject:create"]);
    const one = trail[3];
    const detail = await zaken.GET("/zaken/{zaak_uuid}/audittrail/{uuid}", { params: { path: { zaak_uuid: zaak.uuid, uuid: String(one?.uuid) } }, throwOnError: true });
    expect(detail.data).toEqual(one);
  });

  it("1.10: 404 for an unknown zaak, a zaak without records and an unknown record; deleting the zaak drops its trail", async () => {
    const zaken = zakenAs(mock);
    expect(await refusal(zaken.GET("/zaken/{zaak_uuid}/audittrail", { params: { path: { zaak_uuid: seedUuid(9999) } }, throwOnError: true }))).toMatchObject({ status: 404, code: "not_found" });
    expect(await refusal(zaken.GET("/zaken/{zaak_uuid}/audittrail", { params: { path: { zaak_uuid: seedUuid(100) } }, throwOnError: true }))).toMatchObject({ status: 404, code: "not_found" });
    const zaak = await newZaak(mock, origin);
    expect(await refusal(zaken.GET("/zaken/{zaak_uuid}/audittrail/{uuid}", { params: { path: { zaak_uuid: zaak.uuid, uuid: seedUuid(9999) } }, throwOnError: true }))).toMatchObject({ status: 404 });
    await zaken.DELETE("/zaken/{uuid}", { params: { path: { uuid: zaak.uuid } }, throwOnError: true });
    expect(await refusal(zaken.GET("/zaken/{zaak_uuid}/audittrail", { params: { path: { zaak_uuid: zaak.uuid } }, throwOnError: true }))).toMatchObject({ status: 404 });
  });

  it("1.10: reading the trail needs audittrails.lezen → 403 permission_denied for a client with only zaken scopes", async () => {
    const zaak = await newZaak(mock, origin);
    const restricted = zakenAs(mock, mock.credentials.restricted);
    expect(await refusal(restricted.GET("/zaken/{zaak_uuid}/audittrail", { params: { path: { zaak_uuid: zaak.uuid } }, throwOnError: true }))).toMatchObject({ status: 403, code: "permission_denied" });
  });
});

describe("audit trail of documents and besluiten (1.10)", () => {
  it("1.10: a besluit records every write (bron BRC), its BIOs create and destroy; deleting the besluit drops the trail", async () => {
    const besluiten = besluitenAs(mock);
    const { data: besluit } = await besluiten.POST("/besluiten", { body: { verantwoordelijkeOrganisatie: SEED.rsin, besluittype: s.besluittype, datum: "2025-04-02", ingangsdatum: "2025-04-03" }, throwOnError: true });
    const uuid = uuidOf(besluit?.url);
    await besluiten.PATCH("/besluiten/{uuid}", { params: { path: { uuid } }, body: { toelichting: "Aangepast" } as never, throwOnError: true });
    const document = await newDocument(mock, s.iotBesluit);
    const { data: bio } = await besluiten.POST("/besluitinformatieobjecten", { body: { besluit: besluit?.url ?? "", informatieobject: document }, throwOnError: true });
    await besluiten.DELETE("/besluitinformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(bio?.url) } }, throwOnError: true });
    const { data } = await besluiten.GET("/besluiten/{besluit_uuid}/audittrail", { params: { path: { besluit_uuid: uuid } }, throwOnError: true });
    const trail = data as unknown as { bron: string; resource: string; actie: string; resourceWeergave: string }[];
    expect(trail.map((r) => `${r.bron}:${r.resource}:${r.actie}`)).toEqual(["BRC:besluit:create", "BRC:besluit:partial_update", "BRC:besluitinformatieobject:create", "BRC:besluitinformatieobject:destroy"]);
    expect(trail[0]?.resourceWeergave).toBe(`${SEED.rsin} - ${besluit?.identificatie}`);
    await besluiten.DELETE("/besluiten/{uuid}", { params: { path: { uuid } }, throwOnError: true });
    expect(await refusal(besluiten.GET("/besluiten/{besluit_uuid}/audittrail", { params: { path: { besluit_uuid: uuid } }, throwOnError: true }))).toMatchObject({ status: 404 });
  });

  it("1.10: a document's trail has its own writes (bron DRC, actie labels); lock and unlock are not recorded", async () => {
    const document = await newDocument(mock, s.iotAanvraag);
    const docs = documentenAs(mock);
    const path = { uuid: uuidOf(document) };
    const { data: locked } = await docs.POST("/enkelvoudiginformatieobjecten/{uuid}/lock", { params: { path }, throwOnError: true });
    const lock = String((locked as { lock?: string } | undefined)?.lock);
    await docs.PATCH("/enkelvoudiginformatieobjecten/{uuid}", { params: { path }, body: { titel: "Nieuwe titel", lock } as never, throwOnError: true, auditToelichting: "Titel verbeterd" });
    await docs.POST("/enkelvoudiginformatieobjecten/{uuid}/unlock", { params: { path }, body: { lock } as never, throwOnError: true });
    const { data } = await docs.GET("/enkelvoudiginformatieobjecten/{enkelvoudiginformatieobject_uuid}/audittrail", { params: { path: { enkelvoudiginformatieobject_uuid: uuidOf(document) } }, throwOnError: true });
    const trail = data as unknown as { actie: string; actieWeergave: string; toelichting: string; hoofdObject: string }[];
    expect(trail.map((r) => [r.actie, r.actieWeergave, r.toelichting])).toEqual([
      ["create", "Object aangemaakt", ""],
      ["partial_update", "Object deels bijgewerkt", "Titel verbeterd"],
    ]);
    expect(trail[1]?.hoofdObject).toBe(document);
  });
});
