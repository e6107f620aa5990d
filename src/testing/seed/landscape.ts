/** Seed: autorisaties (applicaties), notificaties (kanalen), BRP persons and their BAG addresses. */
import type { MockRecord } from "../engine/store.js";
import { SEED, seedUuid } from "./ids.js";

/** Applicaties: the demo client with every authorisation, and a restricted one. */
export const autorisatiesSeed: Record<string, MockRecord[]> = {
  "/applicaties": [
    { url: `/autorisaties/api/v1/applicaties/${seedUuid(500)}`, clientIds: [SEED.demoClientId], label: "Demo-applicatie", heeftAlleAutorisaties: true, autorisaties: [] },
    {
      url: `/autorisaties/api/v1/applicaties/${seedUuid(501)}`,
      clientIds: [SEED.restrictedClientId],
      label: "Beperkte applicatie (parkeervergunningen)",
      heeftAlleAutorisaties: false,
      autorisaties: [
        { component: "zrc", componentWeergave: "Zaken API", scopes: ["zaken.lezen", "zaken.aanmaken"], zaaktype: SEED.zaaktypeParkeren2023, maxVertrouwelijkheidaanduiding: "zaakvertrouwelijk" },
        { component: "ztc", componentWeergave: "Catalogi API", scopes: ["catalogi.lezen"] },
      ],
    },
  ],
};

const KANALEN: readonly [string, string[]][] = [
  ["zaken", ["bronorganisatie", "zaaktype", "zaaktype.catalogus", "vertrouwelijkheidaanduiding"]],
  ["documenten", ["bronorganisatie", "informatieobjecttype", "vertrouwelijkheidaanduiding", "informatieobjecttype.catalogus"]],
  ["besluiten", ["verantwoordelijkeOrganisatie", "besluittype", "besluittype.catalogus"]],
  ["zaaktypen", ["catalogus"]],
  ["informatieobjecttypen", ["catalogus"]],
  ["besluittypen", ["catalogus"]],
  ["autorisaties", []],
];

/** One kanaal per ZGW API; no abonnementen. */
export const notificatiesSeed: Record<string, MockRecord[]> = {
  "/kanaal": KANALEN.map(([naam, filters], i) => ({ url: `/notificaties/api/v1/kanaal/${seedUuid(600 + i)}`, naam, documentatieLink: "", filters })),
  "/abonnement": [],
};

const ADDRESSES = [
  { id: "0599200000219679", straat: "Coolsingel", huisnummer: 40, postcode: "3011AD", vbo: "0599010000208579", pand: "0599100000678324", bsn: SEED.bsnJansen, voornamen: "Robin", geslachtsnaam: "Jansen", geboortedatum: "1983-05-26" },
  { id: "0599200000219680", straat: "Blaak", huisnummer: 8, postcode: "3011TA", vbo: "0599010000208580", pand: "0599100000678325", bsn: SEED.bsnDeVries, voornamen: "Sanne", geslachtsnaam: "Vries", geboortedatum: "1991-11-02" },
];

const BAG = "/lvbag/individuelebevragingen/v2";

/** BAG adressen (HAL), keyed by nummeraanduidingIdentificatie. */
export const bagSeed: Record<string, MockRecord[]> = {
  "/adressen": ADDRESSES.map((a) => ({
    $id: a.id,
    openbareRuimteNaam: a.straat,
    korteNaam: a.straat,
    huisnummer: a.huisnummer,
    postcode: a.postcode,
    woonplaatsNaam: "Rotterdam",
    nummeraanduidingIdentificatie: a.id,
    openbareRuimteIdentificatie: "0599300000000001",
    woonplaatsIdentificatie: "3086",
    adresseerbaarObjectIdentificatie: a.vbo,
    pandIdentificaties: [a.pand],
    adresregel5: `${a.straat} ${a.huisnummer}`,
    adresregel6: `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)} ROTTERDAM`,
    _links: {
      self: { href: `${BAG}/adressen/${a.id}` },
      nummeraanduiding: { href: `${BAG}/nummeraanduidingen/${a.id}` },
    },
  })),
};

/** BRP persons (fictional test BSNs) living at those addresses. */
export const brpSeed: Record<string, MockRecord[]> = {
  "/personen": ADDRESSES.map((a) => ({
    $id: a.bsn,
    burgerservicenummer: a.bsn,
    geslacht: { code: a.voornamen === "Robin" ? "M" : "V", omschrijving: a.voornamen === "Robin" ? "man" : "vrouw" },
    naam: { voornamen: a.voornamen, geslachtsnaam: a.geslachtsnaam, voorvoegsel: a.geslachtsnaam === "Vries" ? "de" : undefined, volledigeNaam: `${a.voornamen} ${a.geslachtsnaam === "Vries" ? "de " : ""}${a.geslachtsnaam}` },
    geboorte: { datum: { type: "Datum", datum: a.geboortedatum, langFormaat: a.geboortedatum } },
    adressering: { adresregel1: `${a.straat} ${a.huisnummer}`, adresregel2: `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)} ROTTERDAM` },
    verblijfplaats: {
      type: "Adres",
      adresseerbaarObjectIdentificatie: a.vbo,
      nummeraanduidingIdentificatie: a.id,
      verblijfadres: { officieleStraatnaam: a.straat, korteStraatnaam: a.straat, huisnummer: a.huisnummer, postcode: a.postcode, woonplaats: "Rotterdam" },
    },
    gemeenteVanInschrijving: { code: "0599", omschrijving: "Rotterdam" },
  })),
};
