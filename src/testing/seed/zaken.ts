/** Seed: three zaken of the parkeervergunning zaaktype in different states, with statussen and rollen. */
import type { MockRecord } from "../engine/store.js";
import { seedPart } from "./catalogi.js";
import { SEED, seedUuid } from "./ids.js";

const Z = "/zaken/api/v1";

function zaak(n: number, identificatie: string, startdatum: string, statusIndex: number | null, einddatum: string | null, bsn: string): { zaak: MockRecord; statussen: MockRecord[]; rollen: MockRecord[] } {
  const url = `${Z}/zaken/${seedUuid(n)}`;
  const statussen =
    statusIndex === null
      ? []
      : Array.from({ length: statusIndex + 1 }, (_, i) => ({
          url: `${Z}/statussen/${seedUuid(n * 10 + i)}`,
          uuid: seedUuid(n * 10 + i),
          zaak: url,
          statustype: seedPart("statustypen", 11, i),
          datumStatusGezet: `${startdatum}T09:0${i}:00Z`,
          statustoelichting: "",
          indicatieLaatstGezetteStatus: i === statusIndex,
          gezetdoor: null,
          zaakinformatieobjecten: [],
        }));
  const rollen = [
    {
      url: `${Z}/rollen/${seedUuid(n * 10 + 5)}`,
      uuid: seedUuid(n * 10 + 5),
      zaak: url,
      betrokkene: "",
      betrokkeneType: "natuurlijk_persoon",
      afwijkendeNaamBetrokkene: "",
      roltype: seedPart("roltypen", 11, 0),
      omschrijving: "Initiator",
      omschrijvingGeneriek: "initiator",
      roltoelichting: "Aanvrager",
      registratiedatum: `${startdatum}T09:00:00Z`,
      indicatieMachtiging: "",
      contactpersoonRol: null,
      statussen: [],
      betrokkeneIdentificatie: { inpBsn: bsn, anpIdentificatie: "", inpA_nummer: "", geslachtsnaam: "", voorvoegselGeslachtsnaam: "", voorletters: "", voornamen: "", geslachtsaanduiding: "", geboortedatum: "", verblijfsadres: null, subVerblijfBuitenland: null },
    },
  ];
  const record: MockRecord = {
    url,
    uuid: seedUuid(n),
    identificatie,
    bronorganisatie: SEED.rsin,
    omschrijving: "Aanvraag parkeervergunning",
    toelichting: "",
    zaaktype: SEED.zaaktypeParkeren2025,
    registratiedatum: startdatum,
    verantwoordelijkeOrganisatie: SEED.rsin,
    startdatum,
    einddatum,
    einddatumGepland: null,
    uiterlijkeEinddatumAfdoening: null,
    publicatiedatum: null,
    communicatiekanaal: "",
    communicatiekanaalNaam: "",
    productenOfDiensten: [],
    vertrouwelijkheidaanduiding: "zaakvertrouwelijk",
    betalingsindicatie: "",
    betalingsindicatieWeergave: "",
    laatsteBetaaldatum: null,
    zaakgeometrie: null,
    verlenging: null,
    opschorting: { indicatie: false, eerdereOpschorting: false, reden: "" },
    selectielijstklasse: "",
    hoofdzaak: null,
    deelzaken: [],
    relevanteAndereZaken: [],
    eigenschappen: [],
    rollen: rollen.map((r) => r.url),
    status: statussen.at(-1)?.url ?? null,
    zaakinformatieobjecten: [],
    zaakobjecten: [],
    kenmerken: [],
    archiefnominatie: null,
    archiefstatus: "nog_te_archiveren",
    archiefactiedatum: null,
    resultaat: null,
    opdrachtgevendeOrganisatie: "",
    processobjectaard: "",
    startdatumBewaartermijn: null,
    processobject: { datumkenmerk: "", identificatie: "", objecttype: "", registratie: "" },
  };
  return { zaak: record, statussen, rollen };
}

const zaken = [
  zaak(100, "ZAAK-2025-0000000001", "2025-02-03", 0, null, SEED.bsnJansen),
  zaak(101, "ZAAK-2025-0000000002", "2025-03-10", 1, null, SEED.bsnDeVries),
  zaak(102, "ZAAK-2025-0000000003", "2025-01-15", 2, "2025-02-20", SEED.bsnJansen),
];

/** The Zaken part of the default seed. */
export const zakenSeed: Record<string, MockRecord[]> = {
  "/zaken": zaken.map((z) => z.zaak),
  "/statussen": zaken.flatMap((z) => z.statussen),
  "/rollen": zaken.flatMap((z) => z.rollen),
};
