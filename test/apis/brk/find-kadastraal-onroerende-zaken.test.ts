import { describe, expect, expectTypeOf, it } from "vitest";
import type { ReadableBody } from "../../../src/client/client-types.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { ValidationError } from "../../../src/errors/validation-error.js";
import { createBrkClient, findKadastraalOnroerendeZaken, type Schemas } from "../../../src/generated/brk/index.js";
import { answer, expectOne, featureJson, useMsw } from "../wire.js";

const BASE = "https://api.brk.kadaster.nl/esd-eto-apikey/bevragen/v2";
const PATH = "/esd-eto-apikey/bevragen/v2/kadastraalonroerendezaken";
useMsw();
const brk = createBrkClient({ baseUrl: BASE, headers: { "X-Api-Key": "test-key" } });
const HAL = { type: "application/hal+json" };

describe("findKadastraalOnroerendeZaken", () => {
  it("by kadastrale aanduiding including the zaken uit splitsing (gesplitst-zakelijk-recht.feature)", async () => {
    const marker = "/kadastraalonroerendezaken?fields=identificatie,kadastraleAanduiding,type,gesplitstZakelijkRecht&kadastraleAanduiding=Groningen+P+1399";
    const body = featureJson("brk", "gesplitst-zakelijk-recht.feature", marker);
    const seen = answer("get", `${BASE}/kadastraalonroerendezaken`, body, HAL);
    const { kadastraalOnroerendeZaken } = await findKadastraalOnroerendeZaken(brk, {
      kadastraleAanduiding: "Groningen P 1399",
      inclusiefKadastraalOnroerendeZakenUitSplitsing: true,
      fields: ["identificatie", "kadastraleAanduiding", "type", "gesplitstZakelijkRecht"],
    });
    const request = expectOne(seen, { method: "GET", path: PATH, headers: { "Accept-Crs": "epsg:28992", "X-Api-Key": "test-key" } });
    expect(Object.fromEntries(request.url.searchParams)).toEqual({
      kadastraleAanduiding: "Groningen P 1399",
      inclusiefKadastraalOnroerendeZakenUitSplitsing: "true",
      fields: "identificatie,kadastraleAanduiding,type,gesplitstZakelijkRecht",
    });
    expectTypeOf(kadastraalOnroerendeZaken).toEqualTypeOf<ReadableBody<Schemas["KadastraalOnroerendeZaakHal"]>[]>();
    expect(kadastraalOnroerendeZaken.map((z) => [z.identificatie, z.kadastraleAanduiding])).toEqual([
      ["59020139970000", "Groningen P 1399"],
      ["59020140010001", "Groningen P 1400 A1"],
      ["59020140010002", "Groningen P 1400 A2"],
    ]);
  });

  it("by address: postcode normalised, expand with a property path (feature's zakelijkGerechtigden.persoon.omschrijving)", async () => {
    const seen = answer("get", `${BASE}/kadastraalonroerendezaken`, { _links: { self: { href: "/kadastraalonroerendezaken" } }, _embedded: {} }, HAL);
    const { kadastraalOnroerendeZaken } = await findKadastraalOnroerendeZaken(brk, { postcode: "7371 db", huisnummer: 29, expand: ["zakelijkGerechtigden.persoon.omschrijving"] });
    expect(kadastraalOnroerendeZaken).toEqual([]);
    expectOne(seen, { method: "GET", path: PATH, search: "?postcode=7371DB&huisnummer=29&expand=zakelijkGerechtigden.persoon.omschrijving", headers: { "Accept-Crs": "epsg:28992" } });
  });

  it("by nummeraanduidingIdentificatie and by Kadaster persoon (persoon__identificatie)", async () => {
    const seen = answer("get", `${BASE}/kadastraalonroerendezaken`, { _embedded: {} }, HAL);
    await findKadastraalOnroerendeZaken(brk, { nummeraanduidingIdentificatie: "0957200000021241", acceptCrs: false });
    await findKadastraalOnroerendeZaken(brk, { persoonIdentificatie: "30493367" });
    expect(seen.map((s) => s.url.search)).toEqual(["?nummeraanduidingIdentificatie=0957200000021241", "?persoon__identificatie=30493367"]);
    expect(seen[0]?.headers.has("Accept-Crs")).toBe(false);
  });

  it("refuses bad input before sending", async () => {
    const seen = answer("get", `${BASE}/kadastraalonroerendezaken`, {});
    await expect(findKadastraalOnroerendeZaken(brk, {} as never)).rejects.toSatisfy(isConfigError);
    await expect(findKadastraalOnroerendeZaken(brk, { postcode: "7371DB", kadastraleAanduiding: "Groningen P 1399" } as never)).rejects.toSatisfy(isConfigError);
    await expect(findKadastraalOnroerendeZaken(brk, { postcode: "7371DB", expand: ["hypotheken" as never] })).rejects.toSatisfy(isConfigError);
    const error = await findKadastraalOnroerendeZaken(brk, { postcode: "07371DB", huisnummer: 100000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => [i.code, i.path[0]])).toEqual([["pattern", "postcode"], ["maximum", "huisnummer"]]);
    const aanduiding = await findKadastraalOnroerendeZaken(brk, { kadastraleAanduiding: "Groningen 1399" }).catch((e: unknown) => e);
    expect((aanduiding as ValidationError).issues.map((i) => i.code)).toEqual(["pattern"]);
    expect(seen).toHaveLength(0);
  });
});
