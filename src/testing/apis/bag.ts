/**
 * BAG Individuele Bevragingen 2.0: `GET /adressen` (postcode + huisnummer, huisletter,
 * huisnummertoevoeging, exacteMatch, adresseerbaarObjectIdentificatie, woonplaats + openbare ruimte,
 * pandIdentificatie), `GET /adressen/{id}`, `GET /nummeraanduidingen`, HAL pages with `page`/`pageSize`
 * (10–100, default 20), `expand` into `_embedded`, and `Accept-Crs: epsg:28992`.
 */
import { type BehaviourContext, defineBehaviour } from "../engine/behaviour.js";
import { paginate } from "../engine/pagination.js";
import type { MockRecord } from "../engine/store.js";
import { render } from "../engine/urls.js";
import { acceptsRd, checkQuery, type QueryRule, sameText } from "./haal-centraal-params.js";
import { type HcInvalidParam, hcParamsProblem, hcProblem } from "./haal-centraal-problem.js";

const RULES: Readonly<Record<string, QueryRule>> = {
  postcode: { pattern: /^[1-9]{1}[0-9]{3}[a-zA-Z]{2}$/ },
  huisnummer: { integer: [1, 99999] },
  huisnummertoevoeging: { pattern: /^[0-9a-zA-Z]{1,4}$/ },
  huisletter: { pattern: /^[a-zA-Z]{1}$/ },
  exacteMatch: { boolean: true },
  adresseerbaarObjectIdentificatie: { pattern: /^[0-9]{4}(01|02|03)[0-9]{10}$/ },
  pandIdentificatie: { pattern: /^[0-9]{4}10[0-9]{10}$/ },
  page: { integer: [1, 1_000_000] },
  pageSize: { integer: [10, 100] },
};

/** The `_embedded` members of an adres and where their records live. */
const MEMBERS: Readonly<Record<string, { collection: string; key: string }>> = {
  nummeraanduiding: { collection: "/nummeraanduidingen", key: "nummeraanduidingIdentificatie" },
  openbareRuimte: { collection: "/openbareruimten", key: "openbareRuimteIdentificatie" },
  woonplaats: { collection: "/woonplaatsen", key: "woonplaatsIdentificatie" },
};

type Ctx = Omit<BehaviourContext, "record" | "previous" | "collection">;

const instanceOf = (ctx: Ctx): string => new URL(ctx.request.url).pathname;

/** The asked `expand` as member → property paths (empty: the whole member); `true` expands all. */
function parseExpand(raw: string | null): { members: Map<string, string[]>; problems: HcInvalidParam[] } {
  const members = new Map<string, string[]>();
  if (raw === null) return { members, problems: [] };
  if (raw === "true") {
    for (const m of Object.keys(MEMBERS)) members.set(m, []);
    return { members, problems: [] };
  }
  const problems: HcInvalidParam[] = [];
  for (const part of raw.split(",").map((p) => p.trim())) {
    const [member = "", ...rest] = part.split(".");
    if (!(member in MEMBERS)) {
      problems.push({ name: "expand", code: "expand", reason: `Parameter expand bevat een niet bestaande resource of veld: ${part}.` });
      continue;
    }
    const paths = members.get(member) ?? [];
    if (rest.length > 0) paths.push(rest.join("."));
    members.set(member, paths);
  }
  return { members, problems };
}

/** The adres with the asked members in `_embedded` (a property path keeps only that property of the member). */
function expandAdres(ctx: Ctx, adres: MockRecord, members: Map<string, string[]>): MockRecord {
  if (members.size === 0) return adres;
  const embedded: Record<string, unknown> = {};
  for (const [member, paths] of members) {
    const { collection, key } = MEMBERS[member] ?? { collection: "", key: "" };
    const record = ctx.store.collection("bag", collection).get(String(adres[key]));
    if (!record) continue;
    if (paths.length === 0) {
      embedded[member] = record;
      continue;
    }
    const inner = (record[member] ?? {}) as Record<string, unknown>;
    embedded[member] = { [member]: Object.fromEntries(paths.filter((p) => p in inner).map((p) => [p, inner[p]])), _links: record._links };
  }
  return { ...adres, _embedded: embedded };
}

