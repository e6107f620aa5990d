/** Seed: one catalogus with two zaaktypen (one in two versions, one concept) and their parts. */
import type { MockRecord } from "../engine/store.js";
import { SEED, seedUuid } from "./ids.js";
import { SELECTIELIJST } from "./selectielijst.js";

const C = "/catalogi/api/v1";

interface TypeSpec {
  readonly n: number;
  readonly url: string;
  readonly identificatie: string;
  readonly omschrijving: string;
  readonly begin: string;
  readonly einde: string | null;
  readonly concept: boolean;
}

const ZAAKTYPEN: readonly TypeSpec[] = [
  { n: 10, url: SEED.zaaktypeParkeren2023, identificatie: SEED.parkerenIdentificatie, omschrijving: "Aanvraag parkeervergunning", begin: "2023-01-01", einde: "2024-12-31", concept: false },
  { n: 11, url: SEED.zaaktypeParkeren2025, identificatie: SEED.parkerenIdentificatie, omschrijving: "Aanvraag parkeervergunning", begin: "2025-01-01", einde: null, concept: false },
  { n: 12, url: SEED.zaaktypeMeldingConcept, identificatie: SEED.meldingIdentificatie, omschrijving: "Melding openbare ruimte", begin: "2025-01-01", einde: null, concept: true },
];

/** The selectielijst resultaten of a zaaktype's two resultaattypen (its procestype's nihil classes). */
function klassen(zt: TypeSpec): readonly [string, string] {
  return zt.concept ? [SELECTIELIJST.resultaatUitgevoerd, SELECTIELIJST.resultaatNietUitgevoerd] : [SELECTIELIJST.resultaatVerleend, SELECTIELIJST.resultaatGeweigerd];
}

/** The one eigenschap of a zaaktype version: "kenteken" for the parkeervergunning, "locatie" for the melding. */
function eigenschap(zt: TypeSpec, url: string): MockRecord {
  const kenteken = zt.identificatie === SEED.parkerenIdentificatie;
  return {
    url,
    naam: kenteken ? "kenteken" : "locatie",
    definitie: kenteken ? "Het kenteken van het voertuig waarvoor de vergunning geldt." : "De plek in de openbare ruimte waar de melding over gaat.",
    specificatie: { groep: kenteken ? "Voertuig" : "Melding", formaat: "tekst", lengte: kenteken ? "8" : "200", kardinaliteit: "1", waardenverzameling: [] },
    toelichting: "",
    zaaktype: zt.url,
    zaaktypeIdentificatie: zt.identificatie,
    catalogus: SEED.catalogus,
    statustype: null,
    beginGeldigheid: null,
    eindeGeldigheid: null,
    beginObject: null,
    eindeObject: null,
  };
}

