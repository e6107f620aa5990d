/**
 * Seed of the Haal Centraal APIs: BAG addresses in Rotterdam (nummeraanduidingen, openbare ruimten, the
 * woonplaats), the BRP persons living there (fictional test BSNs from the BRP test data), a kadastraal
 * onroerende zaak and a WOZ-object with waarden per address. One table of addresses drives them all.
 */
import type { MockRecord } from "../engine/store.js";
import { SEED } from "./ids.js";

const BAG = "/lvbag/individuelebevragingen/v2";
const BRK = "/brk/bevragen/v2";
const WOZ = "/woz/api/v1";
const WOONPLAATS = { id: "3086", naam: "Rotterdam" };
const GEMEENTE = { code: "0599", omschrijving: "Rotterdam" };

interface SeedAddress {
  readonly id: string;
  readonly straat: string;
  readonly openbareRuimte: string;
  readonly huisnummer: number;
  readonly huisletter?: string;
  readonly toevoeging?: string;
  readonly postcode: string;
  readonly vbo: string;
  readonly pand: string;
  readonly perceel: string;
  readonly wozObject: string;
  readonly waarde: number;
}

/** The seeded addresses (BAG nummeraanduidingIdentificatie, verblijfsobject, pand; BRK perceel; WOZ-objectnummer). */
export const SEED_ADDRESSES: readonly SeedAddress[] = [
  { id: "0599200000219679", straat: "Coolsingel", openbareRuimte: "0599300000000001", huisnummer: 40, postcode: "3011AD", vbo: "0599010000208579", pand: "0599100000678324", perceel: "59920000010001", wozObject: "059900000001", waarde: 412000 },
  { id: "0599200000219680", straat: "Blaak", openbareRuimte: "0599300000000002", huisnummer: 8, postcode: "3011TA", vbo: "0599010000208580", pand: "0599100000678325", perceel: "59920000010002", wozObject: "059900000002", waarde: 389000 },
  { id: "0599200000219681", straat: "Blaak", openbareRuimte: "0599300000000002", huisnummer: 8, huisletter: "A", postcode: "3011TA", vbo: "0599010000208581", pand: "0599100000678325", perceel: "59920000010003", wozObject: "059900000003", waarde: 301000 },
  { id: "0599200000219682", straat: "Witte de Withstraat", openbareRuimte: "0599300000000003", huisnummer: 12, toevoeging: "bis", postcode: "3012BM", vbo: "0599010000208582", pand: "0599100000678326", perceel: "59920000010004", wozObject: "059900000004", waarde: 275000 },
];

const byId = (id: string): SeedAddress => {
  const found = SEED_ADDRESSES.find((a) => a.id === id);
  if (!found) throw new Error(`no seed address ${id}`);
  return found;
};

const postcodeRegel = (a: SeedAddress): string => `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)} ${WOONPLAATS.naam.toUpperCase()}`;
const straatRegel = (a: SeedAddress): string => `${a.straat} ${a.huisnummer}${a.huisletter ?? ""}${a.toevoeging ? ` ${a.toevoeging}` : ""}`;
const optional = (a: SeedAddress): Record<string, unknown> => ({ ...(a.huisletter ? { huisletter: a.huisletter } : {}), ...(a.toevoeging ? { huisnummertoevoeging: a.toevoeging } : {}) });

