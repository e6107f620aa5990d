/**
 * The parameters of each BRP Personen 2.x query type, with the patterns and ranges of the spec
 * (`PersonenQuery` and its subtypes in BRP API Personen 2.7.0).
 */
import { type ParamRule, boolean, bsn, date, integer, list, text } from "../shared/param-checks.js";

const GESLACHTSNAAM = /^[a-zA-Z0-9À-ž .\-']{1,200}$|^[a-zA-Z0-9À-ž .\-']{3,199}\*{1}$/;
const fields: ParamRule = { required: true, check: list(text(/^[a-zA-Z0-9._]{1,200}$/), 1, 130) };
const gemeente = text(/^[0-9]{4}$/);
const common = { fields, inclusiefOverledenPersonen: { check: boolean } } as const;
const huisnummer: ParamRule = { required: true, check: integer(1, 99999) };
const huisletter: ParamRule = { check: text(/^[a-zA-Z]{1}$/) };
const huisnummertoevoeging: ParamRule = { check: text(/^[a-zA-Z0-9 -]{1,4}$/) };
const geslacht: ParamRule = { check: text(/^([Mm]|[Vv]|[Oo])$/) };
const voorvoegsel: ParamRule = { check: text(/^[a-zA-Z ']{1,10}$/) };
const bagId: ParamRule = { required: true, check: text(/^(?!0{16})[0-9]{16}$/) };

/** The parameter rules per query type; `type` itself is checked apart. */
export const PERSON_QUERY_RULES: Readonly<Record<string, Readonly<Record<string, ParamRule>>>> = {
  RaadpleegMetBurgerservicenummer: {
    fields,
    burgerservicenummer: { required: true, check: list(bsn, 1, 20) },
    gemeenteVanInschrijving: { check: gemeente },
  },
  ZoekMetGeslachtsnaamEnGeboortedatum: {
    ...common,
    geboortedatum: { required: true, check: date },
    geslachtsnaam: { required: true, check: text(GESLACHTSNAAM) },
    geslacht,
    voorvoegsel,
    voornamen: { check: text(/^[a-zA-Z0-9À-ž .\-']{1,199}\*{0,1}$/) },
    gemeenteVanInschrijving: { check: gemeente },
  },
  ZoekMetNaamEnGemeenteVanInschrijving: {
    ...common,
    geslachtsnaam: { required: true, check: text(GESLACHTSNAAM) },
    voornamen: { required: true, check: text(GESLACHTSNAAM) },
    gemeenteVanInschrijving: { required: true, check: gemeente },
    geslacht,
    voorvoegsel,
  },
  ZoekMetPostcodeEnHuisnummer: {
    ...common,
    postcode: { required: true, check: text(/^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$/) },
    huisnummer,
    huisletter,
    huisnummertoevoeging,
    geboortedatum: { check: date },
    geslachtsnaam: { check: text(GESLACHTSNAAM) },
    gemeenteVanInschrijving: { check: gemeente },
  },
  ZoekMetStraatHuisnummerEnGemeenteVanInschrijving: {
    ...common,
    straat: { required: true, check: text(/^[a-zA-Z0-9À-ž \-'.]{1,80}$|^[a-zA-Z0-9À-ž \-'.]{7,79}\*{1}$|^\*{1}[a-zA-Z0-9À-ž \-'.]{7,79}$/) },
    huisnummer,
    huisletter,
    huisnummertoevoeging,
    gemeenteVanInschrijving: { required: true, check: gemeente },
  },
  ZoekMetNummeraanduidingIdentificatie: { ...common, nummeraanduidingIdentificatie: bagId, gemeenteVanInschrijving: { check: gemeente } },
  ZoekMetAdresseerbaarObjectIdentificatie: { ...common, adresseerbaarObjectIdentificatie: bagId, gemeenteVanInschrijving: { check: gemeente } },
};