function parts(zt: TypeSpec): { statustypen: MockRecord[]; roltypen: MockRecord[]; resultaattypen: MockRecord[]; ziot: MockRecord[]; eigenschappen: MockRecord[] } {
  const base = zt.n * 100;
  const statustypen = ["Ontvangen", "In behandeling", "Afgerond"].map((omschrijving, i) => ({
    url: `${C}/statustypen/${seedUuid(base + 1 + i)}`,
    omschrijving,
    omschrijvingGeneriek: omschrijving,
    statustekst: "",
    zaaktype: zt.url,
    zaaktypeIdentificatie: zt.identificatie,
    volgnummer: i + 1,
    isEindstatus: i === 2,
    informeren: false,
    doorlooptijd: null,
    toelichting: "",
    checklistitemStatustype: [],
    catalogus: SEED.catalogus,
    eigenschappen: [],
    zaakobjecttypen: [],
    beginGeldigheid: null,
    eindeGeldigheid: null,
    beginObject: null,
    eindeObject: null,
  }));
  const roltypen = [
    ["Initiator", "initiator"],
    ["Behandelaar", "behandelaar"],
  ].map(([omschrijving, generiek], i) => ({
    url: `${C}/roltypen/${seedUuid(base + 10 + i)}`,
    zaaktype: zt.url,
    zaaktypeIdentificatie: zt.identificatie,
    omschrijving,
    omschrijvingGeneriek: generiek,
    catalogus: SEED.catalogus,
    beginGeldigheid: null,
    eindeGeldigheid: null,
    beginObject: null,
    eindeObject: null,
  }));
  const resultaattypen = ["Verleend", "Geweigerd"].map((omschrijving, i) => ({
    url: `${C}/resultaattypen/${seedUuid(base + 20 + i)}`,
    zaaktype: zt.url,
    zaaktypeIdentificatie: zt.identificatie,
    omschrijving,
    resultaattypeomschrijving: i === 0 ? SELECTIELIJST.omschrijvingVerleend : SELECTIELIJST.omschrijvingGeweigerd,
    omschrijvingGeneriek: omschrijving,
    selectielijstklasse: klassen(zt)[i],
    toelichting: "",
    archiefnominatie: "vernietigen",
    archiefactietermijn: "P1Y",
    brondatumArchiefprocedure: { afleidingswijze: "afgehandeld", datumkenmerk: "", einddatumBekend: false, objecttype: "", registratie: "", procestermijn: null },
    procesobjectaard: "",
    indicatieSpecifiek: null,
    procestermijn: null,
    catalogus: SEED.catalogus,
    besluittypen: [],
    besluittypeOmschrijving: [],
    informatieobjecttypen: [],
    informatieobjecttypeOmschrijving: [],
    beginGeldigheid: null,
    eindeGeldigheid: null,
    beginObject: null,
    eindeObject: null,
  }));
  const ziot = [
    {
      url: `${C}/zaaktype-informatieobjecttypen/${seedUuid(base + 30)}`,
      zaaktype: zt.url,
      catalogus: SEED.catalogus,
      informatieobjecttype: SEED.informatieobjecttypeAanvraag,
      volgnummer: 1,
      richting: "inkomend",
      statustype: null,
    },
  ];
  const eigenschappen = [eigenschap(zt, `${C}/eigenschappen/${seedUuid(base + 40)}`)];
  return { statustypen, roltypen, resultaattypen, ziot, eigenschappen };
}

const all = ZAAKTYPEN.map((zt) => ({ zt, ...parts(zt) }));

function zaaktype(zt: TypeSpec, p: ReturnType<typeof parts>): MockRecord {
  return {
    url: zt.url,
    identificatie: zt.identificatie,
    omschrijving: zt.omschrijving,
    omschrijvingGeneriek: "",
    vertrouwelijkheidaanduiding: "zaakvertrouwelijk",
    doel: `Het behandelen van een ${zt.omschrijving.toLowerCase()}.`,
    aanleiding: "Een inwoner dient een verzoek in.",
    toelichting: "",
    indicatieInternOfExtern: "extern",
    handelingInitiator: "aanvragen",
    onderwerp: zt.omschrijving,
    handelingBehandelaar: "behandelen",
    doorlooptijd: "P56D",
    servicenorm: null,
    opschortingEnAanhoudingMogelijk: false,
    verlengingMogelijk: true,
    verlengingstermijn: "P28D",
    trefwoorden: [],
    publicatieIndicatie: false,
    publicatietekst: "",
    verantwoordingsrelatie: [],
    productenOfDiensten: [],
    selectielijstProcestype: zt.concept ? SELECTIELIJST.procestypeOnderhoud : SELECTIELIJST.procestypeToestemming,
    referentieproces: { naam: zt.omschrijving, link: "" },
    concept: zt.concept,
    verantwoordelijke: "Team Vergunningen",
    broncatalogus: null,
    bronzaaktype: null,
    beginGeldigheid: zt.begin,
    eindeGeldigheid: zt.einde,
    beginObject: "2023-01-01",
    eindeObject: null,
    versiedatum: zt.begin,
    catalogus: SEED.catalogus,
    statustypen: p.statustypen.map((s) => s.url),
    resultaattypen: p.resultaattypen.map((r) => r.url),
    eigenschappen: p.eigenschappen.map((e) => e.url),
    informatieobjecttypen: [SEED.informatieobjecttypeAanvraag],
    roltypen: p.roltypen.map((r) => r.url),
    besluittypen: zt.concept ? [] : [SEED.besluittypeVergunning],
    deelzaaktypen: [],
    gerelateerdeZaaktypen: [],
    zaakobjecttypen: [],
  };
}

