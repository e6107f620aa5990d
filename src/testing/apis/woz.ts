/**
 * WOZ Bevragen 1.0, read-only from the seed: `GET /wozobjecten` by address, nummeraanduiding,
 * adresseerbaar object or owner (HAL pages, `_embedded.wozObjecten`) and `GET /wozobjecten/{identificatie}`
 * with its waarden.
 */
import { defineBehaviour } from "../engine/behaviour.js";
import { paginate } from "../engine/pagination.js";
import type { MockRecord } from "../engine/store.js";
import { checkQuery, type QueryRule, sameText } from "./haal-centraal-params.js";
import { hcParamsProblem, hcProblem } from "./haal-centraal-problem.js";

const RULES: Readonly<Record<string, QueryRule>> = {
  postcode: { pattern: /^[1-9]{1}[0-9]{3}[a-zA-Z]{2}$/ },
  huisnummer: { integer: [1, 99999] },
  huisletter: { pattern: /^[a-zA-Z]$/ },
  huisnummertoevoeging: { pattern: /^[0-9a-zA-Z]{1,4}$/ },
  nummeraanduidingIdentificatie: { pattern: /^[0-9]{16}$/ },
  adresseerbaarObjectIdentificatie: { pattern: /^[0-9]{16}$/ },
  rsin: { pattern: /^[0-9]{9}$/ },
  kvkNummer: { pattern: /^[0-9]{8}$/ },
  page: { integer: [1, 1_000_000] },
  pageSize: { integer: [1, 100] },
};

function matches(object: MockRecord, q: URLSearchParams): boolean {
  const aanduiding = (object.aanduiding ?? {}) as MockRecord;
  if (q.has("postcode") && !(sameText(aanduiding.postcode, q.get("postcode")) && aanduiding.huisnummer === Number(q.get("huisnummer")))) return false;
  if (!sameText(aanduiding.huisletter, q.get("huisletter")) || !sameText(aanduiding.huisnummertoevoeging, q.get("huisnummertoevoeging"))) return false;
  if (!sameText(aanduiding.nummeraanduidingIdentificatie, q.get("nummeraanduidingIdentificatie"))) return false;
  const vbo = q.get("adresseerbaarObjectIdentificatie");
  if (vbo !== null && !(Array.isArray(object.adresseerbaarObjectIdentificaties) && object.adresseerbaarObjectIdentificaties.includes(vbo))) return false;
  const eigenaar = (object.belanghebbendeEigenaar ?? {}) as MockRecord;
  return sameText(eigenaar.rsin, q.get("rsin")) && sameText(eigenaar.kvkNummer, q.get("kvkNummer"));
}

/** The WOZ behaviour. */
export const wozBehaviour = defineBehaviour({
  api: "woz",
  routes: {
    "get /wozobjecten": (ctx) => {
      const url = new URL(ctx.request.url);
      const q = url.searchParams;
      const problems = checkQuery(q, RULES);
      if (q.has("postcode") && !q.has("huisnummer")) problems.push({ name: "huisnummer", code: "required", reason: "Parameter is verplicht." });
      if (!["postcode", "nummeraanduidingIdentificatie", "adresseerbaarObjectIdentificatie", "rsin", "kvkNummer"].some((n) => q.has(n))) {
        problems.push({ name: "nummeraanduidingIdentificatie", code: "paramsRequired", reason: "Geef ten minste één zoekcategorie op." });
      }
      if (problems.length > 0) return hcParamsProblem(url.pathname, problems);
      const found = [...ctx.store.collection("woz", "/wozobjecten").values()].filter((o) => matches(o, q));
      return { status: 200, body: paginate(found, url, { envelope: "hal", paged: true, pageSize: true, collection: "wozObjecten" }) };
    },
    "get /wozobjecten/{identificatie}": (ctx) => {
      const object = ctx.store.collection("woz", "/wozobjecten").get(ctx.params.identificatie ?? "");
      if (!object) return hcProblem(404, { code: "notFound", title: "Opgevraagde resource bestaat niet.", instance: new URL(ctx.request.url).pathname });
      return { status: 200, body: object };
    },
  },
});
