/** Zaak create/update rules (zgw-rules 4.1), delete cascade (4.12), ordering (1.6) and `_zoek` (4.13) over real HTTP. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MockCommonGround } from "../../../src/testing/index.js";
import { LIFECYCLE, SEED, abs, createZaak, postResultaat, postStatus, readZaak, refusal, startMock, zaakBody, zakenAs } from "./zaken-fixture.js";

let mock: MockCommonGround;
let origin: string;

beforeAll(async () => {
  ({ mock, origin } = await startMock());
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const patch = (uuid: string, body: Record<string, unknown>, who: Parameters<typeof zakenAs>[1] = "demo") =>
  zakenAs(mock, who).PATCH("/zaken/{uuid}", { params: { path: { uuid } }, body: body as never, throwOnError: true });

describe("zaak create and update (zgw-rules 4.1)", () => {
  it("zrc-001/zrc-002: zaaktype and identificatie are immutable (wijzigen-niet-toegelaten); the same value is accepted", async () => {
    const zaak = await createZaak(mock, origin);
    expect(await refusal(patch(zaak.uuid, { zaaktype: abs(origin, LIFECYCLE.zaaktypeDeel) }))).toMatchObject({ status: 400, params: ["wijzigen-niet-toegelaten@zaaktype"] });
    expect(await refusal(patch(zaak.uuid, { identificatie: "ANDERS-1" }))).toMatchObject({ status: 400, params: ["wijzigen-niet-toegelaten@identificatie"] });
    const same = await patch(zaak.uuid, { zaaktype: abs(origin, LIFECYCLE.zaaktypeHoofd), omschrijving: "Nieuw" });
    expect(same.data?.omschrijving).toBe("Nieuw");
  });

  it("[OZ] create derives einddatumGepland (servicenorm) and uiterlijkeEinddatumAfdoening (doorlooptijd); opschorting is always nested, verlenging null (zrc-012)", async () => {
    const zaak = await readZaak(mock, (await createZaak(mock, origin)).uuid);
    expect(zaak.einddatumGepland).toBe("2025-04-12");
    expect(zaak.uiterlijkeEinddatumAfdoening).toBe("2025-04-26");
    expect(zaak.opschorting).toEqual({ indicatie: false, reden: "" });
    expect(zaak.verlenging).toBeNull();
    const { uuid } = await createZaak(mock, origin, { opschorting: { indicatie: true, reden: "Wacht op gegevens" }, verlenging: { reden: "Complex", duur: "P2W" } });
    const stored = await readZaak(mock, uuid);
    expect(stored.opschorting).toEqual({ indicatie: true, reden: "Wacht op gegevens" });
    expect(stored.verlenging).toEqual({ reden: "Complex", duur: "P2W" });
    const incomplete = zakenAs(mock).POST("/zaken", { body: zaakBody(origin, { verlenging: { reden: "zonder duur" } }) as never, throwOnError: true });
    expect(await refusal(incomplete)).toMatchObject({ status: 400, params: ["required@verlenging.duur"] });
  });

  it("zrc-013: deelzaak of a deelzaak (deelzaak-als-hoofdzaak), self (self-forbidden), zaaktype not a deelzaaktype (invalid-deelzaaktype); deelzaken listed on the hoofdzaak", async () => {
    const hoofd = await createZaak(mock, origin);
    const deel = await createZaak(mock, origin, { zaaktype: abs(origin, LIFECYCLE.zaaktypeDeel), hoofdzaak: hoofd.url });
    expect((await readZaak(mock, hoofd.uuid)).deelzaken).toEqual([deel.url]);
    const nested = await refusal(zakenAs(mock).POST("/zaken", { body: zaakBody(origin, { zaaktype: abs(origin, LIFECYCLE.zaaktypeDeel), hoofdzaak: deel.url }) as never, throwOnError: true }));
    expect(nested).toMatchObject({ status: 400, code: "invalid", params: ["deelzaak-als-hoofdzaak@hoofdzaak"] });
    const wrongType = await refusal(zakenAs(mock).POST("/zaken", { body: zaakBody(origin, { hoofdzaak: hoofd.url }) as never, throwOnError: true }));
    expect(wrongType).toMatchObject({ status: 400, params: ["invalid-deelzaaktype@hoofdzaak"] });
    expect(await refusal(patch(hoofd.uuid, { hoofdzaak: hoofd.url }))).toMatchObject({ status: 400, params: ["self-forbidden@hoofdzaak"] });
  });

  it("zrc-014: betalingsindicatie nvt with a laatsteBetaaldatum is betaling-nvt; a future laatsteBetaaldatum is future_not_allowed; nvt clears the date", async () => {
    const bad = await refusal(zakenAs(mock).POST("/zaken", { body: zaakBody(origin, { betalingsindicatie: "nvt", laatsteBetaaldatum: "2025-03-02T10:00:00Z" }) as never, throwOnError: true }));
    expect(bad).toMatchObject({ status: 400, params: ["betaling-nvt@laatsteBetaaldatum"] });
    const future = await refusal(zakenAs(mock).POST("/zaken", { body: zaakBody(origin, { betalingsindicatie: "geheel", laatsteBetaaldatum: "2999-01-01T10:00:00Z" }) as never, throwOnError: true }));
    expect(future).toMatchObject({ status: 400, params: ["future_not_allowed@laatsteBetaaldatum"] });
    const { uuid } = await createZaak(mock, origin, { betalingsindicatie: "geheel", laatsteBetaaldatum: "2025-03-02T10:00:00Z" });
    const cleared = await patch(uuid, { betalingsindicatie: "nvt" });
    expect(cleared.data?.laatsteBetaaldatum).toBeNull();
  });

  it("zrc-015: productenOfDiensten outside the zaaktype's list is invalid-products-services", async () => {
    const bad = await refusal(zakenAs(mock).POST("/zaken", { body: zaakBody(origin, { productenOfDiensten: ["https://producten.demodam.nl/api/v1/producten/iets-anders"] }) as never, throwOnError: true }));
    expect(bad).toMatchObject({ status: 400, params: ["invalid-products-services@productenOfDiensten"] });
    const ok = await createZaak(mock, origin, { productenOfDiensten: [LIFECYCLE.product] });
    expect((await readZaak(mock, ok.uuid)).productenOfDiensten).toEqual([LIFECYCLE.product]);
  });

  it("zrc-011: relevanteAndereZaken urls must be zaken (invalid-resource, unknown-service, does_not_exist per index)", async () => {
    const other = await createZaak(mock, origin);
    const bad = await refusal(
      zakenAs(mock).POST("/zaken", {
        body: zaakBody(origin, {
          relevanteAndereZaken: [
            { url: other.url, aardRelatie: "vervolg" },
            { url: abs(origin, LIFECYCLE.zaaktypeHoofd), aardRelatie: "onderwerp" },
            { url: "https://elders.example.org/zaken/api/v1/zaken/1", aardRelatie: "bijdrage" },
          ],
        }) as never,
        throwOnError: true,
      }),
    );
    expect(bad).toMatchObject({ status: 400, params: ["invalid-resource@relevanteAndereZaken.1.url", "unknown-service@relevanteAndereZaken.2.url"] });
    const ok = await createZaak(mock, origin, { relevanteAndereZaken: [{ url: other.url, aardRelatie: "vervolg" }] });
    expect((await readZaak(mock, ok.uuid)).relevanteAndereZaken).toEqual([{ url: other.url, aardRelatie: "vervolg" }]);
  });

  it("zrc-010: a communicatiekanaal URL of the mock that is no communicatiekanaal is invalid-resource", async () => {
    const bad = await refusal(zakenAs(mock).POST("/zaken", { body: zaakBody(origin, { communicatiekanaal: abs(origin, LIFECYCLE.zaaktypeHoofd) }) as never, throwOnError: true }));
    expect(bad).toMatchObject({ status: 400, params: ["invalid-resource@communicatiekanaal"] });
  });

  it("zrc-022: archiefstatus other than nog_te_archiveren needs archiefnominatie and archiefactiedatum", async () => {
    const { uuid } = await createZaak(mock, origin);
    const bad = await refusal(patch(uuid, { archiefstatus: "gearchiveerd" }));
    expect(bad).toMatchObject({ status: 400, params: ["archiefnominatie-not-set@archiefnominatie", "archiefactiedatum-not-set@archiefactiedatum"] });
    const ok = await patch(uuid, { archiefstatus: "gearchiveerd", archiefnominatie: "vernietigen", archiefactiedatum: "2035-01-01" });
    expect(ok.data?.archiefstatus).toBe("gearchiveerd");
    const rol = await refusal(
      zakenAs(mock).POST("/rollen", {
        body: { zaak: abs(origin, `/zaken/api/v1/zaken/${uuid}`), roltype: abs(origin, LIFECYCLE.roltypeBehandelaar), betrokkeneType: "medewerker", roltoelichting: "x", betrokkeneIdentificatie: { identificatie: "m1" } } as never,
        throwOnError: true,
      }),
    );
    expect(rol).toMatchObject({ status: 400, params: ["zaak-archiefstatus-invalid@nonFieldErrors"] });
  });
});

describe("deleting a zaak (zgw-rules 4.12, zrc-023)", () => {
  it("cascades to statussen, resultaat, rollen, zaakobjecten and deelzaken; the hoofdzaak forgets a deleted deelzaak", async () => {
    const client = zakenAs(mock);
    const hoofd = await createZaak(mock, origin);
    const deel = await createZaak(mock, origin, { zaaktype: abs(origin, LIFECYCLE.zaaktypeDeel), hoofdzaak: hoofd.url });
    const deel2 = await createZaak(mock, origin, { zaaktype: abs(origin, LIFECYCLE.zaaktypeDeel), hoofdzaak: hoofd.url });
    await postStatus(client, hoofd.url, abs(origin, LIFECYCLE.statustypeHoofdOntvangen), "2025-03-01T10:00:00Z");
    await postResultaat(client, hoofd.url, abs(origin, LIFECYCLE.resultaattypeAfgehandeld));
    await postStatus(client, deel.url, abs(origin, LIFECYCLE.statustypeDeelOntvangen), "2025-03-01T10:00:00Z");
    await client.POST("/zaakobjecten", { body: { zaak: hoofd.url, objectType: "overige", objectTypeOverige: "boom", objectIdentificatie: { overigeData: { soort: "eik" } } } as never, throwOnError: true });
    await client.DELETE("/zaken/{uuid}", { params: { path: { uuid: deel2.uuid } }, throwOnError: true });
    expect((await readZaak(mock, hoofd.uuid)).deelzaken).toEqual([deel.url]);
    await client.DELETE("/zaken/{uuid}", { params: { path: { uuid: hoofd.uuid } }, throwOnError: true });
    const gone = await client.GET("/zaken/{uuid}", { params: { path: { uuid: deel.uuid } } });
    expect(gone.response.status).toBe(404);
    for (const path of ["/statussen", "/resultaten", "/zaakobjecten"] as const) {
      const { data } = await client.GET(path, { throwOnError: true });
      expect((data as { results: { zaak: string }[] }).results.filter((r) => r.zaak === hoofd.url || r.zaak === deel.url)).toEqual([]);
    }
  });

  it("[OZ] a zaak with besluiten is not deleted: 400 related-besluiten", async () => {
    const zaak = await createZaak(mock, origin);
    mock.seed({ besluiten: { "/besluiten": [{ url: "/besluiten/api/v1/besluiten/00000000-0000-4000-8000-000000007900", zaak: zaak.url.slice(origin.length), besluittype: SEED.besluittypeVergunning }] } });
    expect(await refusal(zakenAs(mock).DELETE("/zaken/{uuid}", { params: { path: { uuid: zaak.uuid } }, throwOnError: true }))).toMatchObject({ status: 400, params: ["related-besluiten@nonFieldErrors"] });
  });
});

describe("ordering and search (zgw-rules 1.6, 4.13)", () => {
  it("orders the zaken list on the allowed fields, descending with '-'; another field is 400 invalid_choice @ordering", async () => {
    await createZaak(mock, origin, { startdatum: "2025-01-05", identificatie: "ORD-B" });
    await createZaak(mock, origin, { startdatum: "2025-05-05", identificatie: "ORD-A" });
    const { data } = await zakenAs(mock).GET("/zaken", { params: { query: { ordering: ["-startdatum"] } }, throwOnError: true });
    const starts = (data?.results ?? []).map((z) => z.startdatum);
    expect(starts).toEqual([...starts].sort().reverse());
    const asc = await zakenAs(mock).GET("/zaken", { params: { query: { ordering: ["identificatie", "-startdatum"] } }, throwOnError: true });
    const ids = (asc.data?.results ?? []).map((z) => z.identificatie ?? "");
    expect(ids[0]).toBe("ORD-A");
    expect(ids).toEqual([...ids].sort());
    expect(await refusal(zakenAs(mock).GET("/zaken", { params: { query: { ordering: ["omschrijving" as "startdatum"] } }, throwOnError: true }))).toMatchObject({ status: 400, params: ["invalid_choice@ordering"] });
  });

  it("POST /zaken/_zoek filters on zaaktype__in and uuid__in arrays; an empty body is 400 empty_search_body", async () => {
    const a = await createZaak(mock, origin);
    const b = await createZaak(mock, origin);
    const search = (body: Record<string, unknown>) => zakenAs(mock).POST("/zaken/_zoek", { body: body as never, throwOnError: true });
    const byType = await search({ zaaktype__in: [abs(origin, LIFECYCLE.zaaktypeHoofd)] });
    expect((byType.data?.results ?? []).map((z) => z.url).sort()).toEqual([a.url, b.url].sort());
    const byUuid = await search({ uuid__in: [b.uuid] });
    expect((byUuid.data?.results ?? []).map((z) => z.url)).toEqual([b.url]);
    expect(await refusal(search({}))).toMatchObject({ status: 400, params: ["empty_search_body@nonFieldErrors"] });
  });
});
