/**
 * Notificaties API behaviour (zgw-rules 7.1–7.4, Open Notificaties): unique kanaal names, abonnement
 * validation (kanaal exists, filters consistent, the callback check), the owner of an abonnement,
 * `auth` write-only, and `POST /notificaties` by a client (validated, then delivered like the mock's own).
 */
import { type BehaviourContext, type RouteHandler, defineBehaviour } from "../engine/behaviour.js";
import { MockProblem, validationProblem } from "../engine/problems.js";
import type { MockRecord } from "../engine/store.js";
import { canonicalUrl } from "../engine/urls.js";
import { validateBody } from "../engine/validate.js";

const API = "notificaties";
const OWNERS = "$eigenaren";
/** Open Notificaties allows this many seconds of clock difference for "not in the future" (TIME_LEEWAY). */
const LEEWAY_MS = 0;

const kanalen = (ctx: Pick<BehaviourContext, "store">): MockRecord[] => [...ctx.store.collection(API, "/kanaal").values()];
const kanaalNamed = (ctx: Pick<BehaviourContext, "store">, naam: unknown): MockRecord | undefined => kanalen(ctx).find((k) => k.naam === naam);
const names = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Open Notificaties' `Kanaal.match_filter_names`: the names are a subset or a superset of the kanaal's filters. */
function consistent(kanaal: MockRecord, keys: readonly string[]): boolean {
  const own = new Set(names(kanaal.filters));
  const given = new Set(keys);
  return [...given].every((k) => own.has(k)) || [...own].every((k) => given.has(k));
}

/** The test notificatie Open Notificaties POSTs to a new callback URL. */
function testMessage(now: Date): Record<string, unknown> {
  return {
    kanaal: "test",
    hoofdObject: "http://some.hoofdobject.nl/",
    resource: "some_resource",
    resourceUrl: "http://some.resource.nl/",
    actie: "create",
    aanmaakdatum: now.toISOString(),
    kenmerken: {},
  };
}

async function statusOf(pending: Promise<Response>): Promise<number | undefined> {
  try {
    const response = await pending;
    await response.body?.cancel();
    return response.status;
  } catch {
    return undefined;
  }
}

/** Validation and the callback check of an abonnement create/update (zgw-rules 7.2). */
async function checkAbonnement(ctx: BehaviourContext): Promise<void> {
  const groups = Array.isArray(ctx.record.kanalen) ? (ctx.record.kanalen as MockRecord[]) : [];
  for (const group of groups) {
    const kanaal = kanaalNamed(ctx, group.naam);
    if (!kanaal) ctx.fail({ name: "naam", code: "kanaal_naam", reason: "Kanaal met deze naam bestaat niet." });
    const keys = Object.keys(typeof group.filters === "object" && group.filters !== null ? group.filters : {});
    if (keys.length > 0 && !consistent(kanaal, keys)) {
      ctx.fail({ name: "filters", code: "inconsistent-abonnement-filters", reason: "abonnement filters aren't consistent with kanaal filters" });
    }
  }
  const url = String(ctx.record.callbackUrl ?? "");
  const message = JSON.stringify(testMessage(ctx.now()));
  const post = (headers: Record<string, string>) => ctx.callback?.(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: message });
  const withAuth = post({ Authorization: String(ctx.record.auth ?? "") });
  if (!withAuth) return; // notify: false: the mock contacts nobody
  const status = await statusOf(withAuth);
  if (status === undefined || status < 200 || status > 209) {
    ctx.fail({ name: "nonFieldErrors", code: "invalid-callback-url", reason: "Callback URL is niet bereikbaar of antwoordt niet met 2xx." });
  }
  // TEST_CALLBACK_AUTH (on by default): without auth the callback must refuse.
  if (new URL(url).hostname !== "webhook.site") {
    const bare = await statusOf(post({}) as Promise<Response>);
    if (bare !== 401 && bare !== 403) ctx.fail({ name: "callbackUrl", code: "no-auth-on-callback-url", reason: "Callback URL accepteert notificaties zonder authenticatie." });
  }
}

/** The owner of an abonnement is the client that made it; others get 403 on update/delete. */
function checkOwner(ctx: BehaviourContext): void {
  const owner = ctx.store.collection(API, OWNERS).get(String(ctx.previous?.url ?? ""))?.clientId;
  if (owner !== undefined && owner !== ctx.caller.clientId) throw new MockProblem(403);
}