/** BAG (HAL): adressen, nummeraanduidingen, openbare ruimten and the woonplaats (with a small geometry). */
export const bagSeed: Record<string, MockRecord[]> = {
  "/adressen": SEED_ADDRESSES.map((a) => ({
    $id: a.id,
    openbareRuimteNaam: a.straat,
    korteNaam: a.straat,
    huisnummer: a.huisnummer,
    ...optional(a),
    postcode: a.postcode,
    woonplaatsNaam: WOONPLAATS.naam,
    nummeraanduidingIdentificatie: a.id,
    openbareRuimteIdentificatie: a.openbareRuimte,
    woonplaatsIdentificatie: WOONPLAATS.id,
    adresseerbaarObjectIdentificatie: a.vbo,
    pandIdentificaties: [a.pand],
    adresregel5: straatRegel(a),
    adresregel6: postcodeRegel(a),
    _links: {
      self: { href: `${BAG}/adressen/${a.id}` },
      openbareRuimte: { href: `${BAG}/openbareruimten/${a.openbareRuimte}` },
      nummeraanduiding: { href: `${BAG}/nummeraanduidingen/${a.id}` },
      woonplaats: { href: `${BAG}/woonplaatsen/${WOONPLAATS.id}` },
      adresseerbaarObject: { href: `${BAG}/adresseerbareobjecten/${a.vbo}` },
      panden: [{ href: `${BAG}/panden/${a.pand}` }],
    },
  })),
  "/nummeraanduidingen": SEED_ADDRESSES.map((a) => ({
    $id: a.id,
    nummeraanduiding: {
      identificatie: a.id,
      domein: "NL.IMBAG.Nummeraanduiding",
      huisnummer: a.huisnummer,
      ...optional(a),
      postcode: a.postcode,
      typeAdresseerbaarObject: "Verblijfsobject",
      status: "Naamgeving uitgegeven",
      ligtAan: a.openbareRuimte,
      voorkomen: { tijdstipRegistratie: "2015-03-02T12:00:00.000", versie: 1, beginGeldigheid: "2015-03-01" },
    },
    _links: {
      self: { href: `${BAG}/nummeraanduidingen/${a.id}` },
      ligtAanOpenbareRuimte: { href: `${BAG}/openbareruimten/${a.openbareRuimte}` },
    },
  })),
  "/openbareruimten": [...new Map(SEED_ADDRESSES.map((a) => [a.openbareRuimte, a])).values()].map((a) => ({
    $id: a.openbareRuimte,
    openbareRuimte: {
      identificatie: a.openbareRuimte,
      domein: "NL.IMBAG.Openbareruimte",
      naam: a.straat,
      korteNaam: a.straat,
      type: "Weg",
      status: "Naamgeving uitgegeven",
      ligtIn: WOONPLAATS.id,
      voorkomen: { tijdstipRegistratie: "2010-01-01T12:00:00.000", versie: 1, beginGeldigheid: "2010-01-01" },
    },
    _links: { self: { href: `${BAG}/openbareruimten/${a.openbareRuimte}` }, ligtInWoonplaats: { href: `${BAG}/woonplaatsen/${WOONPLAATS.id}` } },
  })),
  "/woonplaatsen": [
    {
      $id: WOONPLAATS.id,
      woonplaats: {
        identificatie: WOONPLAATS.id,
        domein: "NL.IMBAG.Woonplaats",
        naam: WOONPLAATS.naam,
        status: "Woonplaats aangewezen",
        geometrie: { vlak: { type: "Polygon", coordinates: [[[92000, 436000], [94000, 436000], [94000, 438000], [92000, 438000], [92000, 436000]]] } },
        voorkomen: { tijdstipRegistratie: "2010-01-01T12:00:00.000", versie: 1, beginGeldigheid: "2010-01-01" },
      },
      _links: { self: { href: `${BAG}/woonplaatsen/${WOONPLAATS.id}` } },
    },
  ],
};

interface SeedPerson {
  readonly bsn: string;
  readonly voornamen: string;
  readonly voorvoegsel?: string;
  readonly geslachtsnaam: string;
  readonly geslacht: "M" | "V";
  readonly geboortedatum: string;
  readonly adres: string;
  readonly overleden?: string;
}

