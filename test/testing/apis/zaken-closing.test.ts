/** Statussen, closing, archiving, reopening and closed-zaak protection (zgw-rules 4.2–4.4, 4.14) over real HTTP. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closeZaak, startZaak } from "../../../src/apis/zaken/index.js";
import type { MockCommonGround } from "../../../src/testing/index.js";
import { LIFECYCLE, SEED, type ZakenClient, abs, createZaak, postResultaat, postStatus, readZaak, refusal, startMock, zakenAs } from "./zaken-fixture.js";

let mock: MockCommonGround;
let origin: string;
let demo: ZakenClient;

beforeAll(async () => {
  ({ mock, origin } = await startMock());
  demo = zakenAs(mock);
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const st = (path: string) => abs(origin, path);
const deelzaak = (hoofdzaak: string) => createZaak(mock, origin, { zaaktype: st(LIFECYCLE.zaaktypeDeel), hoofdzaak });

/** Creates a zaak of the hoofdzaaktype and closes it with this resultaattype on 2025-03-10. */
async function closed(resultaattype: string = LIFECYCLE.resultaattypeAfgehandeld): Promise<{ url: string; uuid: string }> {
  const zaak = await createZaak(mock, origin);
  await postStatus(demo, zaak.url, st(LIFECYCLE.statustypeHoofdOntvangen), "2025-03-01T09:00:00Z");
  await postResultaat(demo, zaak.url, st(resultaattype));
  await postStatus(demo, zaak.url, st(LIFECYCLE.statustypeHoofdAfgerond), "2025-03-10T16:00:00Z");
  return zaak;
}

describe("statussen (zgw-rules 4.2)", () => {
  it("zrc-016: a statustype of another zaaktype is zaaktype-mismatch; a future datumStatusGezet is date-in-future", async () => {
    const zaak = await createZaak(mock, origin);
    expect(await refusal(postStatus(demo, zaak.url, st(LIFECYCLE.statustypeDeelOntvangen), "2025-03-01T09:00:00Z"))).toMatchObject({ status: 400, code: "invalid", params: ["zaaktype-mismatch@nonFieldErrors"] });
    expect(await refusal(postStatus(demo, zaak.url, st(LIFECYCLE.statustypeHoofdOntvangen), "2999-01-01T09:00:00Z"))).toMatchObject({ status: 400, params: ["date-in-future@datumStatusGezet"] });
  });

  it("(zaak, datumStatusGezet) is unique; gezetdoor must be a rol of this zaak (zaak-mismatch); the errors combine", async () => {
    const zaak = await createZaak(mock, origin);
    const other = await createZaak(mock, origin);
    const rol = await demo.POST("/rollen", { body: { zaak: other.url, roltype: st(LIFECYCLE.roltypeBehandelaar), betrokkeneType: "medewerker", roltoelichting: "b", betrokkeneIdentificatie: { identificatie: "m1" } } as never, throwOnError: true });
    await postStatus(demo, zaak.url, st(LIFECYCLE.statustypeHoofdOntvangen), "2025-03-01T09:00:00Z");
    const twice = demo.POST("/statussen", { body: { zaak: zaak.url, statustype: st(LIFECYCLE.statustypeHoofdBehandeling), datumStatusGezet: "2025-03-01T09:00:00Z", gezetdoor: rol.data?.url } as never, throwOnError: true });
    expect(await refusal(twice)).toMatchObject({ status: 400, params: ["unique@nonFieldErrors", "zaak-mismatch@nonFieldErrors"] });
  });

  it("zaak.status follows the newest status by datumStatusGezet and only it has indicatieLaatstGezetteStatus", async () => {
    const zaak = await createZaak(mock, origin);
    const late = (await demo.POST("/statussen", { body: { zaak: zaak.url, statustype: st(LIFECYCLE.statustypeHoofdBehandeling), datumStatusGezet: "2025-03-05T09:00:00Z" } as never, throwOnError: true })).data;
    const early = (await demo.POST("/statussen", { body: { zaak: zaak.url, statustype: st(LIFECYCLE.statustypeHoofdOntvangen), datumStatusGezet: "2025-03-01T09:00:00Z" } as never, throwOnError: true })).data;
    expect((await readZaak(mock, zaak.uuid)).status).toBe(late?.url);
    const { data } = await demo.GET("/statussen", { params: { query: { zaak: zaak.url } }, throwOnError: true });
    const flags = Object.fromEntries((data?.results ?? []).map((s) => [s.url, s.indicatieLaatstGezetteStatus]));
    expect(flags).toEqual({ [String(late?.url)]: true, [String(early?.url)]: false });
  });

  it("[OZ] a client with only zaken.aanmaken may set the first status only (403 permission_denied)", async () => {
    const zaak = await createZaak(mock, origin);
    const client = zakenAs(mock, "aanmaken");
    await postStatus(client, zaak.url, st(LIFECYCLE.statustypeHoofdOntvangen), "2025-03-01T09:00:00Z");
    const second = await refusal(postStatus(client, zaak.url, st(LIFECYCLE.statustypeHoofdBehandeling), "2025-03-02T09:00:00Z"));
    expect(second).toMatchObject({ status: 403, code: "permission_denied", detail: "Met de 'zaken.aanmaken' scope mag je slechts 1 status zetten" });
  });
});

