/** Resultaat (zgw-rules 4.5), rollen (4.6), zaakobjecten (4.7) and their notifications (4.14) over real HTTP. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MockCommonGround } from "../../../src/testing/index.js";
import { LIFECYCLE, SEED, type ZakenClient, abs, createZaak, postResultaat, readZaak, refusal, startMock, zakenAs } from "./zaken-fixture.js";

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
const postRol = (body: Record<string, unknown>) => demo.POST("/rollen", { body: body as never, throwOnError: true });
const postObject = (body: Record<string, unknown>) => demo.POST("/zaakobjecten", { body: body as never, throwOnError: true });

describe("resultaat (zgw-rules 4.5)", () => {
  it("zrc-020: the resultaattype must be of the zaak's zaaktype (zaaktype-mismatch); one resultaat per zaak (unique @zaak); resultaattype immutable", async () => {
    const zaak = await createZaak(mock, origin);
    expect(await refusal(postResultaat(demo, zaak.url, st(LIFECYCLE.resultaattypeDeelHoofdzaak)))).toMatchObject({ status: 400, params: ["zaaktype-mismatch@nonFieldErrors"] });
    const first = (await demo.POST("/resultaten", { body: { zaak: zaak.url, resultaattype: st(LIFECYCLE.resultaattypeAfgehandeld) } as never, throwOnError: true })).data;
    expect((await readZaak(mock, zaak.uuid)).resultaat).toBe(first?.url);
    expect(await refusal(postResultaat(demo, zaak.url, st(LIFECYCLE.resultaattypeTermijn)))).toMatchObject({ status: 400, params: ["unique@zaak"] });
    const change = demo.PATCH("/resultaten/{uuid}", { params: { path: { uuid: String(first?.uuid) } }, body: { resultaattype: st(LIFECYCLE.resultaattypeTermijn) } as never, throwOnError: true });
    expect(await refusal(change)).toMatchObject({ status: 400, params: ["wijzigen-niet-toegelaten@resultaattype"] });
    const toelichting = await demo.PATCH("/resultaten/{uuid}", { params: { path: { uuid: String(first?.uuid) } }, body: { toelichting: "Verleend na advies" } as never, throwOnError: true });
    expect(toelichting.data?.toelichting).toBe("Verleend na advies");
  });
});

describe("rollen (zgw-rules 4.6)", () => {
  it("stores betrokkeneIdentificatie in the shape of its betrokkeneType, copies omschrijving(Generiek) from the roltype, lists the rol on the zaak", async () => {
    const zaak = await createZaak(mock, origin);
    const persoon = (await postRol({ zaak: zaak.url, roltype: st(LIFECYCLE.roltypeInitiator), betrokkeneType: "natuurlijk_persoon", roltoelichting: "Aanvrager", betrokkeneIdentificatie: { inpBsn: SEED.bsnJansen, geslachtsnaam: "Jansen" } })).data;
    expect(persoon).toMatchObject({ betrokkeneType: "natuurlijk_persoon", omschrijving: "Aanvrager", omschrijvingGeneriek: "initiator", betrokkeneIdentificatie: { inpBsn: SEED.bsnJansen, geslachtsnaam: "Jansen" } });
    expect(persoon?.url).toMatch(/\/zaken\/api\/v1\/rollen\/[0-9a-f-]{36}$/);
    const medewerker = (await postRol({ zaak: zaak.url, roltype: st(LIFECYCLE.roltypeBehandelaar), betrokkeneType: "medewerker", roltoelichting: "Behandelaar", betrokkeneIdentificatie: { identificatie: "m.devries", achternaam: "Vries" } })).data;
    expect(medewerker?.betrokkeneIdentificatie).toEqual({ identificatie: "m.devries", achternaam: "Vries" });
    expect((await readZaak(mock, zaak.uuid)).rollen).toEqual([persoon?.url, medewerker?.url]);
    const tooLong = await refusal(postRol({ zaak: zaak.url, roltype: st(LIFECYCLE.roltypeBehandelaar), betrokkeneType: "medewerker", roltoelichting: "x", betrokkeneIdentificatie: { identificatie: "x".repeat(255) } }));
    expect(tooLong).toMatchObject({ status: 400, params: ["max_length@betrokkeneIdentificatie.identificatie"] });
  });

  it("zrc-019 and [OZ]: no betrokkene (invalid-betrokkene), roltype of another zaaktype (zaaktype-mismatch), a second initiator (max-occurences @roltype)", async () => {
    const zaak = await createZaak(mock, origin);
    const none = await refusal(postRol({ zaak: zaak.url, roltype: st(LIFECYCLE.roltypeDeelAdviseur), betrokkeneType: "medewerker", roltoelichting: "x" }));
    expect(none).toMatchObject({ status: 400, params: ["invalid-betrokkene@nonFieldErrors", "zaaktype-mismatch@nonFieldErrors"] });
    const initiator = { zaak: zaak.url, roltype: st(LIFECYCLE.roltypeInitiator), betrokkeneType: "natuurlijk_persoon", roltoelichting: "Aanvrager", betrokkeneIdentificatie: { inpBsn: SEED.bsnJansen } };
    await postRol(initiator);
    expect(await refusal(postRol({ ...initiator, betrokkeneIdentificatie: { inpBsn: SEED.bsnDeVries } }))).toMatchObject({ status: 400, params: ["max-occurences@roltype"] });
  });

  it("1.1: PATCH on a rol is 405 method_not_allowed, even without a token", async () => {
    const zaak = await createZaak(mock, origin);
    const rol = (await postRol({ zaak: zaak.url, roltype: st(LIFECYCLE.roltypeBehandelaar), betrokkeneType: "medewerker", roltoelichting: "b", betrokkeneIdentificatie: { identificatie: "m1" } })).data;
    const response = await fetch(String(rol?.url), { method: "PATCH", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ code: "method_not_allowed" });
  });

  it("4.14: rol create and destroy notify on kanaal zaken with the zaak as hoofdObject and its kenmerken; the zaak forgets the deleted rol", async () => {
    const zaak = await createZaak(mock, origin);
    const rol = (await postRol({ zaak: zaak.url, roltype: st(LIFECYCLE.roltypeBehandelaar), betrokkeneType: "organisatorische_eenheid", roltoelichting: "b", betrokkeneIdentificatie: { identificatie: "OE-1", naam: "Vergunningen" } })).data;
    await demo.DELETE("/rollen/{uuid}", { params: { path: { uuid: String(rol?.uuid) } }, throwOnError: true });
    expect((await readZaak(mock, zaak.uuid)).rollen).toEqual([]);
    const messages = mock.notifications.map((n) => n.message).filter((m) => m.resource === "rol" && m.hoofdObject === zaak.url);
    expect(messages).toEqual([
      expect.objectContaining({ kanaal: "zaken", actie: "create", hoofdObject: zaak.url, resourceUrl: rol?.url, kenmerken: expect.objectContaining({ zaaktype: st(LIFECYCLE.zaaktypeHoofd), bronorganisatie: SEED.rsin }) }),
      expect.objectContaining({ kanaal: "zaken", actie: "destroy", hoofdObject: zaak.url, resourceUrl: rol?.url }),
    ]);
  });
});

describe("zaakobjecten (zgw-rules 4.7)", () => {
  it("needs object or objectIdentificatie (invalid-zaakobject); overige needs objectTypeOverige (missing-object-type-overige), other types may not have it (invalid-object-type-overige-usage)", async () => {
    const zaak = await createZaak(mock, origin);
    expect(await refusal(postObject({ zaak: zaak.url, objectType: "pand" }))).toMatchObject({ status: 400, params: ["invalid-zaakobject@nonFieldErrors"] });
    expect(await refusal(postObject({ zaak: zaak.url, objectType: "overige", objectIdentificatie: { overigeData: { a: 1 } } }))).toMatchObject({ status: 400, params: ["missing-object-type-overige@nonFieldErrors"] });
    expect(await refusal(postObject({ zaak: zaak.url, objectType: "pand", objectTypeOverige: "boom", objectIdentificatie: { identificatie: "0599100000678324" } }))).toMatchObject({ status: 400, params: ["invalid-object-type-overige-usage@nonFieldErrors"] });
  });

  it("stores objectIdentificatie in the shape of its objectType, lists it on the zaak; zaak, object and objectType are immutable", async () => {
    const zaak = await createZaak(mock, origin);
    const pand = (await postObject({ zaak: zaak.url, objectType: "pand", objectIdentificatie: { identificatie: "0599100000678324" }, relatieomschrijving: "Het pand" })).data;
    expect(pand).toMatchObject({ objectType: "pand", objectIdentificatie: { identificatie: "0599100000678324" } });
    expect((await readZaak(mock, zaak.uuid)).zaakobjecten).toEqual([pand?.url]);
    const change = demo.PATCH("/zaakobjecten/{uuid}", { params: { path: { uuid: String(pand?.uuid) } }, body: { objectType: "adres" } as never, throwOnError: true });
    expect(await refusal(change)).toMatchObject({ status: 400, params: ["wijzigen-niet-toegelaten@objectType"] });
    const ok = await demo.PATCH("/zaakobjecten/{uuid}", { params: { path: { uuid: String(pand?.uuid) } }, body: { relatieomschrijving: "Ander pand" } as never, throwOnError: true });
    expect(ok.data?.relatieomschrijving).toBe("Ander pand");
  });
});
