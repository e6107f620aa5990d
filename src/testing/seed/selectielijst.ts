/**
 * Seed of the mock's built-in Referentielijsten/selectielijst API: two procestypen of the 2020
 * selectielijst with a few resultaten each (every procestermijn kind the ZTC rules look at), and the
 * generic resultaattypeomschrijvingen the seed's resultaattypen use. Fictional values shaped like the
 * public Referentielijsten API.
 */
import type { MockRecord } from "../engine/store.js";
import { seedUuid } from "./ids.js";

const R = "/referentielijsten/api/v1";

/** Canonical URLs of the seeded selectielijst records. */
export const SELECTIELIJST = {
  /** Procestype 11 "Toestemming verlenen" (the parkeervergunning zaaktypen). */
  procestypeToestemming: `${R}/procestypen/${seedUuid(711)}`,
  /** Procestype 15 "Onderhouden en repareren" (the melding zaaktype). */
  procestypeOnderhoud: `${R}/procestypen/${seedUuid(715)}`,
  /** 11.1 Verleend: procestermijn nihil, vernietigen after P1Y. */
  resultaatVerleend: `${R}/resultaten/${seedUuid(720)}`,
  /** 11.2 Geweigerd: procestermijn nihil, vernietigen after P1Y. */
  resultaatGeweigerd: `${R}/resultaten/${seedUuid(721)}`,
  /** 11.1.1 Verleend: procestermijn bestaansduur_procesobject, vernietigen after P10Y. */
  resultaatVerleendBestaansduur: `${R}/resultaten/${seedUuid(722)}`,
  /** 11.3 Ingetrokken: procestermijn ingeschatte_bestaansduur_procesobject, vernietigen after P5Y. */
  resultaatIngetrokken: `${R}/resultaten/${seedUuid(723)}`,
  /** 11.1.2 Verleend: no procestermijn, blijvend_bewaren. */
  resultaatVerleendBlijvend: `${R}/resultaten/${seedUuid(724)}`,
  /** 15.1 Uitgevoerd: procestermijn nihil, vernietigen after P1Y. */
  resultaatUitgevoerd: `${R}/resultaten/${seedUuid(730)}`,
  /** 15.2 Niet uitgevoerd: procestermijn nihil, vernietigen after P1Y. */
  resultaatNietUitgevoerd: `${R}/resultaten/${seedUuid(731)}`,
  omschrijvingVerleend: `${R}/resultaattypeomschrijvingen/${seedUuid(740)}`,
  omschrijvingGeweigerd: `${R}/resultaattypeomschrijvingen/${seedUuid(741)}`,
} as const;

function procestype(url: string, nummer: number, naam: string, omschrijving: string, procesobject: string): MockRecord {
  return { url, nummer, jaar: 2020, naam, omschrijving, toelichting: "", procesobject };
}

const WEERGAVE: Readonly<Record<string, string>> = {
  nihil: "Nihil",
  bestaansduur_procesobject: "De bestaans- of geldigheidsduur van het procesobject.",
  ingeschatte_bestaansduur_procesobject: "De ingeschatte maximale bestaans- of geldigheidsduur van het procesobject.",
  "": "",
};

function resultaat(url: string, procesType: string, nummer: number, volledigNummer: string, naam: string, procestermijn: string, waardering: string, bewaartermijn: string | null): MockRecord {
  const specifiek = volledigNummer.split(".").length > 2;
  return {
    url,
    procesType,
    nummer,
    volledigNummer,
    generiek: !specifiek,
    specifiek,
    naam,
    omschrijving: specifiek ? `${naam} (specifiek)` : "",
    herkomst: waardering === "blijvend_bewaren" ? "Systeemanalyse" : "Risicoanalyse",
    waardering,
    procestermijn,
    procestermijnWeergave: WEERGAVE[procestermijn] ?? "",
    bewaartermijn,
    toelichting: "",
    algemeenBestaandEnOverheersendBelang: false,
    procestermijnOpmerking: "",
  };
}

const S = SELECTIELIJST;

/** The Referentielijsten part of the default seed. */
export const referentielijstenSeed: Record<string, MockRecord[]> = {
  "/procestypen": [
    procestype(S.procestypeToestemming, 11, "Toestemming verlenen", "Het behandelen van een aanvraag om toestemming voor het doen of laten van een derde.", "De verleende toestemming"),
    procestype(S.procestypeOnderhoud, 15, "Onderhouden en repareren", "Het onderhouden en repareren van objecten die het orgaan beheert.", "Het onderhouden of gerepareerde object"),
  ],
  "/resultaten": [
    resultaat(S.resultaatVerleend, S.procestypeToestemming, 1, "11.1", "Verleend", "nihil", "vernietigen", "P1Y"),
    resultaat(S.resultaatVerleendBestaansduur, S.procestypeToestemming, 1, "11.1.1", "Verleend", "bestaansduur_procesobject", "vernietigen", "P10Y"),
    resultaat(S.resultaatVerleendBlijvend, S.procestypeToestemming, 2, "11.1.2", "Verleend", "", "blijvend_bewaren", null),
    resultaat(S.resultaatGeweigerd, S.procestypeToestemming, 2, "11.2", "Geweigerd", "nihil", "vernietigen", "P1Y"),
    resultaat(S.resultaatIngetrokken, S.procestypeToestemming, 3, "11.3", "Ingetrokken", "ingeschatte_bestaansduur_procesobject", "vernietigen", "P5Y"),
    resultaat(S.resultaatUitgevoerd, S.procestypeOnderhoud, 1, "15.1", "Uitgevoerd", "nihil", "vernietigen", "P1Y"),
    resultaat(S.resultaatNietUitgevoerd, S.procestypeOnderhoud, 2, "15.2", "Niet uitgevoerd", "nihil", "vernietigen", "P1Y"),
  ],
  "/resultaattypeomschrijvingen": [
    { url: S.omschrijvingVerleend, omschrijving: "Verleend", definitie: "Er is een besluit genomen waarmee het gevraagde is toegekend.", opmerking: "" },
    { url: S.omschrijvingGeweigerd, omschrijving: "Geweigerd", definitie: "Er is een besluit genomen waarmee het gevraagde is afgewezen.", opmerking: "" },
  ],
};