describe("closing and archiving (zgw-rules 4.2 zrc-007, 4.3)", () => {
  it("zrc-007: the eindstatus needs a resultaat (resultaat-does-not-exist)", async () => {
    const zaak = await createZaak(mock, origin);
    expect(await refusal(postStatus(demo, zaak.url, st(LIFECYCLE.statustypeHoofdAfgerond), "2025-03-10T16:00:00Z"))).toMatchObject({ status: 400, params: ["resultaat-does-not-exist@nonFieldErrors"] });
    expect((await readZaak(mock, zaak.uuid)).einddatum).toBeNull();
  });

  it("zrc-007/zrc-021: the eindstatus sets einddatum (date as sent, in the client's time zone) and derives archiefnominatie, startdatumBewaartermijn, archiefactiedatum (afgehandeld + P10Y)", async () => {
    const zaak = await createZaak(mock, origin);
    await postResultaat(demo, zaak.url, st(LIFECYCLE.resultaattypeAfgehandeld));
    await postStatus(demo, zaak.url, st(LIFECYCLE.statustypeHoofdAfgerond), "2025-03-10T23:30:00+01:00");
    expect(await readZaak(mock, zaak.uuid)).toMatchObject({ einddatum: "2025-03-10", archiefnominatie: "vernietigen", startdatumBewaartermijn: "2025-03-10", archiefactiedatum: "2035-03-10" });
  });

  it("4.3: termijn adds procestermijn then archiefactietermijn; blijvend_bewaren gives no date; ander_datumkenmerk leaves the date to the client", async () => {
    expect(await readZaak(mock, (await closed(LIFECYCLE.resultaattypeTermijn)).uuid)).toMatchObject({ startdatumBewaartermijn: "2030-03-10", archiefactiedatum: "2031-03-10" });
    expect(await readZaak(mock, (await closed(LIFECYCLE.resultaattypeBlijvend)).uuid)).toMatchObject({ archiefnominatie: "blijvend_bewaren", archiefactiedatum: null });
    expect(await readZaak(mock, (await closed(LIFECYCLE.resultaattypeAnderDatumkenmerk)).uuid)).toMatchObject({ einddatum: "2025-03-10", archiefactiedatum: null });
  });

  it("4.3: ingangsdatum_besluit without besluiten is archiefactiedatum-error", async () => {
    const zaak = await createZaak(mock, origin);
    await postResultaat(demo, zaak.url, st(LIFECYCLE.resultaattypeBesluit));
    expect(await refusal(postStatus(demo, zaak.url, st(LIFECYCLE.statustypeHoofdAfgerond), "2025-03-10T16:00:00Z"))).toMatchObject({ status: 400, params: ["archiefactiedatum-error@nonFieldErrors"] });
  });

  it("4.3: afleidingswijze hoofdzaak on a zaak without hoofdzaak is archiefactiedatum-error", async () => {
    const zaak = await createZaak(mock, origin, { zaaktype: st(LIFECYCLE.zaaktypeDeel) });
    await postResultaat(demo, zaak.url, st(LIFECYCLE.resultaattypeDeelHoofdzaak));
    expect(await refusal(postStatus(demo, zaak.url, st(LIFECYCLE.statustypeDeelAfgerond), "2025-03-10T16:00:00Z"))).toMatchObject({ status: 400, params: ["archiefactiedatum-error@nonFieldErrors"] });
  });

  it("[OZ] open deelzaken block closing (deelzaken-not-closed); a deelzaak deriving from its hoofdzaak gets its archiving when the hoofdzaak closes", async () => {
    const hoofd = await createZaak(mock, origin);
    const deel = await deelzaak(hoofd.url);
    await postResultaat(demo, hoofd.url, st(LIFECYCLE.resultaattypeAfgehandeld));
    expect(await refusal(postStatus(demo, hoofd.url, st(LIFECYCLE.statustypeHoofdAfgerond), "2025-03-10T16:00:00Z"))).toMatchObject({ status: 400, params: ["deelzaken-not-closed@nonFieldErrors"] });
    await postResultaat(demo, deel.url, st(LIFECYCLE.resultaattypeDeelHoofdzaak));
    await postStatus(demo, deel.url, st(LIFECYCLE.statustypeDeelAfgerond), "2025-03-05T16:00:00Z");
    expect(await readZaak(mock, deel.uuid)).toMatchObject({ einddatum: "2025-03-05", archiefactiedatum: null });
    await postStatus(demo, hoofd.url, st(LIFECYCLE.statustypeHoofdAfgerond), "2025-03-10T16:00:00Z");
    expect(await readZaak(mock, deel.uuid)).toMatchObject({ startdatumBewaartermijn: "2025-03-10", archiefactiedatum: "2030-03-10" });
  });

  it("zrc-007: documents of the zaak must be unlocked (informatieobject-locked) and have indicatieGebruiksrecht set (indicatiegebruiksrecht-unset)", async () => {
    const zaak = await createZaak(mock, origin);
    await postResultaat(demo, zaak.url, st(LIFECYCLE.resultaattypeAfgehandeld));
    const document = { url: "/documenten/api/v1/enkelvoudiginformatieobjecten/00000000-0000-4000-8000-000000007800", informatieobjecttype: SEED.informatieobjecttypeAanvraag, locked: false, indicatieGebruiksrecht: null, status: "definitief" };
    const zio = { url: "/zaken/api/v1/zaakinformatieobjecten/00000000-0000-4000-8000-000000007801", zaak: zaak.url.slice(origin.length), informatieobject: document.url };
    mock.seed({ documenten: { "/enkelvoudiginformatieobjecten": [document] }, zaken: { "/zaakinformatieobjecten": [zio] } });
    const eind = () => postStatus(demo, zaak.url, st(LIFECYCLE.statustypeHoofdAfgerond), "2025-03-10T16:00:00Z");
    expect(await refusal(eind())).toMatchObject({ status: 400, params: ["indicatiegebruiksrecht-unset@nonFieldErrors"] });
    mock.seed({ documenten: { "/enkelvoudiginformatieobjecten": [{ ...document, locked: true, indicatieGebruiksrecht: false }] } });
    expect(await refusal(eind())).toMatchObject({ status: 400, params: ["informatieobject-locked@nonFieldErrors"] });
    mock.seed({ documenten: { "/enkelvoudiginformatieobjecten": [{ ...document, indicatieGebruiksrecht: false }] } });
    await eind();
    expect((await readZaak(mock, zaak.uuid)).einddatum).toBe("2025-03-10");
  });
});

