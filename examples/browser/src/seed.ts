/**
 * The example's extra data for the in-browser mock, as plain records (no imports, so the e2e test can
 * compute what the page must show from the same function).
 */

/** A record of the mock's store (canonical, origin-less URLs). */
export type SeedRecord = Record<string, unknown>;

/** How many zaken the in-browser mock gets on top of its seed: Zaken 1.7.0 lists 100 per page (no pageSize), so this makes a second page. */
export const EXTRA_ZAKEN = 100;

/** The documents the example uploads with the SDK (to the first zaak, when the seed gave it none). */
export const EXAMPLE_DOCUMENTS = [
  { titel: "Aanvraagformulier parkeervergunning", bestandsnaam: "aanvraag-parkeervergunning.pdf", formaat: "application/pdf", content: "%PDF-1.7\n% aanvraag parkeervergunning\n" },
  { titel: "Kentekenbewijs", bestandsnaam: "kentekenbewijs.jpg", formaat: "image/jpeg", content: "kentekenbewijs (voorbeeld)" },
] as const;

const OMSCHRIJVINGEN = ["Aanvraag parkeervergunning", "Aanvraag bewonersvergunning", "Wijziging kenteken parkeervergunning", "Aanvraag bezoekersvergunning"];

/**
 * `EXTRA_ZAKEN` zaken cloned from a seed zaak, each with one status cycling through `statustypen`
 * (the last one is the eindstatus, so those zaken get an einddatum). Identificaties ZAAK-2025-0000001001…
 * stay clear of the seed's.
 */
export function extraZaken(template: SeedRecord, statusTemplate: SeedRecord, statustypen: readonly string[], seedUuid: (n: number) => string): { zaken: SeedRecord[]; statussen: SeedRecord[] } {
  const zaken: SeedRecord[] = [];
  const statussen: SeedRecord[] = [];
  for (let i = 0; i < EXTRA_ZAKEN; i++) {
    const uuid = seedUuid(5000 + i);
    const statusUuid = seedUuid(6000 + i);
    const url = `/zaken/api/v1/zaken/${uuid}`;
    const statusUrl = `/zaken/api/v1/statussen/${statusUuid}`;
    const day = new Date(Date.UTC(2025, 3, 1 + i)).toISOString().slice(0, 10);
    const last = i % statustypen.length;
    zaken.push({
      ...template,
      url,
      uuid,
      identificatie: `ZAAK-2025-${String(1001 + i).padStart(10, "0")}`,
      omschrijving: OMSCHRIJVINGEN[i % OMSCHRIJVINGEN.length],
      registratiedatum: day,
      startdatum: day,
      einddatum: last === statustypen.length - 1 ? day : null,
      resultaat: null,
      rollen: [],
      status: statusUrl,
      zaakinformatieobjecten: [],
    });
    statussen.push({ ...statusTemplate, url: statusUrl, uuid: statusUuid, zaak: url, statustype: statustypen[last], datumStatusGezet: `${day}T09:00:00Z`, indicatieLaatstGezetteStatus: true });
  }
  return { zaken, statussen };
}
