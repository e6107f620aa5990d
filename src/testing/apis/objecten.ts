/**
 * Objects API 2.x (Objects 4.0): records validated against the objecttype version's `jsonSchema` on
 * create, update and patch (400 `{"non_field_errors": ["'x' is a required property"]}` as the Objects
 * API answers), the `type`, `data_attr` and `data_attrs` filters, `POST /objects/search`; DRF-shaped
 * field errors (`{"type": ["Dit veld is vereist."]}`).
 */
import { type BehaviourContext, defineBehaviour } from "../engine/behaviour.js";
import { paginate } from "../engine/pagination.js";
import type { MockRecord } from "../engine/store.js";
import { canonicalUrl, render } from "../engine/urls.js";
import { validateBody } from "../engine/validate.js";
import { type DataAttr, matchesDataAttr, parseDataAttr } from "./objecten/data-attr.js";
import { firstSchemaError } from "./objecten/json-schema.js";

type Ctx = Omit<BehaviourContext, "record" | "previous" | "collection">;

/** A DRF 400: `{ field: [message] }`, nested for dotted names. */
function drf400(errors: Readonly<Record<string, readonly string[]>>): Response {
  const body: Record<string, unknown> = {};
  for (const [name, messages] of Object.entries(errors)) {
    const path = name.split(".");
    let node = body;
    for (const key of path.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[path.at(-1) ?? name] = [...messages];
  }
  return new Response(JSON.stringify(body), { status: 400, headers: { "Content-Type": "application/json" } });
}

const REASONS: Record<string, string> = { required: "Dit veld is vereist.", null: "Dit veld mag niet leeg zijn.", invalid: "Ongeldige invoer." };

function local(ctx: Ctx): Set<string> {
  return new Set([ctx.origin]);
}

/** The JSON schema of `type` version `typeVersion`, from the mock's Objecttypen API (or the Objects API's own objecttypes). */
function schemaOf(ctx: Ctx, type: string, typeVersion: unknown): { schema?: unknown; error?: string } {
  const resolved = ctx.resolve(type);
  if (!resolved) return { error: "Object type version can not be retrieved." };
  const version = ctx.store.collection(resolved.api.id, `${resolved.collection}/${resolved.id}/versions`).get(String(typeVersion));
  if (!version) return { error: "Object type version can not be retrieved." };
  return { schema: version.jsonSchema };
}

function respond(ctx: Ctx, status: number, body: unknown): Response {
  return new Response(JSON.stringify(render(body, ctx.origin)), { status, headers: { "Content-Type": "application/json", "Content-Crs": "EPSG:4326" } });
}

/** Validates and writes an object (create, PUT or PATCH). */
function write(ctx: Ctx, body: unknown, mode: "create" | "update" | "partial"): Response {
  const op = ctx.api.facts.operations[ctx.template]?.[ctx.method];
  const { errors, value } = validateBody(body ?? {}, op?.body?.schema ?? {}, ctx.api.facts.schemas, mode);
  if (errors.length > 0) return drf400(Object.fromEntries(errors.map((e) => [e.name, [REASONS[e.code] ?? e.reason]])));
  const input = value as MockRecord;
  const objects = ctx.store.collection("objecten", "/objects");
  const previous = mode === "create" ? undefined : objects.get(ctx.params.uuid ?? "");
  if (mode !== "create" && !previous) return new Response(JSON.stringify({ detail: "Niet gevonden." }), { status: 404, headers: { "Content-Type": "application/json" } });
  const type = canonicalUrl(String(input.type ?? previous?.type ?? ""), local(ctx));
  if (previous && input.type !== undefined && type !== previous.type) return drf400({ type: ["This field can't be changed"] });
  const before = (previous?.record ?? {}) as MockRecord;
  const given = (input.record ?? {}) as MockRecord;
  const data = mode === "partial" && given.data !== undefined ? merge(before.data, given.data) : (given.data ?? before.data ?? {});
  const typeVersion = given.typeVersion ?? before.typeVersion;
  const { schema, error } = schemaOf(ctx, type, typeVersion);
  if (error) return drf400({ non_field_errors: [error] });
  const invalid = firstSchemaError(data, schema);
  if (invalid) return drf400({ non_field_errors: [invalid] });
  const uuid = String(previous?.uuid ?? crypto.randomUUID());
  const startAt = String(given.startAt ?? before.startAt ?? ctx.today());
  const record = {
    index: Number(before.index ?? 0) + 1,
    typeVersion,
    data,
    geometry: given.geometry ?? (mode === "partial" ? (before.geometry ?? null) : null),
    startAt,
    endAt: null,
    registrationAt: ctx.today(),
    correctionFor: given.correctionFor ?? null,
    correctedBy: null,
  };
  const object = { url: `${ctx.api.root}/objects/${uuid}`, uuid, type, record };
  objects.set(uuid, object);
  return respond(ctx, mode === "create" ? 201 : 200, object);
}

/** PATCH merges `data` recursively into the current data. */
function merge(base: unknown, patch: unknown): unknown {
  if (typeof base !== "object" || base === null || Array.isArray(base) || typeof patch !== "object" || patch === null || Array.isArray(patch)) return patch;
  const out: MockRecord = { ...(base as MockRecord) };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
  return out;
}

/** Lists objects by `type` and `data_attr`/`data_attrs` expressions (page objects). */
function list(ctx: Ctx, params: { type?: string | undefined; expressions: readonly string[] }, url: URL, param: string): Response {
  const parsed: DataAttr[] = params.expressions.map(parseDataAttr);
  const failed = parsed.find((p): p is { error: string } => "error" in p);
  if (failed) return drf400({ [param]: [failed.error] });
  const attrs = parsed as { path: string[]; op: string; value: string }[];
  const type = params.type === undefined ? undefined : canonicalUrl(params.type, local(ctx));
  const found = [...ctx.store.collection("objecten", "/objects").values()].filter((o) => (type === undefined || o.type === type) && attrs.every((a) => matchesDataAttr(o, a)));
  return respond(ctx, 200, paginate(found, url, { envelope: "page", paged: true, pageSize: true }));
}

/** The Objects behaviour. */
export const objectenBehaviour = defineBehaviour({
  api: "objecten",
  routes: {
    "post /objects": (ctx, body) => write(ctx, body, "create"),
    "put /objects/{uuid}": (ctx, body) => write(ctx, body, "update"),
    "patch /objects/{uuid}": (ctx, body) => write(ctx, body, "partial"),
    "get /objects": (ctx) => {
      const url = new URL(ctx.request.url);
      const q = url.searchParams;
      const expressions = [...q.getAll("data_attr"), ...q.getAll("data_attrs").flatMap((v) => v.split(","))];
      return list(ctx, { type: q.get("type") ?? undefined, expressions }, url, q.has("data_attrs") ? "data_attrs" : "data_attr");
    },
    "post /objects/search": (ctx, body) => {
      const input = (typeof body === "object" && body !== null ? body : {}) as MockRecord;
      const expressions = [...(typeof input.data_attr === "string" ? [input.data_attr] : []), ...(typeof input.data_attrs === "string" ? input.data_attrs.split(",") : [])];
      return list(ctx, { type: typeof input.type === "string" ? input.type : undefined, expressions }, new URL(ctx.request.url), typeof input.data_attrs === "string" ? "data_attrs" : "data_attr");
    },
  },
});