/** The seeded persons: BSNs from the BRP test data (all pass the eleven-test). */
export const SEED_PERSONS: readonly SeedPerson[] = [
  { bsn: SEED.bsnJansen, voornamen: "Robin", geslachtsnaam: "Jansen", geslacht: "M", geboortedatum: "1983-05-26", adres: "0599200000219679" },
  { bsn: SEED.bsnDeVries, voornamen: "Sanne", voorvoegsel: "de", geslachtsnaam: "Vries", geslacht: "V", geboortedatum: "1991-11-02", adres: "0599200000219680" },
  { bsn: "999990019", voornamen: "Eva Maria", geslachtsnaam: "Jansen", geslacht: "V", geboortedatum: "1985-03-14", adres: "0599200000219679" },
  { bsn: "999990020", voornamen: "Mohammed", geslachtsnaam: "El Amrani", geslacht: "M", geboortedatum: "1979-08-30", adres: "0599200000219681" },
  { bsn: "999990032", voornamen: "Jan", geslachtsnaam: "Bakker", geslacht: "M", geboortedatum: "1940-01-01", adres: "0599200000219682", overleden: "2020-05-01" },
  { bsn: "999990044", voornamen: "Lotte", geslachtsnaam: "Müller", geslacht: "V", geboortedatum: "2001-07-07", adres: "0599200000219682" },
];

const voorletters = (voornamen: string): string =>
  voornamen
    .split(" ")
    .map((v) => `${v[0]}.`)
    .join("");

/** BRP Personen 2.x `Persoon` records (the mock derives `leeftijd` and the `PersoonBeperkt` view). */
export const brpSeed: Record<string, MockRecord[]> = {
  "/personen": SEED_PERSONS.map((p) => {
    const a = byId(p.adres);
    const achternaam = `${p.voorvoegsel ? `${p.voorvoegsel} ` : ""}${p.geslachtsnaam}`;
    return {
      $id: p.bsn,
      burgerservicenummer: p.bsn,
      geslacht: { code: p.geslacht, omschrijving: p.geslacht === "M" ? "man" : "vrouw" },
      naam: {
        voornamen: p.voornamen,
        ...(p.voorvoegsel ? { voorvoegsel: p.voorvoegsel } : {}),
        geslachtsnaam: p.geslachtsnaam,
        voorletters: voorletters(p.voornamen),
        volledigeNaam: `${p.voornamen} ${achternaam}`,
        aanduidingNaamgebruik: { code: "E", omschrijving: "eigen geslachtsnaam" },
      },
      geboorte: {
        datum: { type: "Datum", datum: p.geboortedatum, langFormaat: p.geboortedatum },
        plaats: { code: "0599", omschrijving: "Rotterdam" },
        land: { code: "6030", omschrijving: "Nederland" },
      },
      ...(p.overleden ? { overlijden: { datum: { type: "Datum", datum: p.overleden, langFormaat: p.overleden }, plaats: { code: "0599", omschrijving: "Rotterdam" } } } : {}),
      adressering: {
        adresregel1: straatRegel(a),
        adresregel2: postcodeRegel(a),
        aanhef: p.geslacht === "M" ? `Geachte heer ${achternaam[0]?.toUpperCase()}${achternaam.slice(1)}` : `Geachte mevrouw ${achternaam[0]?.toUpperCase()}${achternaam.slice(1)}`,
        aanschrijfwijze: { naam: `${voorletters(p.voornamen)} ${achternaam}` },
        gebruikInLopendeTekst: `${p.geslacht === "M" ? "de heer" : "mevrouw"} ${achternaam}`,
      },
      verblijfplaats: {
        type: "Adres",
        adresseerbaarObjectIdentificatie: a.vbo,
        nummeraanduidingIdentificatie: a.id,
        functieAdres: { code: "W", omschrijving: "woonadres" },
        datumVan: { type: "Datum", datum: "2015-03-01", langFormaat: "1 maart 2015" },
        verblijfadres: { officieleStraatnaam: a.straat, korteStraatnaam: a.straat, huisnummer: a.huisnummer, ...optional(a), postcode: a.postcode, woonplaats: WOONPLAATS.naam },
      },
      gemeenteVanInschrijving: GEMEENTE,
      datumInschrijvingInGemeente: { type: "Datum", datum: "2015-03-01", langFormaat: "1 maart 2015" },
    };
  }),
};

