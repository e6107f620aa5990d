import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MockCommonGround, SEED, SELECTIELIJST } from "../../../src/testing/index.js";
import { catalogiOf, refusal, startMock, zaaktypeBody } from "./catalogi-helpers.js";

let mock: MockCommonGround;
let origin: string;
let zaaktype: string;
beforeAll(async () => {
  ({ mock, origin } = await startMock());
});
afterAll(() => mock.close());
beforeEach(async () => {
  mock.reset();
  const created = await catalogiOf(mock).POST("/zaaktypen", { body: zaaktypeBody(origin, "RT-TEST", { selectielijstProcestype: at(SELECTIELIJST.procestypeToestemming) }) as never, throwOnError: true });
  zaaktype = created.data?.url ?? "";
});

const at = (path: string): string => `${origin}${path}`;

function resultaattype(klasse: string, bron: Record<string, unknown> | null, extra: Record<string, unknown> = {}) {
  const body = { zaaktype, omschrijving: `R ${Math.random()}`, resultaattypeomschrijving: at(SELECTIELIJST.omschrijvingVerleend), selectielijstklasse: at(klasse), brondatumArchiefprocedure: bron, ...extra };
  return catalogiOf(mock).POST("/resultaattypen", { body: body as never, throwOnError: true });
}

describe("the built-in Referentielijsten/selectielijst API", () => {
  it("serves procestypen (array, jaar filter), resultaten (pages, procesType filter) and details without authentication, read-only", async () => {
    const base = mock.baseUrls.referentielijsten;
    const procestypen = (await (await fetch(`${base}/procestypen?jaar=2020`)).json()) as { url: string; nummer: number; naam: string; procesobject: string }[];
    expect(procestypen.map((p) => [p.nummer, p.naam])).toEqual([[11, "Toestemming verlenen"], [15, "Onderhouden en repareren"]]);
    expect(procestypen[0]?.url).toBe(at(SELECTIELIJST.procestypeToestemming));
    const page = (await (await fetch(`${base}/resultaten?procesType=${encodeURIComponent(at(SELECTIELIJST.procestypeOnderhoud))}`)).json()) as { count: number; results: { volledigNummer: string; procesType: string }[] };
    expect(page.count).toBe(2);
    expect(page.results.map((r) => r.volledigNummer)).toEqual(["15.1", "15.2"]);
    const detail = (await (await fetch(at(SELECTIELIJST.resultaatVerleend))).json()) as Record<string, unknown>;
    expect(detail).toMatchObject({ url: at(SELECTIELIJST.resultaatVerleend), procesType: at(SELECTIELIJST.procestypeToestemming), volledigNummer: "11.1", waardering: "vernietigen", procestermijn: "nihil", procestermijnWeergave: "Nihil", bewaartermijn: "P1Y" });
    expect((await fetch(`${base}/resultaten/00000000-0000-4000-8000-000000000999`)).status).toBe(404);
    expect((await fetch(`${base}/resultaten`, { method: "POST", body: "{}" })).status).toBe(405);
  });

  it("the seed's resultaattypen use selectielijstklassen of their zaaktype's procestype", async () => {
    const c = catalogiOf(mock);
    const all = (await c.GET("/resultaattypen", { params: { query: { status: "alles" } }, throwOnError: true })).data?.results ?? [];
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const r of all.filter((x) => x.zaaktype !== zaaktype)) {
      const zt = (await c.GET("/zaaktypen/{uuid}", { params: { path: { uuid: r.zaaktype.split("/").pop() ?? "" } }, throwOnError: true })).data;
      expect(zt?.selectielijstProcestype).toMatch(/\/referentielijsten\/api\/v1\/procestypen\//);
      const klasse = (await (await fetch(r.selectielijstklasse)).json()) as { procesType: string };
      expect(klasse.procesType).toBe(zt?.selectielijstProcestype);
    }
  });
});

