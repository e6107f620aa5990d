/** Seed: three documents of Gemeente Demodam (two with content, one with an older version), in Documenten. */
import type { MockRecord } from "../engine/store.js";
import { SEED, seedUuid } from "./ids.js";

const DOC = "/documenten/api/v1/enkelvoudiginformatieobjecten";
const base64 = (text: string): string => btoa(text);

function document(n: number, fields: MockRecord): MockRecord {
  const uuid = seedUuid(n);
  return {
    url: `${DOC}/${uuid}`,
    bronorganisatie: SEED.rsin,
    creatiedatum: "2025-04-01",
    auteur: "Gemeente Demodam",
    taal: "nld",
    status: "definitief",
    vertrouwelijkheidaanduiding: "zaakvertrouwelijk",
    formaat: "text/plain",
    informatieobjecttype: SEED.informatieobjecttypeAanvraag,
    beginRegistratie: "2025-04-01T10:00:00Z",
    versie: 1,
    locked: false,
    bestandsdelen: [],
    indicatieGebruiksrecht: null,
    tonenAanInitiator: false,
    ontvangstdatum: null,
    verzenddatum: null,
    link: "",
    beschrijving: "",
    trefwoorden: [],
    ...fields,
  };
}

const AANVRAAG = "Aanvraag parkeervergunning Coolsingel 40\n";
const BESLUIT_V1 = "Concept besluitbrief\n";
const BESLUIT_V2 = "Besluitbrief parkeervergunning, verleend\n";

/** The Documenten part of the default seed; content in the hidden `$inhoud` collection (`<uuid>@<versie>`). */
export const documentenSeed: Record<string, MockRecord[]> = {
  "/enkelvoudiginformatieobjecten": [
    document(700, { identificatie: "DOCUMENT-2025-0000000001", titel: "Aanvraag parkeervergunning", bestandsnaam: "aanvraag.txt", bestandsomvang: AANVRAAG.length, inhoud: `${DOC}/${seedUuid(700)}/download?versie=1` }),
    document(701, {
      identificatie: "DOCUMENT-2025-0000000002",
      titel: "Besluitbrief parkeervergunning",
      informatieobjecttype: SEED.informatieobjecttypeBesluit,
      bestandsnaam: "besluit.txt",
      bestandsomvang: BESLUIT_V2.length,
      versie: 2,
      beginRegistratie: "2025-04-10T09:00:00Z",
      inhoud: `${DOC}/${seedUuid(701)}/download?versie=2`,
    }),
    document(702, { identificatie: "DOCUMENT-2025-0000000003", titel: "Foto situatie (alleen link)", formaat: "", bestandsnaam: "", bestandsomvang: null, inhoud: null, link: "https://example.org/foto.jpg" }),
  ],
  $versies: [
    {
      ...document(701, { identificatie: "DOCUMENT-2025-0000000002", titel: "Besluitbrief parkeervergunning (concept)", informatieobjecttype: SEED.informatieobjecttypeBesluit, status: "in_bewerking", bestandsnaam: "besluit.txt", bestandsomvang: BESLUIT_V1.length, inhoud: `${DOC}/${seedUuid(701)}/download?versie=1` }),
      $id: `${seedUuid(701)}@1`,
    },
  ],
  $inhoud: [
    { $id: `${seedUuid(700)}@1`, base64: base64(AANVRAAG) },
    { $id: `${seedUuid(701)}@1`, base64: base64(BESLUIT_V1) },
    { $id: `${seedUuid(701)}@2`, base64: base64(BESLUIT_V2) },
  ],
};