/** Stores the full record (with `auth`) and leaves `auth` out of the answer (write-only in Open Notificaties). */
function keepAuthHidden(ctx: BehaviourContext): void {
  const id = String(ctx.record.url).split("/").pop() ?? "";
  ctx.store.collection(API, "/abonnement").set(id, { ...ctx.record });
  delete ctx.record.auth;
}

const withoutAuth = (record: MockRecord): MockRecord => {
  const { auth: _auth, ...rest } = record;
  return rest;
};

/** `POST /notificaties` (7.3): validated against `Message`, kanaal exists, kenmerken consistent, aanmaakdatum not in the future; 200 with the message. */
const publish: RouteHandler = (ctx, body) => {
  const op = ctx.api.facts.operations["/notificaties"]?.post;
  const { value, errors } = validateBody(body ?? {}, op?.body?.schema ?? {}, ctx.api.facts.schemas, "create");
  if (errors.length > 0) throw validationProblem(errors);
  const message = value as MockRecord & { kenmerken?: Record<string, string> };
  const kanaal = kanaalNamed(ctx, message.kanaal);
  const problems = [
    ...(kanaal ? [] : [{ name: "kanaal", code: "message_kanaal", reason: "Kanaal bestaat niet." }]),
    ...(kanaal && !consistent(kanaal, Object.keys(message.kenmerken ?? {})) ? [{ name: "kenmerken", code: "kenmerken_inconsistent", reason: "Kenmerken aren't consistent with kanaal filters" }] : []),
    ...(Date.parse(String(message.aanmaakdatum)) > ctx.now().getTime() + LEEWAY_MS ? [{ name: "aanmaakdatum", code: "future_not_allowed", reason: "Datum mag niet in de toekomst zijn." }] : []),
  ];
  if (problems.length > 0) throw validationProblem(problems);
  const local = new Set([ctx.origin]);
  const kenmerken = Object.fromEntries(Object.entries(message.kenmerken ?? {}).map(([k, v]) => [k, canonicalUrl(String(v), local)]));
  ctx.publish({
    kanaal: String(message.kanaal),
    hoofdObject: canonicalUrl(String(message.hoofdObject), local),
    resource: String(message.resource),
    resourceUrl: canonicalUrl(String(message.resourceUrl), local),
    actie: String(message.actie),
    aanmaakdatum: String(message.aanmaakdatum),
    kenmerken,
    ...(typeof message.source === "string" ? { source: message.source } : {}),
  });
  return { status: 200, body: message };
};

/** `GET /abonnement/{uuid}` without `auth`. */
const readAbonnement: RouteHandler = (ctx) => {
  const record = ctx.store.collection(API, "/abonnement").get(ctx.params.uuid ?? "");
  if (!record) throw new MockProblem(404);
  return { status: 200, body: withoutAuth(record) };
};

/** The Notificaties behaviour. */
export const notificatiesBehaviour = defineBehaviour({
  api: API,
  async beforeCreate(ctx) {
    if (ctx.template === "/kanaal" && kanaalNamed(ctx, ctx.record.naam)) ctx.fail({ name: "naam", code: "unique", reason: "Kanaal met deze naam bestaat al." });
    if (ctx.template === "/abonnement") await checkAbonnement(ctx);
  },
  afterCreate(ctx) {
    if (ctx.template !== "/abonnement") return;
    ctx.store.collection(API, OWNERS).set(String(ctx.record.url), { clientId: ctx.caller.clientId });
    keepAuthHidden(ctx);
  },
  async beforeUpdate(ctx) {
    if (ctx.template !== "/abonnement/{uuid}") return;
    checkOwner(ctx);
    await checkAbonnement(ctx);
  },
  afterUpdate(ctx) {
    if (ctx.template === "/abonnement/{uuid}") keepAuthHidden(ctx);
  },
  beforeDelete(ctx) {
    if (ctx.template === "/abonnement/{uuid}") checkOwner(ctx);
  },
  filterList(records, _query, ctx) {
    return ctx.template === "/abonnement" ? records.map(withoutAuth) : records;
  },
  routes: {
    "post /notificaties": publish,
    "get /abonnement/{uuid}": readAbonnement,
  },
});