describe("Resultaattype archiving rules (zgw-rules 3.6)", () => {
  it("ztc-002: the selectielijstklasse must belong to the zaaktype's procestype (procestype-mismatch); a URL of another kind is invalid-resource", async () => {
    expect(await refusal(resultaattype(SELECTIELIJST.resultaatUitgevoerd, { afleidingswijze: "afgehandeld" }))).toEqual({ status: 400, params: ["procestype-mismatch @nonFieldErrors"] });
    expect(await refusal(resultaattype(SELECTIELIJST.procestypeToestemming, { afleidingswijze: "afgehandeld" }))).toEqual({ status: 400, params: ["invalid-resource @selectielijstklasse"] });
  });

  it("ztc-002 defaults: archiefnominatie and archiefactietermijn from the selectielijst, omschrijvingGeneriek from the resultaattypeomschrijving; blijvend_bewaren without afleidingswijze becomes afgehandeld", async () => {
    const created = (await resultaattype(SELECTIELIJST.resultaatVerleend, { afleidingswijze: "afgehandeld" })).data;
    expect(created).toMatchObject({ archiefnominatie: "vernietigen", archiefactietermijn: "P1Y", omschrijvingGeneriek: "Verleend", catalogus: at(SEED.catalogus), zaaktypeIdentificatie: "RT-TEST" });
    expect(created?.brondatumArchiefprocedure).toEqual({ afleidingswijze: "afgehandeld", datumkenmerk: "", einddatumBekend: false, objecttype: "", registratie: "", procestermijn: null });
    const blijvend = (await resultaattype(SELECTIELIJST.resultaatVerleendBlijvend, null)).data;
    expect(blijvend).toMatchObject({ archiefnominatie: "blijvend_bewaren", brondatumArchiefprocedure: { afleidingswijze: "afgehandeld" } });
    expect(await refusal(resultaattype(SELECTIELIJST.resultaatVerleend, null))).toEqual({ status: 400, params: ["required @brondatumArchiefprocedure"] });
  });

  it("ztc-003: afleidingswijze against the procestermijn (invalid-afleidingswijze-for-procestermijn)", async () => {
    const code = "invalid-afleidingswijze-for-procestermijn @nonFieldErrors";
    expect(await refusal(resultaattype(SELECTIELIJST.resultaatVerleend, { afleidingswijze: "vervaldatum_besluit" }))).toEqual({ status: 400, params: [code] });
    expect(await refusal(resultaattype(SELECTIELIJST.resultaatIngetrokken, { afleidingswijze: "vervaldatum_besluit" }))).toEqual({ status: 400, params: [code] });
    expect(await refusal(resultaattype(SELECTIELIJST.resultaatVerleendBestaansduur, { afleidingswijze: "afgehandeld" }))).toEqual({ status: 400, params: [code] });
    expect((await resultaattype(SELECTIELIJST.resultaatVerleendBestaansduur, { afleidingswijze: "vervaldatum_besluit" })).response.status).toBe(201);
    expect((await resultaattype(SELECTIELIJST.resultaatIngetrokken, { afleidingswijze: "termijn", procestermijn: "P5Y" })).response.status).toBe(201);
    expect((await resultaattype(SELECTIELIJST.resultaatVerleendBlijvend, { afleidingswijze: "hoofdzaak" })).response.status).toBe(201);
  });

  it("ztc-004…008: sub-fields required or forbidden per afleidingswijze (required / must-be-empty @brondatumArchiefprocedure.<field>)", async () => {
    const k = SELECTIELIJST.resultaatVerleendBlijvend; // empty procestermijn: every afleidingswijze allowed
    const p = (f: string, code: string) => `${code} @brondatumArchiefprocedure.${f}`;
    expect(await refusal(resultaattype(k, { afleidingswijze: "ander_datumkenmerk" }))).toEqual({ status: 400, params: [p("datumkenmerk", "required"), p("objecttype", "required"), p("registratie", "required")] });
    expect(await refusal(resultaattype(k, { afleidingswijze: "afgehandeld", datumkenmerk: "x", einddatumBekend: true }))).toEqual({ status: 400, params: [p("datumkenmerk", "must-be-empty"), p("einddatumBekend", "must-be-empty")] });
    expect(await refusal(resultaattype(k, { afleidingswijze: "termijn", objecttype: "pand" }))).toEqual({ status: 400, params: [p("objecttype", "must-be-empty"), p("procestermijn", "required")] });
    expect(await refusal(resultaattype(k, { afleidingswijze: "zaakobject", datumkenmerk: "d", registratie: "BAG" }))).toEqual({ status: 400, params: [p("registratie", "must-be-empty"), p("objecttype", "required")] });
    expect(await refusal(resultaattype(k, { afleidingswijze: "eigenschap", procestermijn: "P1Y" }))).toEqual({ status: 400, params: [p("procestermijn", "must-be-empty"), p("datumkenmerk", "required")] });
    const ok = await resultaattype(k, { afleidingswijze: "ander_datumkenmerk", datumkenmerk: "vervaldatum", objecttype: "pand", registratie: "BAG" });
    expect(ok.response.status).toBe(201);
  });

  it("3.6: omschrijving is unique within the zaaktype (unique @nonFieldErrors); combined with other object-level errors", async () => {
    await resultaattype(SELECTIELIJST.resultaatVerleend, { afleidingswijze: "afgehandeld" }, { omschrijving: "Dubbel" });
    expect(await refusal(resultaattype(SELECTIELIJST.resultaatUitgevoerd, { afleidingswijze: "afgehandeld" }, { omschrijving: "Dubbel" }))).toEqual({
      status: 400,
      params: ["procestype-mismatch @nonFieldErrors", "unique @nonFieldErrors"],
    });
  });
});
