/** The Besluiten API rules (zgw-rules 6) and its relations with Zaken and Documenten, over real HTTP with the SDK's clients. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MockCommonGround } from "../../../src/testing/index.js";
import { SEED, besluitenAs, documentenAs, newDocument, newZaak, refusal, seeded, seedUuid, startMock, uuidOf, zakenAs } from "./relations-fixture.js";

const BESLUIT_APP = { clientId: "besluiten-app", secret: "besluiten-app-secret-0123456789abcdef" };
const OTHER_BESLUITTYPE = `/catalogi/api/v1/besluittypen/${seedUuid(7130)}`;
const CONCEPT_BESLUITTYPE = `/catalogi/api/v1/besluittypen/${seedUuid(7131)}`;

let mock: MockCommonGround;
let origin: string;
let s: ReturnType<typeof seeded>;

beforeAll(async () => {
  ({ mock, origin } = await startMock({ [BESLUIT_APP.clientId]: BESLUIT_APP.secret }));
  s = seeded(origin);
  const besluittype = (url: string, concept: boolean) => ({ url, catalogus: SEED.catalogus, omschrijving: "Ander besluit", zaaktypen: [], informatieobjecttypen: [], concept, beginGeldigheid: "2023-01-01" });
  mock.seed({
    catalogi: { "/besluittypen": [besluittype(OTHER_BESLUITTYPE, false), besluittype(CONCEPT_BESLUITTYPE, true)] },
    autorisaties: {
      "/applicaties": [
        {
          url: `/autorisaties/api/v1/applicaties/${seedUuid(7140)}`,
          clientIds: [BESLUIT_APP.clientId],
          label: "Besluiten-applicatie",
          heeftAlleAutorisaties: false,
          autorisaties: [
            { component: "brc", scopes: ["besluiten.lezen", "besluiten.aanmaken", "besluiten.verwijderen"], besluittype: SEED.besluittypeVergunning },
            { component: "zrc", scopes: ["zaken.lezen", "zaken.bijwerken"], zaaktype: SEED.zaaktypeParkeren2025, maxVertrouwelijkheidaanduiding: "zeer_geheim" },
          ],
        },
      ],
    },
  });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const body = (extra: Record<string, unknown> = {}) => ({ verantwoordelijkeOrganisatie: SEED.rsin, besluittype: s.besluittype, datum: "2025-04-02", ingangsdatum: "2025-04-03", ...extra });

async function zaakbesluiten(zaakUuid: string): Promise<{ besluit?: string }[]> {
  const { data } = await zakenAs(mock).GET("/zaken/{zaak_uuid}/besluiten", { params: { path: { zaak_uuid: zaakUuid } }, throwOnError: true });
  return data as unknown as { besluit?: string }[];
}

async function oiosOf(object: string): Promise<{ informatieobject?: string; objectType?: string }[]> {
  const { data } = await documentenAs(mock).GET("/objectinformatieobjecten", { params: { query: { object } }, throwOnError: true });
  return data as unknown as { informatieobject?: string; objectType?: string }[];
}

describe("besluit (6)", () => {
  it("brc-002: identificatie generated as BESLUIT-<year of datum>-<serial>; a duplicate → 400 identificatie-niet-uniek @identificatie", async () => {
    const { data, response } = await besluitenAs(mock).POST("/besluiten", { body: body(), throwOnError: true });
    expect(response.status).toBe(201);
    expect(data?.identificatie).toBe("BESLUIT-2025-0000000002");
    const duplicate = await refusal(besluitenAs(mock).POST("/besluiten", { body: body({ identificatie: "BESLUIT-2025-0000000001" }), throwOnError: true }));
    expect(duplicate).toEqual({ status: 400, code: "invalid", params: ["identificatie-niet-uniek@identificatie"] });
  });

  it("brc-001: a concept besluittype → 400 not-published @besluittype; besluittype, identificatie and verantwoordelijkeOrganisatie are immutable", async () => {
    const concept = await refusal(besluitenAs(mock).POST("/besluiten", { body: body({ besluittype: `${origin}${CONCEPT_BESLUITTYPE}` }), throwOnError: true }));
    expect(concept).toEqual({ status: 400, code: "invalid", params: ["not-published@besluittype"] });
    const changed = await refusal(
      besluitenAs(mock).PATCH("/besluiten/{uuid}", { params: { path: { uuid: uuidOf(s.besluit) } }, body: { besluittype: `${origin}${OTHER_BESLUITTYPE}`, identificatie: "ANDERS" } as never, throwOnError: true }),
    );
    expect(changed).toEqual({ status: 400, code: "invalid", params: ["wijzigen-niet-toegelaten@besluittype", "wijzigen-niet-toegelaten@identificatie"] });
  });

  it("6: datum in the future → 400 future_not_allowed @datum; verantwoordelijkeOrganisatie must be an RSIN (only-digits, invalid)", async () => {
    const future = await refusal(besluitenAs(mock).POST("/besluiten", { body: body({ datum: "2999-01-01" }), throwOnError: true }));
    expect(future).toEqual({ status: 400, code: "invalid", params: ["future_not_allowed@datum"] });
    const letters = await refusal(besluitenAs(mock).POST("/besluiten", { body: body({ verantwoordelijkeOrganisatie: "00222064X" }), throwOnError: true }));
    expect(letters.params).toEqual(["only-digits@verantwoordelijkeOrganisatie"]);
    const elfproef = await refusal(besluitenAs(mock).POST("/besluiten", { body: body({ verantwoordelijkeOrganisatie: "123456789" }), throwOnError: true }));
    expect(elfproef.params).toEqual(["invalid@verantwoordelijkeOrganisatie"]);
  });

  it("brc-007: with a zaak, the besluittype must be one of its zaaktype's → 400 zaaktype-mismatch @nonFieldErrors", async () => {
    const result = await refusal(besluitenAs(mock).POST("/besluiten", { body: body({ zaak: s.zaakOpen, besluittype: `${origin}${OTHER_BESLUITTYPE}` }), throwOnError: true }));
    expect(result).toEqual({ status: 400, code: "invalid", params: ["zaaktype-mismatch@nonFieldErrors"] });
  });

  it("brc-006: a besluit with zaak makes the ZaakBesluit (notified on kanaal zaken); changing zaak moves it [OZ]; deleting the besluit removes it", async () => {
    const zaak = await newZaak(mock, origin);
    const sent = mock.notifications.length;
    const { data } = await besluitenAs(mock).POST("/besluiten", { body: body({ zaak: s.zaakOpen }), throwOnError: true });
    const url = data?.url ?? "";
    expect((await zaakbesluiten(seedUuid(101))).map((r) => r.besluit)).toEqual([url]);
    const messages = mock.notifications.slice(sent).map((n) => n.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kanaal: "besluiten", resource: "besluit", actie: "create", hoofdObject: url, kenmerken: { verantwoordelijkeOrganisatie: SEED.rsin, besluittype: s.besluittype, "besluittype.catalogus": `${origin}${SEED.catalogus}` } }),
        expect.objectContaining({ kanaal: "zaken", resource: "zaakbesluit", actie: "create", hoofdObject: s.zaakOpen }),
      ]),
    );
    await besluitenAs(mock).PATCH("/besluiten/{uuid}", { params: { path: { uuid: uuidOf(url) } }, body: { zaak: zaak.url } as never, throwOnError: true });
    expect(await zaakbesluiten(seedUuid(101))).toEqual([]);
    expect((await zaakbesluiten(zaak.uuid)).map((r) => r.besluit)).toEqual([url]);
    await besluitenAs(mock).DELETE("/besluiten/{uuid}", { params: { path: { uuid: uuidOf(url) } }, throwOnError: true });
    expect(await zaakbesluiten(zaak.uuid)).toEqual([]);
  });

  it("6 [OZ]: a besluit on a closed zaak needs zaken.geforceerd-bijwerken → 403 permission_denied; an open zaak is fine", async () => {
    const app = besluitenAs(mock, BESLUIT_APP);
    expect(await refusal(app.POST("/besluiten", { body: body({ zaak: s.zaakClosed }), throwOnError: true }))).toMatchObject({ status: 403, code: "permission_denied" });
    expect((await app.POST("/besluiten", { body: body({ zaak: s.zaakOpen }), throwOnError: true })).response.status).toBe(201);
    expect(await refusal(app.DELETE("/besluiten/{uuid}", { params: { path: { uuid: uuidOf(s.besluit) } }, throwOnError: true }))).toMatchObject({ status: 403 });
    expect((await besluitenAs(mock).POST("/besluiten", { body: body({ zaak: s.zaakClosed }), throwOnError: true })).response.status).toBe(201);
  });

  it("1.4: zaakbesluiten are authorised through the zaak in their path (visible to a client of that zaaktype, 403 for another)", async () => {
    const own = await zakenAs(mock, BESLUIT_APP).GET("/zaken/{zaak_uuid}/besluiten", { params: { path: { zaak_uuid: seedUuid(102) } }, throwOnError: true });
    expect((own.data as unknown as { besluit: string }[]).map((r) => r.besluit)).toEqual([s.besluit]);
    const other = zakenAs(mock, mock.credentials.restricted);
    const detail = await refusal(other.GET("/zaken/{zaak_uuid}/besluiten/{uuid}", { params: { path: { zaak_uuid: seedUuid(102), uuid: seedUuid(7112) } }, throwOnError: true }));
    expect(detail).toMatchObject({ status: 403, code: "permission_denied" });
  });

  it("brc-009: deleting a besluit removes its BIOs, their OIOs and the ZaakBesluit; the document can then go (no pending-relations)", async () => {
    await besluitenAs(mock).DELETE("/besluiten/{uuid}", { params: { path: { uuid: uuidOf(s.besluit) } }, throwOnError: true });
    const bios = await besluitenAs(mock).GET("/besluitinformatieobjecten", { params: { query: { besluit: s.besluit } }, throwOnError: true });
    expect(bios.data).toEqual([]);
    expect(await oiosOf(s.besluit)).toEqual([]);
    expect(await zaakbesluiten(seedUuid(102))).toEqual([]);
    expect((await documentenAs(mock).DELETE("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(s.besluitbrief) } } })).response.status).toBe(204);
  });
});

describe("besluitinformatieobjecten (6)", () => {
  it("brc-005: a BIO makes the OIO (objectType besluit) and notifies on kanaal besluiten; deleting it removes the OIO", async () => {
    const { data: besluit } = await besluitenAs(mock).POST("/besluiten", { body: body(), throwOnError: true });
    const besluitUrl = besluit?.url ?? "";
    const document = await newDocument(mock, s.iotBesluit);
    const sent = mock.notifications.length;
    const { data, response } = await besluitenAs(mock).POST("/besluitinformatieobjecten", { body: { besluit: besluitUrl, informatieobject: document }, throwOnError: true });
    expect(response.status).toBe(201);
    expect(await oiosOf(besluitUrl)).toMatchObject([{ informatieobject: document, objectType: "besluit" }]);
    expect(mock.notifications.slice(sent).map((n) => n.message)).toEqual([expect.objectContaining({ kanaal: "besluiten", resource: "besluitinformatieobject", actie: "create", hoofdObject: besluitUrl, resourceUrl: data?.url })]);
    await besluitenAs(mock).DELETE("/besluitinformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(data?.url) } }, throwOnError: true });
    expect(await oiosOf(besluitUrl)).toEqual([]);
  });

  it("brc-003/brc-008: the document's type must be one of the besluittype's (missing-besluittype-informatieobjecttype-relation); the pair is unique", async () => {
    const wrongType = await refusal(besluitenAs(mock).POST("/besluitinformatieobjecten", { body: { besluit: s.besluit, informatieobject: s.foto }, throwOnError: true }));
    expect(wrongType).toEqual({ status: 400, code: "invalid", params: ["missing-besluittype-informatieobjecttype-relation@nonFieldErrors"] });
    const duplicate = await refusal(besluitenAs(mock).POST("/besluitinformatieobjecten", { body: { besluit: s.besluit, informatieobject: s.besluitbrief }, throwOnError: true }));
    expect(duplicate).toEqual({ status: 400, code: "invalid", params: ["unique@nonFieldErrors"] });
  });
});
