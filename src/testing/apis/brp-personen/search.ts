/** Which seeded persons a BRP Personen 2.x query finds, per query type (the zoeken features of the BRP Gherkin). */
import type { MockRecord } from "../../engine/store.js";

/** Lower case without diacritics: the BRP compares names that way. */
function fold(value: unknown): string {
  return String(value ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Case- and diacritics-insensitive match with a `*` wildcard at the start or end. */
function like(actual: unknown, wanted: unknown): boolean {
  const a = fold(actual);
  const w = fold(wanted);
  if (w.endsWith("*")) return a.startsWith(w.slice(0, -1));
  if (w.startsWith("*")) return a.endsWith(w.slice(1));
  return a === w;
}

const at = (record: MockRecord, path: string): unknown => path.split(".").reduce<unknown>((v, k) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined), record);
const given = (value: unknown): boolean => value !== undefined && value !== null && value !== "";
const same = (actual: unknown, wanted: unknown): boolean => !given(wanted) || fold(actual) === fold(wanted);

/** The persons matching the query (overledenen only with `inclusiefOverledenPersonen` when zoeken). */
export function findPersonen(persons: readonly MockRecord[], q: Readonly<Record<string, unknown>>): MockRecord[] {
  const adres = (p: MockRecord, k: string) => at(p, `verblijfplaats.verblijfadres.${k}`);
  const naam = (p: MockRecord) =>
    like(at(p, "naam.geslachtsnaam"), q.geslachtsnaam) &&
    (!given(q.voornamen) || like(at(p, "naam.voornamen"), q.voornamen)) &&
    same(at(p, "naam.voorvoegsel"), q.voorvoegsel) &&
    same(at(p, "geslacht.code"), q.geslacht);
  const huis = (p: MockRecord) => adres(p, "huisnummer") === q.huisnummer && same(adres(p, "huisletter"), q.huisletter) && same(adres(p, "huisnummertoevoeging"), q.huisnummertoevoeging);
  const matchers: Record<string, (p: MockRecord) => boolean> = {
    RaadpleegMetBurgerservicenummer: (p) => Array.isArray(q.burgerservicenummer) && q.burgerservicenummer.includes(p.burgerservicenummer),
    ZoekMetGeslachtsnaamEnGeboortedatum: (p) => at(p, "geboorte.datum.datum") === q.geboortedatum && naam(p),
    ZoekMetNaamEnGemeenteVanInschrijving: naam,
    ZoekMetPostcodeEnHuisnummer: (p) =>
      fold(adres(p, "postcode")) === fold(String(q.postcode).replace(/ /g, "")) &&
      huis(p) &&
      (!given(q.geboortedatum) || at(p, "geboorte.datum.datum") === q.geboortedatum) &&
      (!given(q.geslachtsnaam) || like(at(p, "naam.geslachtsnaam"), q.geslachtsnaam)),
    ZoekMetStraatHuisnummerEnGemeenteVanInschrijving: (p) => (like(adres(p, "korteStraatnaam"), q.straat) || like(adres(p, "officieleStraatnaam"), q.straat)) && huis(p),
    ZoekMetNummeraanduidingIdentificatie: (p) => at(p, "verblijfplaats.nummeraanduidingIdentificatie") === q.nummeraanduidingIdentificatie,
    ZoekMetAdresseerbaarObjectIdentificatie: (p) => at(p, "verblijfplaats.adresseerbaarObjectIdentificatie") === q.adresseerbaarObjectIdentificatie,
  };
  const matches = matchers[String(q.type)] ?? (() => false);
  const raadplegen = q.type === "RaadpleegMetBurgerservicenummer";
  return persons.filter(
    (p) => matches(p) && (!given(q.gemeenteVanInschrijving) || at(p, "gemeenteVanInschrijving.code") === q.gemeenteVanInschrijving) && (raadplegen || q.inclusiefOverledenPersonen === true || !p.overlijden),
  );
}
