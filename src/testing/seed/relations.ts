/**
 * Seed: the cross-API relations of the afgeronde zaak ZAAK-2025-0000000003 — its aanvraag document
 * (ZIO), the vergunningsbesluit with its besluitbrief (BIO) and ZaakBesluit, and the mirror OIOs.
 */
import type { MockRecord } from "../engine/store.js";
import { SEED, seedUuid } from "./ids.js";

const ZAAK = `/zaken/api/v1/zaken/${seedUuid(102)}`;
const AANVRAAG = `/documenten/api/v1/enkelvoudiginformatieobjecten/${seedUuid(700)}`;
const BESLUITBRIEF = `/documenten/api/v1/enkelvoudiginformatieobjecten/${seedUuid(701)}`;
const BESLUIT = `/besluiten/api/v1/besluiten/${seedUuid(7110)}`;

/** Canonical URLs of the seeded relations. */
export const SEED_RELATIONS = {
  zaak: ZAAK,
  besluit: BESLUIT,
  zaakinformatieobject: `/zaken/api/v1/zaakinformatieobjecten/${seedUuid(7100)}`,
  besluitinformatieobject: `/besluiten/api/v1/besluitinformatieobjecten/${seedUuid(7111)}`,
} as const;

/** Zaken: the ZIO and the ZaakBesluit. */
export const relationsZakenSeed: Record<string, MockRecord[]> = {
  "/zaakinformatieobjecten": [
    {
      url: SEED_RELATIONS.zaakinformatieobject,
      uuid: seedUuid(7100),
      informatieobject: AANVRAAG,
      zaak: ZAAK,
      aardRelatieWeergave: "Hoort bij, omgekeerd: kent",
      titel: "Aanvraag parkeervergunning",
      beschrijving: "",
      registratiedatum: "2025-01-15T09:05:00Z",
      vernietigingsdatum: null,
      status: null,
    },
  ],
  [`/zaken/${seedUuid(102)}/besluiten`]: [{ url: `${ZAAK}/besluiten/${seedUuid(7112)}`, uuid: seedUuid(7112), besluit: BESLUIT }],
};

/** Besluiten: the vergunningsbesluit and its BIO. */
export const relationsBesluitenSeed: Record<string, MockRecord[]> = {
  "/besluiten": [
    {
      url: BESLUIT,
      identificatie: "BESLUIT-2025-0000000001",
      verantwoordelijkeOrganisatie: SEED.rsin,
      besluittype: SEED.besluittypeVergunning,
      zaak: ZAAK,
      datum: "2025-02-18",
      toelichting: "Parkeervergunning verleend.",
      bestuursorgaan: "College van B&W",
      ingangsdatum: "2025-02-20",
      vervaldatum: null,
      vervalreden: "",
      vervalredenWeergave: "",
      publicatiedatum: null,
      verzenddatum: "2025-02-19",
      uiterlijkeReactiedatum: null,
    },
  ],
  "/besluitinformatieobjecten": [{ url: SEED_RELATIONS.besluitinformatieobject, informatieobject: BESLUITBRIEF, besluit: BESLUIT }],
};

/** Documenten: the mirror OIOs. */
export const relationsDocumentenSeed: Record<string, MockRecord[]> = {
  "/objectinformatieobjecten": [
    { url: `/documenten/api/v1/objectinformatieobjecten/${seedUuid(7101)}`, informatieobject: AANVRAAG, object: ZAAK, objectType: "zaak" },
    { url: `/documenten/api/v1/objectinformatieobjecten/${seedUuid(7113)}`, informatieobject: BESLUITBRIEF, object: BESLUIT, objectType: "besluit" },
  ],
};
