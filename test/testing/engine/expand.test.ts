/** `expand` (zgw-rules 1.6) over real HTTP with the SDK's typed `client.expand(...)`. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MockCommonGround } from "../../../src/testing/index.js";
import { SEED, besluitenAs, documentenAs, refusal, seeded, seedUuid, startMock, zakenAs } from "../apis/relations-fixture.js";

const ZAKEN_ONLY = { clientId: "alleen-zaken-app", secret: "alleen-zaken-secret-0123456789abcdef" };
const OPENBAAR_ONLY = { clientId: "openbaar-app", secret: "openbaar-secret-0123456789abcdef0123" };
const DEELZAAK = `/zaken/api/v1/zaken/${seedUuid(7150)}`;

let mock: MockCommonGround;
let origin: string;
let s: ReturnType<typeof seeded>;

beforeAll(async () => {
  ({ mock, origin } = await startMock({ [ZAKEN_ONLY.clientId]: ZAKEN_ONLY.secret, [OPENBAAR_ONLY.clientId]: OPENBAAR_ONLY.secret }));
  s = seeded(origin);
  mock.seed({
    zaken: {
      "/zaken": [{ url: DEELZAAK, uuid: seedUuid(7150), identificatie: "ZAAK-2025-0000000150", bronorganisatie: SEED.rsin, zaaktype: SEED.zaaktypeParkeren2025, vertrouwelijkheidaanduiding: "openbaar", hoofdzaak: `/zaken/api/v1/zaken/${seedUuid(101)}`, status: null, resultaat: null }],
    },
    autorisaties: {
      "/applicaties": [
        {
          url: `/autorisaties/api/v1/applicaties/${seedUuid(7151)}`,
          clientIds: [ZAKEN_ONLY.clientId],
          label: "Alleen zaken",
          heeftAlleAutorisaties: false,
          autorisaties: [{ component: "zrc", scopes: ["zaken.lezen"], zaaktype: SEED.zaaktypeParkeren2025, maxVertrouwelijkheidaanduiding: "zeer_geheim" }],
        },
        {
          url: `/autorisaties/api/v1/applicaties/${seedUuid(7152)}`,
          clientIds: [OPENBAAR_ONLY.clientId],
          label: "Alleen openbare zaken",
          heeftAlleAutorisaties: false,
          autorisaties: [{ component: "zrc", scopes: ["zaken.lezen"], zaaktype: SEED.zaaktypeParkeren2025, maxVertrouwelijkheidaanduiding: "openbaar" }],
        },
      ],
    },
  });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe("expand on Zaken (1.6)", () => {
  it("1.6 [OZ]: every zaak carries _expand, {} when nothing is expanded (detail and list)", async () => {
    const { data } = await zakenAs(mock).GET("/zaken/{uuid}", { params: { path: { uuid: seedUuid(101) } }, throwOnError: true });
    expect(data?._expand).toEqual({});
    const list = await zakenAs(mock).GET("/zaken", { throwOnError: true });
    expect(list.data?.results?.every((zaak) => JSON.stringify(zaak._expand) === "{}")).toBe(true);
  });

  it("1.6: zaaktype (from Catalogi), status.statustype and rollen.roltype, nested under _expand", async () => {
    const { data, response } = await zakenAs(mock).expand("/zaken/{uuid}", ["zaaktype", "status.statustype", "rollen.roltype"], { params: { path: { uuid: seedUuid(101) } }, throwOnError: true });
    expect(response.url).toContain("expand=zaaktype%2Cstatus.statustype%2Crollen.roltype");
    expect(data?._expand.zaaktype).toMatchObject({ url: `${origin}${SEED.zaaktypeParkeren2025}`, identificatie: SEED.parkerenIdentificatie });
    expect(data?._expand.status).toMatchObject({ url: data?.status, _expand: { statustype: { omschrijving: "In behandeling" } } });
    expect(data?._expand.rollen).toHaveLength(1);
    expect(data?._expand.rollen[0]).toMatchObject({ omschrijvingGeneriek: "initiator", _expand: { roltype: { omschrijving: "Initiator" } } });
  });

  it("1.6: multi-level hoofdzaak.status.statustype, and deelzaken derived from the store", async () => {
    const { data } = await zakenAs(mock).expand("/zaken/{uuid}", ["hoofdzaak.status.statustype"], { params: { path: { uuid: seedUuid(7150) } }, throwOnError: true });
    expect(data?._expand.hoofdzaak).toMatchObject({ url: s.zaakOpen, _expand: { status: { _expand: { statustype: { omschrijving: "In behandeling" } } } } });
    const hoofd = await zakenAs(mock).expand("/zaken/{uuid}", ["deelzaken"], { params: { path: { uuid: seedUuid(101) } }, throwOnError: true });
    expect(hoofd.data?.deelzaken).toEqual([`${origin}${DEELZAAK}`]);
    expect(hoofd.data?._expand.deelzaken.map((d) => d.identificatie)).toEqual(["ZAAK-2025-0000000150"]);
  });

  it("1.6: expansion across APIs: zaakinformatieobjecten.informatieobject comes from Documenten; an empty single member is {}", async () => {
    const { data } = await zakenAs(mock).expand("/zaken/{uuid}", ["zaakinformatieobjecten.informatieobject", "resultaat"], { params: { path: { uuid: seedUuid(102) } }, throwOnError: true });
    const zios = data?._expand.zaakinformatieobjecten as unknown as { url: string; _expand: { informatieobject: { titel: string } } }[];
    expect(zios.map((z) => z.url)).toEqual([s.zio]);
    expect(zios[0]?._expand.informatieobject.titel).toBe("Aanvraag parkeervergunning");
    expect(data?._expand.resultaat).toEqual({});
  });

  it("1.6: the list and POST /zaken/_zoek expand every result (expand in the _zoek body)", async () => {
    const list = await zakenAs(mock).expand("/zaken", ["zaaktype"], { params: { query: { identificatie: "ZAAK-2025-0000000001" } }, throwOnError: true });
    expect(list.data?.results?.[0]?._expand.zaaktype.url).toBe(`${origin}${SEED.zaaktypeParkeren2025}`);
    const found = await zakenAs(mock).POST("/zaken/_zoek", { body: { uuid__in: [seedUuid(100)], expand: "status" }, throwOnError: true });
    const result = found.data?.results?.[0] as unknown as { status: string; _expand: { status: { url: string } } };
    expect(result._expand.status.url).toBe(result.status);
  });

  it("1.6 [OZ]: an unknown expand path → 400 invalid_choice @expand", async () => {
    const result = await refusal(zakenAs(mock).GET("/zaken/{uuid}", { params: { path: { uuid: seedUuid(101) }, query: { expand: "zaaktype,status.bestaatniet" } }, throwOnError: true }));
    expect(result).toEqual({ status: 400, code: "invalid", params: ["invalid_choice@expand"] });
  });

  it("1.4/1.6: expanding into an API needs its read scope (catalogi.lezen) → 403 permission_denied; within Zaken is fine", async () => {
    const client = zakenAs(mock, ZAKEN_ONLY);
    const denied = await refusal(client.expand("/zaken/{uuid}", ["status.statustype"], { params: { path: { uuid: seedUuid(101) } }, throwOnError: true }));
    expect(denied).toMatchObject({ status: 403, code: "permission_denied" });
    const { data } = await client.expand("/zaken/{uuid}", ["status", "rollen"], { params: { path: { uuid: seedUuid(101) } }, throwOnError: true });
    expect(data?._expand.rollen).toHaveLength(1);
  });
});

describe("expand on Documenten and Besluiten (1.6)", () => {
  it("1.6: a document expands informatieobjecttype; a besluit expands besluittype and zaak (with the zaak's own expansion)", async () => {
    const doc = await documentenAs(mock).expand("/enkelvoudiginformatieobjecten/{uuid}", ["informatieobjecttype"], { params: { path: { uuid: seedUuid(700) } }, throwOnError: true });
    expect(doc.data?._expand.informatieobjecttype).toMatchObject({ url: s.iotAanvraag, omschrijving: "Aanvraagformulier" });
    const besluit = await besluitenAs(mock).expand("/besluiten/{uuid}", ["besluittype", "zaak.zaaktype"], { params: { path: { uuid: seedUuid(7110) } }, throwOnError: true });
    expect(besluit.data?._expand.besluittype).toMatchObject({ url: s.besluittype, omschrijving: "Vergunningsbesluit" });
    expect(besluit.data?._expand.zaak).toMatchObject({ url: s.zaakClosed, _expand: { zaaktype: { identificatie: SEED.parkerenIdentificatie } } });
  });
});

describe("expand and authorisation (1.4, 1.6)", () => {
  it("1.4: the expand read-scope check is part of the permission stage (403 before unknown-parameters); unknown parameters come before invalid_choice", async () => {
    const denied = await refusal(zakenAs(mock, ZAKEN_ONLY).GET("/zaken/{uuid}", { params: { path: { uuid: seedUuid(101) }, query: { expand: "zaaktype", foo: "1" } as never }, throwOnError: true }));
    expect(denied).toMatchObject({ status: 403, code: "permission_denied" });
    const unknown = await refusal(zakenAs(mock).GET("/zaken/{uuid}", { params: { path: { uuid: seedUuid(101) }, query: { expand: "bestaatniet", foo: "1" } as never }, throwOnError: true }));
    expect(unknown).toEqual({ status: 400, code: "invalid", params: ["unknown-parameters@nonFieldErrors"] });
  });

  it("1.4 (mock decision): an expanded zaak the client may not read (type/VA) is left out of _expand", async () => {
    const { data } = await zakenAs(mock, OPENBAAR_ONLY).expand("/zaken/{uuid}", ["hoofdzaak"], { params: { path: { uuid: seedUuid(7150) } }, throwOnError: true });
    expect(data?.hoofdzaak).toBe(s.zaakOpen);
    expect(data?._expand).toEqual({});
  });
});

