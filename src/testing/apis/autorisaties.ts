/**
 * Autorisaties API rules (zgw-rules 2): one applicatie per client ID (ac-001), the flag or autorisaties
 * but not both (ac-002), the type fields an autorisatie needs for its scopes (ac-003), the read-only
 * `componentWeergave`, `GET /applicaties/consumer`, the listing that leaves out inconsistent admin data,
 * and the `autorisaties` kanaal. The engine's authorisation reads the applicaties from the store, so a
 * write here takes effect for the next request.
 */
import { VA_ORDER } from "../engine/auth.js";
import { type BehaviourContext, defineBehaviour } from "../engine/behaviour.js";
import { MockProblem } from "../engine/problems.js";
import type { MockRecord } from "../engine/store.js";
import { type Issue, failAll } from "./zaken/common.js";

const APPLICATIES = "/applicaties";

/** `componentWeergave` per component (Open Zaak's ComponentTypes labels). */
const COMPONENT_LABELS: Readonly<Record<string, string>> = {
  ac: "Autorisaties API",
  nrc: "Notificaties API",
  zrc: "Zaken API",
  ztc: "Catalogi API",
  drc: "Documenten API",
  brc: "Besluiten API",
};

/** ac-003: the fields an autorisatie needs when one of its scopes starts with the component's main prefix. */
const TYPE_BOUND: Readonly<Record<string, { readonly prefix: string; readonly fields: readonly string[] }>> = {
  zrc: { prefix: "zaken.", fields: ["zaaktype", "maxVertrouwelijkheidaanduiding"] },
  drc: { prefix: "documenten.", fields: ["informatieobjecttype", "maxVertrouwelijkheidaanduiding"] },
  brc: { prefix: "besluiten.", fields: ["besluittype"] },
};

function autorisatiesOf(record: MockRecord): MockRecord[] {
  return Array.isArray(record.autorisaties) ? (record.autorisaties as MockRecord[]) : [];
}

/** ac-002 in one place: `both`, `neither` or undefined (consistent). */
function inconsistency(record: MockRecord): "both" | "neither" | undefined {
  const all = record.heeftAlleAutorisaties === true;
  const some = autorisatiesOf(record).length > 0;
  if (all && some) return "both";
  if (!all && !some) return "neither";
  return undefined;
}

/** ac-001: client IDs another applicatie already holds. */
function clientIdIssues(ctx: BehaviourContext): Issue[] {
  const own = Array.isArray(ctx.record.clientIds) ? ctx.record.clientIds.map(String) : [];
  const taken = [...ctx.store.collection("autorisaties", APPLICATIES).values()]
    .filter((a) => a.url !== ctx.record.url)
    .flatMap((a) => (Array.isArray(a.clientIds) ? a.clientIds.map(String) : []));
  const clash = own.filter((id) => taken.includes(id));
  if (clash.length === 0) return [];
  return [{ name: "clientIds", code: "clientId-exists", reason: `De client ID(s) ${clash.join(", ")} zijn al in gebruik door een andere applicatie.` }];
}

/** ac-003: required type fields per autorisatie, and a VA outside the eight values. */
function autorisatieIssues(record: MockRecord): Issue[] {
  return autorisatiesOf(record).flatMap((autorisatie, i) => {
    const issues: Issue[] = [];
    const va = autorisatie.maxVertrouwelijkheidaanduiding;
    if (typeof va === "string" && va !== "" && !VA_ORDER.includes(va)) {
      issues.push({ name: `autorisaties.${i}.maxVertrouwelijkheidaanduiding`, code: "invalid_choice", reason: `"${va}" is een ongeldige keuze.` });
    }
    const rule = TYPE_BOUND[String(autorisatie.component)];
    const scopes = Array.isArray(autorisatie.scopes) ? autorisatie.scopes.map(String) : [];
    if (!rule || !scopes.some((s) => s.startsWith(rule.prefix))) return issues;
    for (const field of rule.fields) {
      const value = autorisatie[field];
      if ((value === undefined || value === null || value === "") && !issues.some((p) => p.name.endsWith(`.${field}`))) {
        issues.push({ name: `autorisaties.${i}.${field}`, code: "required", reason: "Dit veld is vereist." });
      }
    }
    return issues;
  });
}

function validateApplicatie(ctx: BehaviourContext): void {
  const { record } = ctx;
  record.heeftAlleAutorisaties = record.heeftAlleAutorisaties === true;
  if (!Array.isArray(record.autorisaties)) record.autorisaties = [];
  failAll(ctx, [...clientIdIssues(ctx), ...autorisatieIssues(record)]);
  const problem = inconsistency(record);
  if (problem === "both") {
    ctx.fail({ name: "nonFieldErrors", code: "ambiguous-authorizations-specified", reason: "Geef ofwel `heeftAlleAutorisaties` ofwel specifieke autorisaties op, niet beide." });
  }
  if (problem === "neither") {
    ctx.fail({ name: "nonFieldErrors", code: "missing-authorizations", reason: "Geef `heeftAlleAutorisaties` of specifieke autorisaties op." });
  }
  record.autorisaties = autorisatiesOf(record).map((a) => ({ ...a, componentWeergave: COMPONENT_LABELS[String(a.component)] ?? String(a.component) }));
}

/** Autorisaties: the AC rules, `/applicaties/consumer`, and kanaal `autorisaties` without kenmerken. */
export const autorisatiesBehaviour = defineBehaviour({
  api: "autorisaties",
  notifications: { kanaal: "autorisaties", resources: { [APPLICATIES]: "applicatie" }, hoofdObject: (record) => record, kenmerken: () => ({}) },
  beforeCreate(ctx) {
    if (ctx.collection === APPLICATIES) validateApplicatie(ctx);
  },
  beforeUpdate(ctx) {
    if (ctx.collection === APPLICATIES) validateApplicatie(ctx);
  },
  filterList(records, _query, ctx) {
    // [OZ] the listing leaves out applicaties with neither the flag nor autorisaties, or both (admin data).
    return ctx.template === APPLICATIES ? records.filter((a) => inconsistency(a) === undefined) : records;
  },
  routes: {
    /** [OZ] one Applicatie object (not the list the spec declares), 404 if no applicatie has the client ID. */
    "get /applicaties/consumer"(ctx) {
      const clientId = new URL(ctx.request.url).searchParams.get("clientId") ?? "";
      if (clientId === "") ctx.fail({ name: "clientId", code: "required", reason: "Dit veld is vereist." });
      const found = [...ctx.store.collection("autorisaties", APPLICATIES).values()].find((a) => Array.isArray(a.clientIds) && a.clientIds.includes(clientId));
      if (!found) throw new MockProblem(404);
      return { status: 200, body: found };
    },
  },
});
