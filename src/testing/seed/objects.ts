/** Seed of Objecttypen (boom, melding with versions and JSON schemas), Objecten, and Klantinteracties (partijen, klantcontacten). */
import type { MockRecord } from "../engine/store.js";
import { seedUuid } from "./ids.js";
import { BOOM_SCHEMA, MELDING_SCHEMA } from "./objecttype-schemas.js";

const OT = "/objecttypen/api/v2";
const OBJ = "/objecten/api/v2";
const KI = "/klantinteracties/api/v1";

/** Fixed URLs of the seeded objecttypes and objects. */
export const OBJECTS_SEED = {
  boomType: `${OT}/objecttypes/${seedUuid(700)}`,
  meldingType: `${OT}/objecttypes/${seedUuid(701)}`,
  boomObject: `${OBJ}/objects/${seedUuid(710)}`,
  meldingObject: `${OBJ}/objects/${seedUuid(711)}`,
  partijPersoon: `${KI}/partijen/${seedUuid(720)}`,
  klantcontact: `${KI}/klantcontacten/${seedUuid(730)}`,
} as const;

const objecttype = (n: number, name: string, namePlural: string, versions: number): MockRecord => ({
  url: `${OT}/objecttypes/${seedUuid(n)}`,
  uuid: seedUuid(n),
  name,
  namePlural,
  description: "",
  dataClassification: "open",
  maintainerOrganization: "Gemeente Demodam",
  maintainerDepartment: "",
  contactPerson: "",
  contactEmail: "",
  source: "VNG objecttype-examples",
  updateFrequency: "unknown",
  providerOrganization: "",
  documentationUrl: "",
  labels: {},
  createdAt: "2024-01-15",
  modifiedAt: "2024-06-01",
  allowGeometry: true,
  versions: Array.from({ length: versions }, (_, i) => `${OT}/objecttypes/${seedUuid(n)}/versions/${i + 1}`),
});

const version = (n: number, v: number, jsonSchema: unknown, status: string): MockRecord => ({
  $id: String(v),
  url: `${OT}/objecttypes/${seedUuid(n)}/versions/${v}`,
  version: v,
  objectType: `${OT}/objecttypes/${seedUuid(n)}`,
  status,
  jsonSchema,
  createdAt: "2024-01-15",
  modifiedAt: "2024-06-01",
  publishedAt: status === "published" ? "2024-06-01" : null,
});

/** Boom version 2 requires `boomhoogteactueel` (version 1 requires nothing, as the example). */
const BOOM_V2 = { ...BOOM_SCHEMA, required: ["boomhoogteactueel"] };

/** Objecttypen: boom (versions 1 and 2, published) and melding (version 1, published). */
export const objecttypenSeed: Record<string, MockRecord[]> = {
  "/objecttypes": [objecttype(700, "Boom", "Bomen", 2), objecttype(701, "Melding openbare ruimte", "Meldingen openbare ruimte", 1)],
  [`/objecttypes/${seedUuid(700)}/versions`]: [version(700, 1, BOOM_SCHEMA, "published"), version(700, 2, BOOM_V2, "published")],
  [`/objecttypes/${seedUuid(701)}/versions`]: [version(701, 1, MELDING_SCHEMA, "published")],
};

const object = (n: number, type: string, typeVersion: number, data: MockRecord, geometry: unknown): MockRecord => ({
  url: `${OBJ}/objects/${seedUuid(n)}`,
  uuid: seedUuid(n),
  type,
  record: { index: 1, typeVersion, data, geometry, startAt: "2024-06-01", endAt: null, registrationAt: "2024-06-01", correctionFor: null, correctedBy: null },
});

/** Objecten: two bomen and a melding. */
export const objectenSeed: Record<string, MockRecord[]> = {
  "/objects": [
    object(710, OBJECTS_SEED.boomType, 2, { boomhoogteactueel: 12, kiemjaar: 1987, beleidsstatus: "Beschermwaardig/monumentaal", meerstammig: false }, { type: "Point", coordinates: [4.4777, 51.9225] }),
    object(712, OBJECTS_SEED.boomType, 2, { boomhoogteactueel: 6, kiemjaar: 2012, meerstammig: true }, { type: "Point", coordinates: [4.4791, 51.9201] }),
    object(711, OBJECTS_SEED.meldingType, 1, { hoofdcategorie: "groen", subcategorie: "snoeien", toelichting: "Struiken belemmeren de doorgang", locatie: "Coolsingel 40" }, null),
  ],
};

/** Klantinteracties: a persoon-partij and one klantcontact with it as betrokkene. */
export const klantinteractiesSeed: Record<string, MockRecord[]> = {
  "/partijen": [
    {
      url: OBJECTS_SEED.partijPersoon,
      uuid: seedUuid(720),
      nummer: "0000000001",
      soortPartij: "persoon",
      indicatieActief: true,
      indicatieGeheimhouding: false,
      voorkeurstaal: "nld",
      interneNotitie: "",
      partijIdentificatie: { contactnaam: { voorletters: "R", voornaam: "Robin", voorvoegselAchternaam: "", achternaam: "Jansen" } },
      betrokkenen: [],
      categorieRelaties: [],
      digitaleAdressen: [],
      rekeningnummers: [],
      partijIdentificatoren: [],
      bezoekadres: null,
      correspondentieadres: null,
      voorkeursDigitaalAdres: null,
      voorkeursRekeningnummer: null,
      vertegenwoordigden: [],
    },
  ],
  "/klantcontacten": [
    {
      url: OBJECTS_SEED.klantcontact,
      uuid: seedUuid(730),
      nummer: "0000000001",
      kanaal: "telefoon",
      onderwerp: "Vraag over parkeervergunning",
      inhoud: "Wanneer is mijn aanvraag klaar?",
      indicatieContactGelukt: true,
      taal: "nld",
      vertrouwelijk: false,
      plaatsgevondenOp: "2025-03-01T10:00:00Z",
      gingOverOnderwerpobjecten: [],
      hadBetrokkenActoren: [],
      hadBetrokkenen: [],
      leiddeTotInterneTaken: [],
      omvatteBijlagen: [],
    },
  ],
};
