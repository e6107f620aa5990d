/**
 * Optional seed for the zaak life cycle (zgw-rules 4): a hoofdzaaktype "Omgevingsvergunning" with a
 * deelzaaktype "Advies", products, resultaattypen for several archiving derivations, and applicaties
 * with partial Zaken scopes. Not in the default seed: add it with `mock.seed(zakenLifecycleSeed)`.
 */
import type { MockRecord, SeedData } from "../engine/store.js";
import { SEED, seedUuid } from "./ids.js";

const C = "/catalogi/api/v1";
const url = (kind: string, n: number): string => `${C}/${kind}/${seedUuid(n)}`;

/** Canonical URLs of the life-cycle seed. */
export const LIFECYCLE = {
  zaaktypeHoofd: url("zaaktypen", 7000),
  zaaktypeDeel: url("zaaktypen", 7100),
  /** A product of the hoofdzaaktype's `productenOfDiensten`. */
  product: "https://producten.demodam.nl/api/v1/producten/omgevingsvergunning",
  statustypeHoofdOntvangen: url("statustypen", 7001),
  statustypeHoofdBehandeling: url("statustypen", 7002),
  statustypeHoofdAfgerond: url("statustypen", 7003),
  statustypeDeelOntvangen: url("statustypen", 7101),
  statustypeDeelAfgerond: url("statustypen", 7102),
  roltypeInitiator: url("roltypen", 7010),
  roltypeBehandelaar: url("roltypen", 7011),
  roltypeDeelAdviseur: url("roltypen", 7110),
  /** afleidingswijze `afgehandeld`, vernietigen after P10Y. */
  resultaattypeAfgehandeld: url("resultaattypen", 7020),
  /** afleidingswijze `termijn` (procestermijn P5Y), vernietigen after P1Y. */
  resultaattypeTermijn: url("resultaattypen", 7021),
  /** blijvend_bewaren, no archiefactietermijn. */
  resultaattypeBlijvend: url("resultaattypen", 7022),
  /** afleidingswijze `ander_datumkenmerk`: no archiefactiedatum derived. */
  resultaattypeAnderDatumkenmerk: url("resultaattypen", 7023),
  /** afleidingswijze `ingangsdatum_besluit`: closing without a besluit is `archiefactiedatum-error`. */
  resultaattypeBesluit: url("resultaattypen", 7024),
  /** Of the deelzaaktype, afleidingswijze `hoofdzaak`. */
  resultaattypeDeelHoofdzaak: url("resultaattypen", 7120),
  /** Client with zaken.lezen/aanmaken/bijwerken/statussen.toevoegen/verwijderen on both zaaktypen (no geforceerd, no heropenen). */
  bijwerkenClientId: "lifecycle-bijwerken",
  bijwerkenSecret: "lifecycle-bijwerken-secret-0123456789abcdef",
  /** Client with zaken.lezen/aanmaken only (first status only). */
  aanmakenClientId: "lifecycle-aanmaken",
  aanmakenSecret: "lifecycle-aanmaken-secret-0123456789abcdef",
  /** Client with zaken.geforceerd-bijwerken and zaken.heropenen besides the bijwerken scopes. */
  geforceerdClientId: "lifecycle-geforceerd",
  geforceerdSecret: "lifecycle-geforceerd-secret-0123456789abcde",
} as const;

const common = { catalogus: SEED.catalogus, beginGeldigheid: null, eindeGeldigheid: null, beginObject: null, eindeObject: null };

function statustype(n: number, zaaktype: string, identificatie: string, omschrijving: string, volgnummer: number, eind: boolean): MockRecord {
  return { url: url("statustypen", n), omschrijving, omschrijvingGeneriek: omschrijving, statustekst: "", zaaktype, zaaktypeIdentificatie: identificatie, volgnummer, isEindstatus: eind, informeren: false, doorlooptijd: null, toelichting: "", checklistitemStatustype: [], eigenschappen: [], zaakobjecttypen: [], ...common };
}

