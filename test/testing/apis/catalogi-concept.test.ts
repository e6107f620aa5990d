import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findBesluittype, findInformatieobjecttype, findZaaktype } from "../../../src/apis/catalogi/index.js";
import { type MockCommonGround, SEED, SELECTIELIJST, seedPart } from "../../../src/testing/index.js";
import { BEHEER, GEFORCEERD, catalogiOf, refusal, startMock, uuidOf, zaaktypeBody } from "./catalogi-helpers.js";

let mock: MockCommonGround;
let origin: string;
beforeAll(async () => {
  ({ mock, origin } = await startMock());
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const at = (path: string): string => `${origin}${path}`;
const E = <T>(value: T): T => value;

describe("Catalogi concept life cycle (zgw-rules 3.1)", () => {
  it("ztc-012: publishing a zaaktype needs 2 statustypen, a roltype, resultaattypen with selectielijstklasse, and published besluittypen (concept-relation)", async () => {
    const beheer = catalogiOf(mock, BEHEER);
    const besluittype = (await beheer.POST("/besluittypen", { body: E({ catalogus: at(SEED.catalogus), omschrijving: "Nieuw besluit", publicatieIndicatie: false, informatieobjecttypen: [], beginGeldigheid: "2026-01-01" }) as never, throwOnError: true })).data as { url: string; concept: boolean };
    expect(besluittype.concept).toBe(true);
    const zt = (await beheer.POST("/zaaktypen", { body: zaaktypeBody(origin, "NIEUW-1", { besluittypen: [besluittype.url], selectielijstProcestype: at(SELECTIELIJST.procestypeToestemming) }) as never, throwOnError: true })).data as { url: string; concept: boolean };
    expect(zt.concept).toBe(true);
    const publish = () => beheer.POST("/zaaktypen/{uuid}/publish", { params: { path: { uuid: uuidOf(zt.url) } }, throwOnError: true });
    expect(await refusal(publish())).toEqual({ status: 400, params: ["concept-relation @nonFieldErrors", "concept-relation @resultaattypen", "concept-relation @roltypen", "concept-relation @statustypen"] });

    for (const volgnummer of [1, 2]) await beheer.POST("/statustypen", { body: E({ zaaktype: zt.url, omschrijving: `Stap ${volgnummer}`, volgnummer }) as never, throwOnError: true });
    await beheer.POST("/roltypen", { body: E({ zaaktype: zt.url, omschrijving: "Initiator", omschrijvingGeneriek: "initiator" }) as never, throwOnError: true });
    await beheer.POST("/resultaattypen", {
      body: E({ zaaktype: zt.url, omschrijving: "Verleend", resultaattypeomschrijving: at(SELECTIELIJST.omschrijvingVerleend), selectielijstklasse: at(SELECTIELIJST.resultaatVerleend), brondatumArchiefprocedure: { afleidingswijze: "afgehandeld" } }) as never,
      throwOnError: true,
    });
    expect(await refusal(publish())).toEqual({ status: 400, params: ["concept-relation @nonFieldErrors"] });
    await beheer.POST("/besluittypen/{uuid}/publish", { params: { path: { uuid: uuidOf(besluittype.url) } }, throwOnError: true });
    const done = await publish();
    expect(done.response.status).toBe(200);
    expect(done.data).toMatchObject({ url: zt.url, concept: false });
    // The read-only mirrors followed the sub-object creates; the highest volgnummer is the eindstatus.
    expect((done.data as { statustypen: string[]; roltypen: string[] }).statustypen).toHaveLength(2);
    const statustypen = (await beheer.GET("/statustypen", { params: { query: { zaaktype: zt.url } }, throwOnError: true })).data?.results ?? [];
    expect(statustypen.map((s) => [s.volgnummer, s.isEindstatus])).toEqual([[1, false], [2, true]]);
  });

  it("ztc-009: a published type refuses PUT, PATCH beyond eindeGeldigheid and DELETE (non-concept-object); forced scopes and heeftAlleAutorisaties may correct", async () => {
    const beheer = catalogiOf(mock, BEHEER);
    const uuid = uuidOf(SEED.zaaktypeParkeren2025);
    const patch = (client: ReturnType<typeof catalogiOf>, body: object) => client.PATCH("/zaaktypen/{uuid}", { params: { path: { uuid } }, body: body as never, throwOnError: true });
    expect(await refusal(patch(beheer, { omschrijving: "Anders" }))).toEqual({ status: 400, params: ["non-concept-object @nonFieldErrors"] });
    expect(await refusal(patch(beheer, { eindeGeldigheid: "2026-12-31", toelichting: "x" }))).toEqual({ status: 400, params: ["non-concept-object @nonFieldErrors"] });
    const current = (await beheer.GET("/zaaktypen/{uuid}", { params: { path: { uuid } }, throwOnError: true })).data;
    expect(await refusal(beheer.PUT("/zaaktypen/{uuid}", { params: { path: { uuid } }, body: zaaktypeBody(origin, SEED.parkerenIdentificatie) as never, throwOnError: true }))).toEqual({ status: 400, params: ["non-concept-object @nonFieldErrors"] });
    expect(current?.concept).toBe(false);
    const einde = await patch(beheer, { eindeGeldigheid: "2026-12-31" });
    expect(einde.data?.eindeGeldigheid).toBe("2026-12-31");
    expect(await refusal(beheer.DELETE("/zaaktypen/{uuid}", { params: { path: { uuid } }, throwOnError: true }))).toEqual({ status: 400, params: ["non-concept-object @nonFieldErrors"] });
    expect(await refusal(beheer.DELETE("/besluittypen/{uuid}", { params: { path: { uuid: uuidOf(SEED.besluittypeVergunning) } }, throwOnError: true }))).toEqual({ status: 400, params: ["non-concept-object @nonFieldErrors"] });
    expect(await refusal(beheer.PATCH("/informatieobjecttypen/{uuid}", { params: { path: { uuid: uuidOf(SEED.informatieobjecttypeAanvraag) } }, body: { omschrijving: "X" } as never, throwOnError: true }))).toEqual({ status: 400, params: ["non-concept-object @nonFieldErrors"] });
    expect((await patch(catalogiOf(mock, GEFORCEERD), { toelichting: "gecorrigeerd" })).data?.toelichting).toBe("gecorrigeerd");
    expect((await patch(catalogiOf(mock), { toelichting: "door demo-app" })).data?.toelichting).toBe("door demo-app");
    // A free-form PATCH cannot flip the read-only concept flag.
    const concept = await catalogiOf(mock).PATCH("/zaaktypen/{uuid}", { params: { path: { uuid: uuidOf(SEED.zaaktypeMeldingConcept) } }, body: { concept: false } as never, throwOnError: true });
    expect(concept.data?.concept).toBe(true);
  });

  it("ztc-010: sub-objects of a published zaaktype cannot be created, changed or deleted (non-concept-zaaktype); ZIOT only when both sides are published (non-concept-relation)", async () => {
    const beheer = catalogiOf(mock, BEHEER);
    const zaaktype = at(SEED.zaaktypeParkeren2025);
    expect(await refusal(beheer.POST("/statustypen", { body: E({ zaaktype, omschrijving: "Extra", volgnummer: 4 }) as never, throwOnError: true }))).toEqual({ status: 400, params: ["non-concept-zaaktype @nonFieldErrors"] });
    expect(await refusal(beheer.PATCH("/statustypen/{uuid}", { params: { path: { uuid: uuidOf(seedPart("statustypen", 11, 0)) } }, body: { omschrijving: "Binnen" }, throwOnError: true }))).toEqual({ status: 400, params: ["non-concept-zaaktype @nonFieldErrors"] });
    expect(await refusal(beheer.DELETE("/roltypen/{uuid}", { params: { path: { uuid: uuidOf(seedPart("roltypen", 11, 1)) } }, throwOnError: true }))).toEqual({ status: 400, params: ["non-concept-zaaktype @nonFieldErrors"] });
    const ziot = { zaaktype, informatieobjecttype: at(SEED.informatieobjecttypeBesluit), volgnummer: 2, richting: "uitgaand" };
    expect(await refusal(beheer.POST("/zaaktype-informatieobjecttypen", { body: ziot as never, throwOnError: true }))).toEqual({ status: 400, params: ["non-concept-relation @nonFieldErrors"] });
    const onConcept = await beheer.POST("/zaaktype-informatieobjecttypen", { body: { ...ziot, zaaktype: at(SEED.zaaktypeMeldingConcept) } as never, throwOnError: true });
    expect(onConcept.response.status).toBe(201);
    expect(onConcept.data?.catalogus).toBe(at(SEED.catalogus));
    const forced = await catalogiOf(mock, GEFORCEERD).POST("/statustypen", { body: E({ zaaktype, omschrijving: "Extra", volgnummer: 4 }) as never, throwOnError: true });
    expect(forced.data).toMatchObject({ zaaktype, isEindstatus: true, catalogus: at(SEED.catalogus), zaaktypeIdentificatie: SEED.parkerenIdentificatie });
  });

  it("[OZ] M2M concept rules: a concept zaaktype or besluittype may not be linked to published types without forced scopes (non-concept-relation)", async () => {
    const beheer = catalogiOf(mock, BEHEER);
    const body = zaaktypeBody(origin, "NIEUW-2", { besluittypen: [at(SEED.besluittypeVergunning)] });
    expect(await refusal(beheer.POST("/zaaktypen", { body: body as never, throwOnError: true }))).toEqual({ status: 400, params: ["non-concept-relation @nonFieldErrors"] });
    const besluittype = { catalogus: at(SEED.catalogus), omschrijving: "Nog een besluit", publicatieIndicatie: false, informatieobjecttypen: [at(SEED.informatieobjecttypeBesluit)], beginGeldigheid: "2026-01-01" };
    expect(await refusal(beheer.POST("/besluittypen", { body: besluittype as never, throwOnError: true }))).toEqual({ status: 400, params: ["non-concept-relation @nonFieldErrors"] });
    const forced = await catalogiOf(mock, GEFORCEERD).POST("/zaaktypen", { body: body as never, throwOnError: true });
    expect(forced.response.status).toBe(201);
    // besluittype.zaaktypen mirrors zaaktype.besluittypen.
    const bt = (await beheer.GET("/besluittypen/{uuid}", { params: { path: { uuid: uuidOf(SEED.besluittypeVergunning) } }, throwOnError: true })).data;
    expect(bt?.zaaktypen).toContain(forced.data?.url);
  });
});

describe("Catalogi versions and validity (zgw-rules 3.2)", () => {
  it("ztc-016: publishing an overlapping version is refused (overlap @beginGeldigheid); ending the old one first makes room; a PATCH of eindeGeldigheid names @eindeGeldigheid", async () => {
    const beheer = catalogiOf(mock, BEHEER);
    const created = await beheer.POST("/informatieobjecttypen", {
      body: E({ catalogus: at(SEED.catalogus), omschrijving: "Aanvraagformulier", vertrouwelijkheidaanduiding: "openbaar", beginGeldigheid: "2026-01-01", informatieobjectcategorie: "Aanvraag", zaaktypeIdentificaties: [] }) as never,
      throwOnError: true,
    });
    const nieuw = uuidOf(created.data?.url ?? "");
    const publish = () => beheer.POST("/informatieobjecttypen/{uuid}/publish", { params: { path: { uuid: nieuw } }, throwOnError: true });
    expect(await refusal(publish())).toEqual({ status: 400, params: ["overlap @beginGeldigheid"] });
    const oud = uuidOf(SEED.informatieobjecttypeAanvraag);
    const endOld = (eindeGeldigheid: string) => beheer.PATCH("/informatieobjecttypen/{uuid}", { params: { path: { uuid: oud } }, body: { eindeGeldigheid } as never, throwOnError: true });
    await endOld("2025-12-31");
    expect((await publish()).data).toMatchObject({ concept: false, beginGeldigheid: "2026-01-01" });
    expect(await refusal(endOld("2026-06-30"))).toEqual({ status: 400, params: ["overlap @eindeGeldigheid"] });
    // [OZ] counts an einde equal to the new begin as no overlap (einde must be later than the begin).
    expect((await endOld("2026-01-01")).response.status).toBe(200);

    // datumGeldigheid is inclusive of the end day; findInformatieobjecttype picks the version of the day.
    await endOld("2025-12-31");
    const on = async (d: string) => ((await beheer.GET("/informatieobjecttypen", { params: { query: { omschrijving: "Aanvraagformulier", datumGeldigheid: d } }, throwOnError: true })).data?.results ?? []).map((r) => uuidOf(r.url));
    expect(await on("2025-12-31")).toEqual([oud]);
    expect(await on("2026-01-01")).toEqual([nieuw]);
    expect(uuidOf((await findInformatieobjecttype(beheer, { omschrijving: "Aanvraagformulier", validOn: "2025-12-31" })).url)).toBe(oud);
    expect(uuidOf((await findInformatieobjecttype(beheer, { omschrijving: "Aanvraagformulier", validOn: "2026-01-01" })).url)).toBe(nieuw);
  });

  it("lists only published types by default; status=concept|alles; datumGeldigheid with an inclusive end day; sub-objects follow their zaaktype", async () => {
    const c = catalogiOf(mock, BEHEER);
    const zaaktypen = async (query: Record<string, string>) => ((await c.GET("/zaaktypen", { params: { query: query as never }, throwOnError: true })).data?.results ?? []).map((r) => r.url).sort();
    expect(await zaaktypen({})).toEqual([at(SEED.zaaktypeParkeren2023), at(SEED.zaaktypeParkeren2025)]);
    expect(await zaaktypen({ status: "concept" })).toEqual([at(SEED.zaaktypeMeldingConcept)]);
    expect(await zaaktypen({ status: "alles" })).toHaveLength(3);
    expect(await zaaktypen({ identificatie: SEED.parkerenIdentificatie, datumGeldigheid: "2024-12-31" })).toEqual([at(SEED.zaaktypeParkeren2023)]);
    expect(await zaaktypen({ identificatie: SEED.parkerenIdentificatie, datumGeldigheid: "2025-01-01" })).toEqual([at(SEED.zaaktypeParkeren2025)]);
    expect(await zaaktypen({ datumGeldigheid: "2022-12-31" })).toEqual([]);
    const statustypen = async (status?: string) => (await c.GET("/statustypen", { params: { query: { zaaktype: at(SEED.zaaktypeMeldingConcept), ...(status ? { status: status as never } : {}) } }, throwOnError: true })).data?.count;
    expect(await statustypen()).toBe(0);
    expect(await statustypen("alles")).toBe(3);
    const ziots = (await c.GET("/zaaktype-informatieobjecttypen", { throwOnError: true })).data?.results ?? [];
    expect(ziots.map((z) => z.zaaktype)).not.toContain(at(SEED.zaaktypeMeldingConcept));
    expect(await refusal(c.GET("/zaaktypen", { params: { query: { status: "geen" as never } }, throwOnError: true }))).toEqual({ status: 400, params: ["invalid_choice @status"] });
  });

  it("date-mismatch: a sub-object whose eindeGeldigheid is before its beginGeldigheid", async () => {
    const body = { zaaktype: at(SEED.zaaktypeMeldingConcept), omschrijving: "Kort", volgnummer: 9, beginGeldigheid: "2026-02-01", eindeGeldigheid: "2026-01-01" };
    expect(await refusal(catalogiOf(mock).POST("/statustypen", { body: body as never, throwOnError: true }))).toEqual({ status: 400, params: ["date-mismatch @nonFieldErrors"] });
  });

  it("the SDK workflows find the version of the day and leave concepts out unless asked", async () => {
    const c = catalogiOf(mock, BEHEER);
    expect((await findZaaktype(c, { identificatie: SEED.parkerenIdentificatie, validOn: "2024-12-31" })).url).toBe(at(SEED.zaaktypeParkeren2023));
    expect((await findZaaktype(c, { identificatie: SEED.parkerenIdentificatie, validOn: "2025-01-01", catalogus: at(SEED.catalogus) })).url).toBe(at(SEED.zaaktypeParkeren2025));
    await expect(findZaaktype(c, { identificatie: SEED.meldingIdentificatie, validOn: "2025-06-01" })).rejects.toMatchObject({ name: "CatalogusLookupError", reason: "none" });
    expect((await findZaaktype(c, { identificatie: SEED.meldingIdentificatie, validOn: "2025-06-01", includeConcepts: true })).concept).toBe(true);
    await expect(findZaaktype(c, { identificatie: SEED.parkerenIdentificatie, validOn: "2022-06-01" })).rejects.toMatchObject({ name: "CatalogusLookupError" });
    expect((await findBesluittype(c, { omschrijving: "Vergunningsbesluit", validOn: "2025-03-01" })).url).toBe(at(SEED.besluittypeVergunning));
  });
});

describe("Catalogi relations, fields and deletion (zgw-rules 3.3–3.9)", () => {
  it("ztc-013: related types must be in the same catalogus (relations-incorrect-catalogus); a statustype of another zaaktype (relations-incorrect-zaaktype)", async () => {
    const demo = catalogiOf(mock);
    const other = (await demo.POST("/catalogussen", { body: E({ domein: "ANDER", rsin: "000000000", contactpersoonBeheerNaam: "Iemand" }) as never, throwOnError: true })).data as { url: string };
    const bt = (await demo.POST("/besluittypen", { body: E({ catalogus: other.url, omschrijving: "Elders", publicatieIndicatie: false, informatieobjecttypen: [], beginGeldigheid: "2026-01-01" }) as never, throwOnError: true })).data as { url: string };
    const ztElders = (await demo.POST("/zaaktypen", { body: zaaktypeBody(origin, "ELDERS", { catalogus: other.url }) as never, throwOnError: true })).data as { url: string };
    const body = zaaktypeBody(origin, "HIER", { besluittypen: [bt.url], deelzaaktypen: [ztElders.url] });
    expect(await refusal(demo.POST("/zaaktypen", { body: body as never, throwOnError: true }))).toEqual({ status: 400, params: ["relations-incorrect-catalogus @deelzaaktypen", "relations-incorrect-catalogus @nonFieldErrors"] });
    const ziot = { zaaktype: ztElders.url, informatieobjecttype: at(SEED.informatieobjecttypeBesluit), volgnummer: 1, richting: "inkomend" };
    expect(await refusal(demo.POST("/zaaktype-informatieobjecttypen", { body: ziot as never, throwOnError: true }))).toEqual({ status: 400, params: ["relations-incorrect-catalogus @nonFieldErrors"] });
    const wrongStatus = { zaaktype: at(SEED.zaaktypeMeldingConcept), informatieobjecttype: at(SEED.informatieobjecttypeBesluit), volgnummer: 2, richting: "inkomend", statustype: at(seedPart("statustypen", 11, 0)) };
    expect(await refusal(demo.POST("/zaaktype-informatieobjecttypen", { body: wrongStatus as never, throwOnError: true }))).toEqual({ status: 400, params: ["relations-incorrect-zaaktype @nonFieldErrors"] });
  });

  it("zaaktype field rules (verlenging-mismatch, invalid-bronzaaktype-for-broncatalogus, empty-duration) and ZIOT uniqueness (unique)", async () => {
    const demo = catalogiOf(mock);
    const body = zaaktypeBody(origin, "VELDEN", { verlengingMogelijk: true, broncatalogus: { url: at(SEED.catalogus), domein: "DEMO", rsin: SEED.rsin }, servicenorm: "P0D" });
    expect(await refusal(demo.POST("/zaaktypen", { body: body as never, throwOnError: true }))).toEqual({
      status: 400,
      params: ["empty-duration @servicenorm", "invalid-bronzaaktype-for-broncatalogus @nonFieldErrors", "verlenging-mismatch @nonFieldErrors"],
    });
    const dup = { zaaktype: at(SEED.zaaktypeMeldingConcept), informatieobjecttype: at(SEED.informatieobjecttypeBesluit), volgnummer: 1, richting: "inkomend" };
    expect(await refusal(demo.POST("/zaaktype-informatieobjecttypen", { body: dup as never, throwOnError: true }))).toEqual({ status: 400, params: ["unique @nonFieldErrors"] });
  });

  it("3.9: deleting a concept zaaktype deletes its sub-objects; a type that zaken still use cannot be deleted, even forced", async () => {
    const demo = catalogiOf(mock);
    const statustype = uuidOf(seedPart("statustypen", 12, 0));
    expect((await demo.DELETE("/zaaktypen/{uuid}", { params: { path: { uuid: uuidOf(SEED.zaaktypeMeldingConcept) } }, throwOnError: true })).response.status).toBe(204);
    expect((await demo.GET("/statustypen/{uuid}", { params: { path: { uuid: statustype } } })).response.status).toBe(404);
    const forced = catalogiOf(mock, GEFORCEERD);
    expect(await refusal(forced.DELETE("/zaaktypen/{uuid}", { params: { path: { uuid: uuidOf(SEED.zaaktypeParkeren2025) } }, throwOnError: true }))).toEqual({ status: 400, params: ["protected @nonFieldErrors"] });
    expect(await refusal(forced.DELETE("/statustypen/{uuid}", { params: { path: { uuid: uuidOf(seedPart("statustypen", 11, 0)) } }, throwOnError: true }))).toEqual({ status: 400, params: ["protected @nonFieldErrors"] });
    // Not used by any zaak: the forced scope may delete the published 2023 version.
    expect((await forced.DELETE("/zaaktypen/{uuid}", { params: { path: { uuid: uuidOf(SEED.zaaktypeParkeren2023) } }, throwOnError: true })).response.status).toBe(204);
  });
});