describe("reopening (zrc-008) and closed-zaak protection (zgw-rules 4.4)", () => {
  it("zrc-008: without zaken.heropenen no status on a closed zaak (403); with it a non-eind status clears einddatum and the archiving fields", async () => {
    const zaak = await closed();
    const denied = await refusal(postStatus(zakenAs(mock, "bijwerken"), zaak.url, st(LIFECYCLE.statustypeHoofdBehandeling), "2025-03-11T09:00:00Z"));
    expect(denied).toMatchObject({ status: 403, code: "permission_denied", detail: "Reopening a closed case with current scope is forbidden" });
    await postStatus(zakenAs(mock, "geforceerd"), zaak.url, st(LIFECYCLE.statustypeHoofdBehandeling), "2025-03-11T09:00:00Z");
    expect(await readZaak(mock, zaak.uuid)).toMatchObject({ einddatum: null, archiefnominatie: null, archiefactiedatum: null, startdatumBewaartermijn: null });
  });

  it("[OZ] reopening a deelzaak whose hoofdzaak is closed is hoofdzaak-closed", async () => {
    const hoofd = await createZaak(mock, origin);
    const deel = await deelzaak(hoofd.url);
    await postResultaat(demo, deel.url, st(LIFECYCLE.resultaattypeDeelHoofdzaak));
    await postStatus(demo, deel.url, st(LIFECYCLE.statustypeDeelAfgerond), "2025-03-05T16:00:00Z");
    await postResultaat(demo, hoofd.url, st(LIFECYCLE.resultaattypeAfgehandeld));
    await postStatus(demo, hoofd.url, st(LIFECYCLE.statustypeHoofdAfgerond), "2025-03-10T16:00:00Z");
    expect(await refusal(postStatus(demo, deel.url, st(LIFECYCLE.statustypeDeelOntvangen), "2025-03-11T09:00:00Z"))).toMatchObject({ status: 400, params: ["hoofdzaak-closed@nonFieldErrors"] });
  });

  it("zrc-007/4.4: a closed zaak changes only with zaken.geforceerd-bijwerken (or heeftAlleAutorisaties), else 403", async () => {
    const zaak = await closed();
    const update = (who: Parameters<typeof zakenAs>[1]) => zakenAs(mock, who).PATCH("/zaken/{uuid}", { params: { path: { uuid: zaak.uuid } }, body: { omschrijving: `door ${who}` } as never, throwOnError: true });
    expect(await refusal(update("bijwerken"))).toMatchObject({ status: 403, code: "permission_denied", detail: "Modifying a closed case with current scope is forbidden" });
    expect((await update("geforceerd")).data?.omschrijving).toBe("door geforceerd");
    expect((await update("demo")).data?.omschrijving).toBe("door demo");
  });

  it("4.4: sub-resources of a closed zaak (rol, resultaat, zaakobject) answer 403 ZaakClosed without geforceerd-bijwerken", async () => {
    const zaak = await closed();
    const client = zakenAs(mock, "bijwerken");
    const rolBody = { zaak: zaak.url, roltype: st(LIFECYCLE.roltypeBehandelaar), betrokkeneType: "medewerker", roltoelichting: "b", betrokkeneIdentificatie: { identificatie: "m1" } };
    const rol = await refusal(client.POST("/rollen", { body: rolBody as never, throwOnError: true }));
    expect(rol).toMatchObject({ status: 403, code: "permission_denied", detail: "You are not allowed to modify closed zaak data." });
    expect(rol.type).toMatch(/\/ref\/fouten\/ZaakClosed\/$/);
    const { data } = await demo.GET("/resultaten", { params: { query: { zaak: zaak.url } }, throwOnError: true });
    const resultaat = data?.results?.[0]?.uuid ?? "";
    expect(await refusal(client.DELETE("/resultaten/{uuid}", { params: { path: { uuid: resultaat } }, throwOnError: true }))).toMatchObject({ status: 403 });
    const object = { zaak: zaak.url, objectType: "overige", objectTypeOverige: "boom", objectIdentificatie: { overigeData: {} } };
    expect(await refusal(client.POST("/zaakobjecten", { body: object as never, throwOnError: true }))).toMatchObject({ status: 403 });
    const forced = await zakenAs(mock, "geforceerd").POST("/rollen", { body: rolBody as never, throwOnError: true });
    expect(forced.response.status).toBe(201);
  });

  it("4.3 step 6: deleting the resultaat of a closed zaak (forced) clears archiefactiedatum and startdatumBewaartermijn", async () => {
    const zaak = await closed();
    const { data } = await demo.GET("/resultaten", { params: { query: { zaak: zaak.url } }, throwOnError: true });
    await demo.DELETE("/resultaten/{uuid}", { params: { path: { uuid: data?.results?.[0]?.uuid ?? "" } }, throwOnError: true });
    expect(await readZaak(mock, zaak.uuid)).toMatchObject({ resultaat: null, archiefactiedatum: null, startdatumBewaartermijn: null, einddatum: "2025-03-10" });
  });
});