function roltype(n: number, zaaktype: string, identificatie: string, omschrijving: string, generiek: string): MockRecord {
  return { url: url("roltypen", n), zaaktype, zaaktypeIdentificatie: identificatie, omschrijving, omschrijvingGeneriek: generiek, ...common };
}

function resultaattype(n: number, zaaktype: string, omschrijving: string, archiefnominatie: string, termijn: string | null, afleidingswijze: string, procestermijn: string | null = null): MockRecord {
  return {
    url: url("resultaattypen", n),
    zaaktype,
    omschrijving,
    resultaattypeomschrijving: "",
    omschrijvingGeneriek: omschrijving,
    selectielijstklasse: "",
    toelichting: "",
    archiefnominatie,
    archiefactietermijn: termijn,
    brondatumArchiefprocedure: { afleidingswijze, datumkenmerk: "", einddatumBekend: false, objecttype: "", registratie: "", procestermijn },
    procesobjectaard: "",
    indicatieSpecifiek: null,
    procestermijn: null,
    besluittypen: [],
    informatieobjecttypen: [],
    ...common,
  };
}

function zaaktype(n: number, identificatie: string, omschrijving: string, parts: { statustypen: MockRecord[]; roltypen: MockRecord[]; resultaattypen: MockRecord[] }, deelzaaktypen: string[], products: string[]): MockRecord {
  return {
    url: url("zaaktypen", n),
    identificatie,
    omschrijving,
    omschrijvingGeneriek: "",
    vertrouwelijkheidaanduiding: "openbaar",
    doel: `Het behandelen van een ${omschrijving.toLowerCase()}.`,
    aanleiding: "Een aanvraag.",
    toelichting: "",
    indicatieInternOfExtern: "extern",
    handelingInitiator: "aanvragen",
    onderwerp: omschrijving,
    handelingBehandelaar: "behandelen",
    doorlooptijd: "P8W",
    servicenorm: "P6W",
    opschortingEnAanhoudingMogelijk: true,
    verlengingMogelijk: true,
    verlengingstermijn: "P6W",
    trefwoorden: [],
    publicatieIndicatie: false,
    publicatietekst: "",
    verantwoordingsrelatie: [],
    productenOfDiensten: products,
    selectielijstProcestype: "",
    referentieproces: { naam: omschrijving, link: "" },
    concept: false,
    verantwoordelijke: "Team Omgeving",
    broncatalogus: null,
    bronzaaktype: null,
    versiedatum: "2025-01-01",
    statustypen: parts.statustypen.map((s) => s.url),
    resultaattypen: parts.resultaattypen.map((r) => r.url),
    eigenschappen: [],
    informatieobjecttypen: [],
    roltypen: parts.roltypen.map((r) => r.url),
    besluittypen: [],
    deelzaaktypen,
    gerelateerdeZaaktypen: [],
    zaakobjecttypen: [],
    ...common,
    beginGeldigheid: "2025-01-01",
    beginObject: "2025-01-01",
  };
}

const hoofd = {
  statustypen: [
    statustype(7001, LIFECYCLE.zaaktypeHoofd, "OMGEVINGSVERGUNNING", "Ontvangen", 1, false),
    statustype(7002, LIFECYCLE.zaaktypeHoofd, "OMGEVINGSVERGUNNING", "In behandeling", 2, false),
    statustype(7003, LIFECYCLE.zaaktypeHoofd, "OMGEVINGSVERGUNNING", "Afgerond", 3, true),
  ],
  roltypen: [roltype(7010, LIFECYCLE.zaaktypeHoofd, "OMGEVINGSVERGUNNING", "Aanvrager", "initiator"), roltype(7011, LIFECYCLE.zaaktypeHoofd, "OMGEVINGSVERGUNNING", "Behandelaar", "behandelaar")],
  resultaattypen: [
    resultaattype(7020, LIFECYCLE.zaaktypeHoofd, "Verleend", "vernietigen", "P10Y", "afgehandeld"),
    resultaattype(7021, LIFECYCLE.zaaktypeHoofd, "Verleend met termijn", "vernietigen", "P1Y", "termijn", "P5Y"),
    resultaattype(7022, LIFECYCLE.zaaktypeHoofd, "Verleend, blijvend", "blijvend_bewaren", null, "afgehandeld"),
    resultaattype(7023, LIFECYCLE.zaaktypeHoofd, "Ander datumkenmerk", "vernietigen", "P1Y", "ander_datumkenmerk"),
    resultaattype(7024, LIFECYCLE.zaaktypeHoofd, "Besloten", "vernietigen", "P1Y", "ingangsdatum_besluit"),
  ],
};

