/** Fixed identifiers of the default seed, so tests can rely on them. */

/** A fixed, valid UUID v4 from a small number. */
export function seedUuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

/** Canonical (origin-less) URLs of the seed's main records. */
export const SEED = {
  catalogus: `/catalogi/api/v1/catalogussen/${seedUuid(1)}`,
  zaaktypeParkeren2023: `/catalogi/api/v1/zaaktypen/${seedUuid(10)}`,
  zaaktypeParkeren2025: `/catalogi/api/v1/zaaktypen/${seedUuid(11)}`,
  zaaktypeMeldingConcept: `/catalogi/api/v1/zaaktypen/${seedUuid(12)}`,
  informatieobjecttypeAanvraag: `/catalogi/api/v1/informatieobjecttypen/${seedUuid(20)}`,
  informatieobjecttypeBesluit: `/catalogi/api/v1/informatieobjecttypen/${seedUuid(21)}`,
  besluittypeVergunning: `/catalogi/api/v1/besluittypen/${seedUuid(30)}`,
  /** Zaaktype identificatie of the parkeervergunning versions. */
  parkerenIdentificatie: "PARKEERVERGUNNING",
  meldingIdentificatie: "MELDING-OPENBARE-RUIMTE",
  /** RSIN of the fictional municipality (passes the 11-check). */
  rsin: "002220647",
  /** Fictional test BSNs from the BRP test data. */
  bsnJansen: "999993653",
  bsnDeVries: "999993665",
  /** The demo client (heeftAlleAutorisaties). */
  demoClientId: "demo-app",
  demoSecret: "demo-secret-for-the-commonground-mock-2024",
  /** A restricted client: zaken of the parkeervergunning zaaktype up to `zaakvertrouwelijk` only. */
  restrictedClientId: "beperkt-app",
  restrictedSecret: "beperkt-secret-for-the-commonground-mock-24",
  /** Token for Objects / Objecttypen / Klantinteracties, and the Haal Centraal API key. */
  demoToken: "demo-token-0123456789abcdef0123456789abcdef",
  demoApiKey: "demo-api-key-0123456789abcdef",
} as const;
