/**
 * BRK Bevragen 2.0, read-only from the seed: `GET /kadastraalonroerendezaken` by address (postcode,
 * huisnummer, huisletter, huisnummertoevoeging), nummeraanduidingIdentificatie or kadastrale aanduiding
 * (HAL `_embedded.kadastraalOnroerendeZaken`), and `GET /kadastraalonroerendezaken/{id}`; `Accept-Crs`.
 */
import { defineBehaviour } from "../engine/behaviour.js";
import type { MockRecord } from "../engine/store.js";
import { render } from "../engine/urls.js";
import { acceptsRd, checkQuery, type QueryRule, sameText } from "./haal-centraal-params.js";
import { hcParamsProblem, hcProblem } from "./haal-centraal-problem.js";

const RULES: Readonly<Record<string, QueryRule>> = {
  postcode: { pattern: /^[1-9]{1}[0-9]{3}[a-zA-Z]{2}$/ },
  huisnummer: { integer: [1, 99999] },
  huisletter: { pattern: /^[a-zA-Z]$/ },
  huisnummertoevoeging: { pattern: /^([a-zA-Z0-9]){1,4}$/ },
  nummeraanduidingIdentificatie: { pattern: /^[0-9]{16}$/ },
};
const SEARCH = ["postcode", "nummeraanduidingIdentificatie", "kadastraleAanduiding", "kadastraleAanduidingMetGemeentecode", "persoon__identificatie"];

/** Keeps only the `fields` asked (top-level names; `_links` stays). */
function pick(record: MockRecord, fields: string | null): MockRecord {
  if (!fields) return record;
  const names = new Set(fields.split(",").map((f) => f.split(".")[0]));
  return Object.fromEntries(Object.entries(record).filter(([k]) => names.has(k) || k === "_links"));
}

function respond(body: unknown, origin: string): Response {
  return new Response(JSON.stringify(render(body, origin)), { status: 200, headers: { "Content-Type": "application/hal+json", "Content-Crs": "epsg:28992" } });
}

/** The BRK behaviour. */
export const brkBehaviour = defineBehaviour({
  api: "brk",
  routes: {
    "get /kadastraalonroerendezaken": (ctx) => {
      const url = new URL(ctx.request.url);
      const q = url.searchParams;
      if (!acceptsRd(ctx.request.headers)) return hcProblem(406, { code: "notAcceptable", title: "Gevraagde contenttype wordt niet ondersteund.", instance: url.pathname });
      const problems = checkQuery(q, RULES);
      const given = SEARCH.filter((name) => q.has(name));
      if (given.length !== 1) problems.push({ name: "postcode", code: "paramsCombination", reason: "Geef precies één zoekcategorie op." });
      if (problems.length > 0) return hcParamsProblem(url.pathname, problems);
      const found = [...ctx.store.collection("brk", "/kadastraalonroerendezaken").values()].filter((zaak) => {
        const adressen = (Array.isArray(zaak.adressen) ? zaak.adressen : []) as MockRecord[];
        if (q.has("postcode")) {
          return adressen.some(
            (a) =>
              sameText(a.postcode, q.get("postcode")) &&
              (!q.has("huisnummer") || a.huisnummer === Number(q.get("huisnummer"))) &&
              sameText(a.huisletter, q.get("huisletter")) &&
              sameText(a.huisnummertoevoeging, q.get("huisnummertoevoeging")),
          );
        }
        if (q.has("nummeraanduidingIdentificatie")) return adressen.some((a) => a.nummeraanduidingIdentificatie === q.get("nummeraanduidingIdentificatie"));
        if (q.has("kadastraleAanduiding")) return sameText(zaak.kadastraleAanduiding, q.get("kadastraleAanduiding"));
        return false;
      });
      return respond({ _links: { self: { href: url.href } }, _embedded: { kadastraalOnroerendeZaken: found.map((z) => pick(z, q.get("fields"))) } }, ctx.origin);
    },
    "get /kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}": (ctx) => {
      const url = new URL(ctx.request.url);
      if (!acceptsRd(ctx.request.headers)) return hcProblem(406, { code: "notAcceptable", title: "Gevraagde contenttype wordt niet ondersteund.", instance: url.pathname });
      const zaak = ctx.store.collection("brk", "/kadastraalonroerendezaken").get(ctx.params.kadastraalOnroerendeZaakIdentificatie ?? "");
      if (!zaak) return hcProblem(404, { code: "notFound", title: "Opgevraagde resource bestaat niet.", instance: url.pathname });
      return respond(pick(zaak, url.searchParams.get("fields")), ctx.origin);
    },
  },
});