const deel = {
  statustypen: [statustype(7101, LIFECYCLE.zaaktypeDeel, "ADVIES", "Ontvangen", 1, false), statustype(7102, LIFECYCLE.zaaktypeDeel, "ADVIES", "Afgerond", 2, true)],
  roltypen: [roltype(7110, LIFECYCLE.zaaktypeDeel, "ADVIES", "Adviseur", "adviseur")],
  resultaattypen: [resultaattype(7120, LIFECYCLE.zaaktypeDeel, "Advies gegeven", "vernietigen", "P5Y", "hoofdzaak")],
};

function applicatie(n: number, clientId: string, label: string, scopes: string[]): MockRecord {
  const autorisaties = [LIFECYCLE.zaaktypeHoofd, LIFECYCLE.zaaktypeDeel].map((zaaktype) => ({ component: "zrc", componentWeergave: "Zaken API", scopes, zaaktype, maxVertrouwelijkheidaanduiding: "zeer_geheim" }));
  return { url: `/autorisaties/api/v1/applicaties/${seedUuid(n)}`, clientIds: [clientId], label, heeftAlleAutorisaties: false, autorisaties: [...autorisaties, { component: "ztc", componentWeergave: "Catalogi API", scopes: ["catalogi.lezen"] }] };
}

const BIJWERKEN = ["zaken.lezen", "zaken.aanmaken", "zaken.bijwerken", "zaken.statussen.toevoegen", "zaken.verwijderen"];

/** The life-cycle seed (catalogi types and applicaties); JWT secrets in {@link lifecycleClients}. */
export const zakenLifecycleSeed: SeedData = {
  catalogi: {
    "/zaaktypen": [zaaktype(7000, "OMGEVINGSVERGUNNING", "Omgevingsvergunning", hoofd, [LIFECYCLE.zaaktypeDeel], [LIFECYCLE.product]), zaaktype(7100, "ADVIES", "Advies", deel, [], [])],
    "/statustypen": [...hoofd.statustypen, ...deel.statustypen],
    "/roltypen": [...hoofd.roltypen, ...deel.roltypen],
    "/resultaattypen": [...hoofd.resultaattypen, ...deel.resultaattypen],
  },
  autorisaties: {
    "/applicaties": [
      applicatie(7500, LIFECYCLE.bijwerkenClientId, "Zaken bijwerken", BIJWERKEN),
      applicatie(7501, LIFECYCLE.aanmakenClientId, "Zaken aanmaken", ["zaken.lezen", "zaken.aanmaken"]),
      applicatie(7502, LIFECYCLE.geforceerdClientId, "Zaken geforceerd", [...BIJWERKEN, "zaken.geforceerd-bijwerken", "zaken.heropenen"]),
    ],
  },
};

/** JWT secrets of the life-cycle applicaties, for `createMockCommonGround({ clients })`. */
export const lifecycleClients: Readonly<Record<string, string>> = {
  [LIFECYCLE.bijwerkenClientId]: LIFECYCLE.bijwerkenSecret,
  [LIFECYCLE.aanmakenClientId]: LIFECYCLE.aanmakenSecret,
  [LIFECYCLE.geforceerdClientId]: LIFECYCLE.geforceerdSecret,
};