function informatieobjecttype(n: number, url: string, omschrijving: string): MockRecord {
  return {
    url,
    catalogus: SEED.catalogus,
    omschrijving,
    vertrouwelijkheidaanduiding: "zaakvertrouwelijk",
    beginGeldigheid: "2023-01-01",
    eindeGeldigheid: null,
    beginObject: "2023-01-01",
    eindeObject: null,
    concept: false,
    besluittypen: n === 21 ? [SEED.besluittypeVergunning] : [],
    informatieobjectcategorie: "Aanvraag",
    trefwoord: [],
    omschrijvingGeneriek: { informatieobjecttypeOmschrijvingGeneriek: "", definitieInformatieobjecttypeOmschrijvingGeneriek: "", herkomstInformatieobjecttypeOmschrijvingGeneriek: "", hierarchieInformatieobjecttypeOmschrijvingGeneriek: "", opmerkingInformatieobjecttypeOmschrijvingGeneriek: "" },
    zaaktypen: n === 20 ? ZAAKTYPEN.map((z) => z.url) : [],
  };
}

/** The Catalogi part of the default seed. */
export const catalogiSeed: Record<string, MockRecord[]> = {
  "/catalogussen": [
    {
      url: SEED.catalogus,
      domein: "DEMO",
      rsin: SEED.rsin,
      contactpersoonBeheerNaam: "Catalogusbeheer Gemeente Demodam",
      contactpersoonBeheerTelefoonnummer: "",
      contactpersoonBeheerEmailadres: "",
      zaaktypen: ZAAKTYPEN.map((z) => z.url),
      besluittypen: [SEED.besluittypeVergunning],
      informatieobjecttypen: [SEED.informatieobjecttypeAanvraag, SEED.informatieobjecttypeBesluit],
      naam: "Zaaktypecatalogus Gemeente Demodam",
      versie: "1",
      begindatumVersie: "2023-01-01",
    },
  ],
  "/zaaktypen": all.map(({ zt, ...p }) => zaaktype(zt, p)),
  "/statustypen": all.flatMap((p) => p.statustypen),
  "/roltypen": all.flatMap((p) => p.roltypen),
  "/resultaattypen": all.flatMap((p) => p.resultaattypen),
  "/zaaktype-informatieobjecttypen": all.flatMap((p) => p.ziot),
  "/eigenschappen": all.flatMap((p) => p.eigenschappen),
  "/informatieobjecttypen": [
    informatieobjecttype(20, SEED.informatieobjecttypeAanvraag, "Aanvraagformulier"),
    informatieobjecttype(21, SEED.informatieobjecttypeBesluit, "Besluitbrief"),
  ],
  "/besluittypen": [
    {
      url: SEED.besluittypeVergunning,
      catalogus: SEED.catalogus,
      zaaktypen: [SEED.zaaktypeParkeren2023, SEED.zaaktypeParkeren2025],
      omschrijving: "Vergunningsbesluit",
      omschrijvingGeneriek: "",
      besluitcategorie: "",
      reactietermijn: "P6W",
      publicatieIndicatie: false,
      publicatietekst: "",
      publicatietermijn: null,
      toelichting: "",
      informatieobjecttypen: [SEED.informatieobjecttypeBesluit],
      beginGeldigheid: "2023-01-01",
      eindeGeldigheid: null,
      beginObject: "2023-01-01",
      eindeObject: null,
      concept: false,
      resultaattypen: [],
      resultaattypenOmschrijving: [],
      vastgelegdIn: [],
    },
  ],
};

/** Canonical URL of a statustype / roltype / resultaattype / eigenschap of a seeded zaaktype (`n`: 10, 11, 12). */
export function seedPart(kind: "statustypen" | "roltypen" | "resultaattypen" | "eigenschappen", zaaktypeN: number, index: number): string {
  const offset = kind === "statustypen" ? 1 : kind === "roltypen" ? 10 : kind === "resultaattypen" ? 20 : 40;
  return `${C}/${kind}/${seedUuid(zaaktypeN * 100 + offset + index)}`;
}
