/**
 * The audit trail (zgw-rules 1.10): one record per write of an audited resource, kept per main object
 * (zaak, document, besluit) under `<main>/<uuid>/audittrail`, read through
 * `GET …/{uuid}/audittrail[/{uuid}]`, dropped with the main object.
 */
import type { Behaviour, BehaviourContext, RouteHandler } from "./behaviour.js";
import { MockProblem } from "./problems.js";
import type { MockRecord, MockStore } from "./store.js";

interface AuditedApi {
  readonly bron: string;
  /** Collection of the main object (`/zaken`). */
  readonly main: string;
  /** Path parameter naming the main object in the audittrail routes. */
  readonly param: string;
  /** Per collection template: the resource name and the acties recorded [OZ]. */
  readonly resources: Readonly<Record<string, readonly [resource: string, acties: readonly string[]]>>;
}

const ALL = ["create", "update", "partial_update", "destroy"] as const;

const AUDITED: Readonly<Record<string, AuditedApi>> = {
  zaken: {
    bron: "ZRC",
    main: "/zaken",
    param: "zaak_uuid",
    resources: {
      "/zaken": ["zaak", ["create", "update", "partial_update"]],
      "/statussen": ["status", ["create"]],
      "/klantcontacten": ["klantcontact", ["create"]],
      "/zaken/{zaak_uuid}/zaakeigenschappen": ["zaakeigenschap", ["create"]],
      "/zaakobjecten": ["zaakobject", ["create", "destroy"]],
      "/zaakinformatieobjecten": ["zaakinformatieobject", ALL],
      "/resultaten": ["resultaat", ALL],
      "/rollen": ["rol", ["create", "update", "destroy"]],
      "/zaken/{zaak_uuid}/besluiten": ["zaakbesluit", ["create", "destroy"]],
      "/zaakcontactmomenten": ["zaakcontactmoment", ["create", "destroy"]],
      "/zaakverzoeken": ["zaakverzoek", ["create", "destroy"]],
    },
  },
  documenten: {
    bron: "DRC",
    main: "/enkelvoudiginformatieobjecten",
    param: "enkelvoudiginformatieobject_uuid",
    resources: { "/enkelvoudiginformatieobjecten": ["enkelvoudiginformatieobject", ALL], "/gebruiksrechten": ["gebruiksrechten", ALL] },
  },
  besluiten: {
    bron: "BRC",
    main: "/besluiten",
    param: "besluit_uuid",
    resources: { "/besluiten": ["besluit", ALL], "/besluitinformatieobjecten": ["besluitinformatieobject", ["create", "destroy"]] },
  },
};

/** vng-api-common's labels of the acties. */
const ACTIE_WEERGAVE: Readonly<Record<string, string>> = {
  create: "Object aangemaakt",
  update: "Object bijgewerkt",
  partial_update: "Object deels bijgewerkt",
  destroy: "Object verwijderd",
};

function uuidOf(url: unknown): string {
  return typeof url === "string" ? (url.split("/").pop() ?? "") : "";
}

function trailPath(api: AuditedApi, mainUrl: unknown): string {
  return `${api.main}/${uuidOf(mainUrl)}/audittrail`;
}

/** The readable id of a main object ("bronorganisatie - identificatie"). */
function weergave(main: MockRecord): string {
  const organisatie = main.bronorganisatie ?? main.verantwoordelijkeOrganisatie ?? "";
  return `${String(organisatie)} - ${String(main.identificatie ?? "")}`;
}

/**
 * Records one write when the API audits that resource and actie; `main` is the main object the record
 * belongs to. A destroy of the main object itself drops the trail instead.
 */
export function recordAudit(ctx: BehaviourContext, main: MockRecord | undefined, actie: string, status: number, oud: MockRecord | undefined, nieuw: MockRecord | undefined): void {
  const api = AUDITED[ctx.api.id];
  if (!api || !main) return;
  const collectionTemplate = ctx.template.replace(/\/\{[^}]+\}$/, "");
  const rule = api.resources[collectionTemplate];
  if (collectionTemplate === api.main && actie === "destroy") {
    dropAuditTrail(ctx.store, ctx.api.id, main.url);
    return;
  }
  if (!rule?.[1].includes(actie)) return;
  const record = nieuw ?? oud ?? {};
  const applicatie = ctx.caller.applicatie;
  const claims = ctx.caller.claims ?? {};
  const uuid = crypto.randomUUID();
  const isMain = collectionTemplate === api.main;
  ctx.store.collection(ctx.api.id, trailPath(api, main.url)).set(uuid, {
    uuid,
    bron: api.bron,
    applicatieId: applicatie ? uuidOf(applicatie.url) : (ctx.request.headers.get("X-NLX-Request-Application-Id") ?? ""),
    applicatieWeergave: typeof applicatie?.label === "string" ? applicatie.label : "",
    gebruikersId: typeof claims.user_id === "string" ? claims.user_id : "",
    gebruikersWeergave: typeof claims.user_representation === "string" ? claims.user_representation : "",
    actie,
    actieWeergave: ACTIE_WEERGAVE[actie] ?? actie,
    resultaat: status,
    hoofdObject: main.url,
    resource: rule[0],
    resourceUrl: record.url,
    toelichting: ctx.request.headers.get("X-Audit-Toelichting") ?? "",
    resourceWeergave: isMain ? weergave(record) : `(${weergave(main)}) - ${uuidOf(record.url)}`,
    aanmaakdatum: ctx.now().toISOString(),
    wijzigingen: { oud: oud ? structuredClone(oud) : null, nieuw: nieuw ? structuredClone(nieuw) : null },
  });
}

/** Drops the whole trail of a main object (it was deleted). */
export function dropAuditTrail(store: MockStore, apiId: string, mainUrl: unknown): void {
  const api = AUDITED[apiId];
  if (api) store.collection(apiId, trailPath(api, mainUrl)).clear();
}

function trail(ctx: BehaviourContext, api: AuditedApi): Map<string, MockRecord> {
  const uuid = ctx.params[api.param] ?? "";
  const main = ctx.store.collection(ctx.api.id, api.main).get(uuid);
  const records = ctx.store.collection(ctx.api.id, `${api.main}/${uuid}/audittrail`);
  // Main object unknown or without records → 404 (zgw-rules 1.10).
  if (!main || records.size === 0) throw new MockProblem(404);
  return records;
}

function routesFor(api: AuditedApi): Record<string, RouteHandler> {
  const base = `${api.main}/{${api.param}}/audittrail`;
  return {
    [`get ${base}`]: (ctx) => ({ status: 200, body: [...trail(ctx, api).values()] }),
    [`get ${base}/{uuid}`]: (ctx) => {
      const record = trail(ctx, api).get(ctx.params.uuid ?? "");
      if (!record) throw new MockProblem(404);
      return { status: 200, body: record };
    },
  };
}

/** The audittrail read routes of Zaken, Documenten and Besluiten. */
export const AUDIT_BEHAVIOURS: readonly Behaviour[] = Object.entries(AUDITED).map(([apiId, api]) => ({ api: apiId, routes: routesFor(api) }));