/** The owner of each seeded perceel: the first person living at the address, else none. */
const ownerOf = (a: SeedAddress): SeedPerson | undefined => SEED_PERSONS.find((p) => p.adres === a.id && !p.overleden);

/** BRK: one perceel (kadastraal onroerende zaak) per address, with its zakelijk gerechtigde. */
export const brkSeed: Record<string, MockRecord[]> = {
  "/kadastraalonroerendezaken": SEED_ADDRESSES.map((a, i) => {
    const owner = ownerOf(a);
    return {
      $id: a.perceel,
      identificatie: a.perceel,
      domein: "NL.IMKAD.KadastraalObject",
      begrenzingPerceel: { type: "Polygon", coordinates: [[[92500 + i * 20, 437000], [92515 + i * 20, 437000], [92515 + i * 20, 437020], [92500 + i * 20, 437020], [92500 + i * 20, 437000]]] },
      perceelnummerRotatie: 0,
      type: "perceel",
      kadastraleAanduiding: `Rotterdam C ${4100 + i}`,
      kadastraleGrootte: { waarde: 300, soortGrootte: { code: "1", waarde: "Vastgesteld" } },
      perceelnummerVerschuiving: { deltax: 0, deltay: 0 },
      plaatscoordinaten: { type: "Point", coordinates: [92507 + i * 20, 437010] },
      adressen: [
        {
          straat: a.straat,
          huisnummer: a.huisnummer,
          ...optional(a),
          postcode: a.postcode,
          woonplaats: WOONPLAATS.naam,
          nummeraanduidingIdentificatie: a.id,
          adresseerbaarObjectIdentificatie: a.vbo,
          korteNaam: a.straat,
          typeAdresseerbaarObject: "verblijfsobject",
        },
      ],
      zakelijkGerechtigdeIdentificaties: owner ? [`${a.perceel}-1`] : [],
      _links: { self: { href: `${BRK}/kadastraalonroerendezaken/${a.perceel}` } },
    };
  }),
};

/** WOZ: one WOZ-object per address with two vastgestelde waarden (newest first). */
export const wozSeed: Record<string, MockRecord[]> = {
  "/wozobjecten": SEED_ADDRESSES.map((a, i) => ({
    $id: a.wozObject,
    identificatie: a.wozObject,
    aanduiding: { straat: a.straat, huisnummer: a.huisnummer, ...optional(a), postcode: a.postcode, woonplaats: WOONPLAATS.naam, nummeraanduidingIdentificatie: a.id },
    adresseerbaarObjectIdentificaties: [a.vbo],
    pandIdentificaties: [a.pand],
    kadastraalOnroerendeZaken: [{ identificatie: a.perceel, aanduidingMetGemeentenaam: `Rotterdam C ${4100 + i}` }],
    verantwoordelijkeGemeente: GEMEENTE,
    grondoppervlakte: 300,
    ...(ownerOf(a) ? { belanghebbendeEigenaar: { type: "natuurlijk_persoon", naam: ownerOf(a)?.geslachtsnaam } } : { belanghebbendeEigenaar: { type: "niet_natuurlijk_persoon", rsin: SEED.rsin, naam: "Gemeente Demodam" } }),
    waarden: [
      { waardepeildatum: "2024-01-01", vastgesteldeWaarde: a.waarde, ingangsdatum: "2025-01-01", indicatieBezwaarBeroep: false },
      { waardepeildatum: "2023-01-01", vastgesteldeWaarde: Math.round(a.waarde * 0.95), ingangsdatum: "2024-01-01", indicatieBezwaarBeroep: false },
    ],
    _links: { self: { href: `${WOZ}/wozobjecten/${a.wozObject}` } },
  })),
};
