/** Seed: autorisaties (applicaties) and notificaties (kanalen); the Haal Centraal seed is in haal-centraal.ts. */
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