describe("the SDK workflows against the mock", () => {
  it("startZaak then closeZaak: einddatum set, archiving derived, notifications for zaak, status, rol and resultaat with the zaak's kenmerken (4.14)", async () => {
    const started = await startZaak(demo, {
      zaak: { bronorganisatie: SEED.rsin, verantwoordelijkeOrganisatie: SEED.rsin, zaaktype: st(LIFECYCLE.zaaktypeHoofd), startdatum: "2025-03-01" },
      status: { statustype: st(LIFECYCLE.statustypeHoofdOntvangen), datumStatusGezet: "2025-03-01T09:00:00Z" },
      initiator: { roltype: st(LIFECYCLE.roltypeInitiator), betrokkeneType: "natuurlijk_persoon", betrokkeneIdentificatie: { inpBsn: SEED.bsnJansen } },
    });
    expect(started.rol?.omschrijvingGeneriek).toBe("initiator");
    const zaakUrl = String(started.zaak.url);
    const { status } = await closeZaak(demo, zaakUrl, { resultaattype: st(LIFECYCLE.resultaattypeAfgehandeld), eindstatustype: st(LIFECYCLE.statustypeHoofdAfgerond), datum: "2025-03-20T10:00:00Z" });
    expect(status.indicatieLaatstGezetteStatus).toBe(true);
    const zaak = await readZaak(mock, String(started.zaak.uuid));
    expect(zaak).toMatchObject({ einddatum: "2025-03-20", status: status.url, archiefnominatie: "vernietigen", archiefactiedatum: "2035-03-20" });
    const sent = mock.notifications.filter((n) => n.message.hoofdObject === zaakUrl).map((n) => `${n.message.resource}:${n.message.actie}`);
    expect(sent).toEqual(["zaak:create", "status:create", "rol:create", "resultaat:create", "status:create"]);
    const kenmerken = mock.notifications.filter((n) => n.message.hoofdObject === zaakUrl).map((n) => n.message.kenmerken);
    for (const k of kenmerken) expect(k).toEqual({ bronorganisatie: SEED.rsin, zaaktype: st(LIFECYCLE.zaaktypeHoofd), "zaaktype.catalogus": st(SEED.catalogus), vertrouwelijkheidaanduiding: "openbaar" });
  });
});