function matchesAdres(a: MockRecord, q: URLSearchParams): boolean {
  const exact = q.get("exacteMatch") === "true";
  const optional = (field: string): boolean => (exact ? String(a[field] ?? "").toLowerCase() === (q.get(field) ?? "").toLowerCase() : sameText(a[field], q.get(field)));
  if (q.has("postcode") && String(a.postcode).toLowerCase() !== String(q.get("postcode")).toLowerCase()) return false;
  if (q.has("huisnummer") && a.huisnummer !== Number(q.get("huisnummer"))) return false;
  if (!optional("huisletter") || !optional("huisnummertoevoeging")) return false;
  if (!sameText(a.adresseerbaarObjectIdentificatie, q.get("adresseerbaarObjectIdentificatie"))) return false;
  if (!sameText(a.woonplaatsNaam, q.get("woonplaatsNaam")) || !sameText(a.openbareRuimteNaam, q.get("openbareRuimteNaam"))) return false;
  const pand = q.get("pandIdentificatie");
  return pand === null || (Array.isArray(a.pandIdentificaties) && a.pandIdentificaties.includes(pand));
}

/** The Haal Centraal 406 for an `Accept-Crs` other than epsg:28992. */
function notAcceptable(ctx: Ctx): Response {
  return hcProblem(406, { code: "notAcceptable", title: "Gevraagde contenttype wordt niet ondersteund.", detail: `CRS '${ctx.request.headers.get("Accept-Crs")}' wordt niet ondersteund; gebruik epsg:28992.`, instance: instanceOf(ctx) });
}

/** A JSON response with `Content-Crs` when geometry is in it. */
function json(body: unknown, ctx: Ctx, geometry: boolean): Response {
  const headers: Record<string, string> = { "Content-Type": "application/hal+json" };
  if (geometry) headers["Content-Crs"] = "epsg:28992";
  return new Response(JSON.stringify(render(body, ctx.origin)), { status: 200, headers });
}

/** The BAG behaviour. */
export const bagBehaviour = defineBehaviour({
  api: "bag",
  routes: {
    "get /adressen": (ctx) => {
      if (!acceptsRd(ctx.request.headers)) return notAcceptable(ctx);
      const url = new URL(ctx.request.url);
      const q = url.searchParams;
      const { members, problems } = parseExpand(q.get("expand"));
      problems.unshift(...checkQuery(q, RULES));
      if (q.has("postcode") !== q.has("huisnummer") && !q.has("woonplaatsNaam")) {
        const missing = q.has("postcode") ? "huisnummer" : "postcode";
        problems.push({ name: missing, code: "required", reason: "Parameter is verplicht." });
      }
      if (problems.length > 0) return hcParamsProblem(instanceOf(ctx), problems, "invalid-params");
      const found = [...ctx.store.collection("bag", "/adressen").values()].filter((a) => matchesAdres(a, q)).map((a) => expandAdres(ctx, a, members));
      return json(paginate(found, url, { envelope: "hal", paged: true, pageSize: true, collection: "adressen" }), ctx, members.has("woonplaats"));
    },
    "get /adressen/{nummeraanduidingIdentificatie}": (ctx) => {
      if (!acceptsRd(ctx.request.headers)) return notAcceptable(ctx);
      const q = new URL(ctx.request.url).searchParams;
      const { members, problems } = parseExpand(q.get("expand"));
      if (problems.length > 0) return hcParamsProblem(instanceOf(ctx), problems, "invalid-params");
      const adres = ctx.store.collection("bag", "/adressen").get(ctx.params.nummeraanduidingIdentificatie ?? "");
      if (!adres) return hcProblem(404, { code: "notFound", title: "Opgevraagde resource bestaat niet.", instance: instanceOf(ctx) });
      return json(expandAdres(ctx, adres, members), ctx, members.has("woonplaats"));
    },
    "get /nummeraanduidingen": (ctx) => {
      const url = new URL(ctx.request.url);
      const q = url.searchParams;
      const problems = checkQuery(q, RULES);
      if (problems.length > 0) return hcParamsProblem(instanceOf(ctx), problems, "invalid-params");
      const found = [...ctx.store.collection("bag", "/nummeraanduidingen").values()].filter((r) => {
        const n = (r.nummeraanduiding ?? {}) as MockRecord;
        return matchesAdres({ ...n, huisnummer: n.huisnummer, postcode: n.postcode }, q) && sameText(n.ligtAan, q.get("openbareRuimteIdentificatie"));
      });
      return { status: 200, body: paginate(found, url, { envelope: "hal", paged: true, pageSize: true, collection: "nummeraanduidingen" }) };
    },
  },
});
