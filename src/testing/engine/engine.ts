/**
 * The engine: one fetch-style function (`Request` → `Response`) behind both the msw handlers and the
 * HTTP server. Generic CRUD for every operation of a served API, driven by the generated facts, with
 * per-API behaviours on top.
 */
import { type ServedApi, servedApi } from "./api-roots.js";
import { recordAudit } from "./audit.js";
import { type AuthConfig, type Caller, TYPE_FIELD, allowsObject, authenticate, checkScopes, hasAllAuthorisations } from "./auth.js";
import type { Behaviour, BehaviourContext, NotificationDraft, RouteResult } from "./behaviour.js";
import type { MockFacts, MockOperationFacts } from "./mock-facts.js";
import { checkExpandScopes, expandBody, expandValues, kindOfTemplate, planExpand, withDerived } from "./expand.js";
import type { Notifier } from "./notifications.js";
import { paginate } from "./pagination.js";
import { type InvalidParam, MockProblem, problemResponse, validationProblem } from "./problems.js";
import { checkReferences, resolveCanonical } from "./references.js";
import { type RouteMatch, route } from "./router.js";
import type { MockRecord, MockStore } from "./store.js";
import { canonicalize, render } from "./urls.js";
import { flattenSchema, markedProperties, validateBody } from "./validate.js";

/** What the engine needs. */
export interface EngineOptions {
  readonly store: MockStore;
  readonly auth: AuthConfig;
  readonly notifier: Notifier;
  readonly behaviours: readonly Behaviour[];
  /** Origins whose absolute URLs count as local besides the request's own. */
  readonly localOrigins: ReadonlySet<string>;
  readonly now: () => Date;
  /** Told about exceptions that became a 500. */
  readonly onError?: ((error: unknown) => void) | undefined;
}

const JWTSECRET = "/jwtsecret";
const CONTROL_PARAMS = new Set(["page", "pageSize", "ordering", "expand", "fields", "status", "datumGeldigheid"]);

type Kind = "list" | "retrieve" | "create" | "update" | "delete" | "search" | "other";

/** `operations` (optional): a POST on a collection with a `/{uuid}` item is a create even when the spec says 200 (Catalogi 1.3.3 `POST /informatieobjecttypen`; Open Zaak answers 201). */
function kindOf(method: string, template: string, op: MockOperationFacts, operations?: MockFacts["operations"]): Kind {
  const item = /\}$/.test(template);
  if (method === "get" || method === "head") return item ? "retrieve" : "list";
  if (method === "post" && template.endsWith("/_zoek")) return "search";
  if (method === "post" && !item && (op.status === 201 || operations?.[`${template}/{uuid}`]?.get !== undefined)) return "create";
  if ((method === "put" || method === "patch") && item) return "update";
  if (method === "delete" && item) return "delete";
  return "other";
}

function parentOf(path: string): { collection: string; id: string } {
  const cut = path.lastIndexOf("/");
  return { collection: path.slice(0, cut) || "/", id: decodeURIComponent(path.slice(cut + 1)) };
}

/** The fetch-style engine. */
export class Engine {
  constructor(readonly options: EngineOptions) {}

  #behaviours(api: ServedApi): Behaviour[] {
    return this.options.behaviours.filter((b) => b.api === api.id);
  }

  #extraTemplates = (api: ServedApi): string[] => {
    const own = this.#behaviours(api).flatMap((b) => Object.keys(b.routes ?? {}).map((k) => k.split(" ")[1] ?? ""));
    return api.auth === "jwt" ? [...own, JWTSECRET] : own;
  };

  /** Answers one request; never throws. */
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const origin = url.origin;
    let api: ServedApi | undefined;
    try {
      const method = request.method.toLowerCase();
      const match = route(method === "head" ? "get" : method, url.pathname, this.#extraTemplates);
      api = match?.api;
      if (!match) throw new MockProblem(404);
      const response = await this.#handle(request, url, method, match);
      response.headers.set("API-version", match.api.facts.version);
      return response;
    } catch (error) {
      const problem = error instanceof MockProblem ? error : new MockProblem(500);
      if (!(error instanceof MockProblem)) this.options.onError?.(error);
      return problemResponse(problem, origin, api ? { "API-version": api.facts.version } : {});
    }
  }

  async #handle(request: Request, url: URL, method: string, match: RouteMatch): Promise<Response> {
    const { api } = match;
    const key = `${method === "head" ? "get" : method} ${match.template}`;
    const custom = this.#behaviours(api)
      .map((b) => b.routes?.[key])
      .find((r) => r !== undefined);
    const isJwtSecret = match.template === JWTSECRET && api.auth === "jwt";
    const op = match.operation;
    if (!op && !custom && !(isJwtSecret && method === "post")) {
      const allow = (isJwtSecret ? ["post"] : match.allowed).map((m) => m.toUpperCase()).join(", ");
      throw new MockProblem(405, { detail: `Methode "${request.method}" niet toegestaan.`, headers: { Allow: allow } });
    }
    const caller = await authenticate(api, request.headers, this.options.auth, this.options.store);
    if (isJwtSecret) return this.#jwtSecret(caller, request);
    checkScopes(api, caller, op?.scopes);
    // The read scope of every API `expand` reaches is part of the permission stage (zgw-rules 1.4 step 2).
    const expandKind = op?.query?.includes("expand") && (method === "get" || method === "head") ? kindOfTemplate(api.id, match.template) : undefined;
    if (expandKind) checkExpandScopes(expandKind, expandValues(url.searchParams, undefined), caller);
    const extraHeaders: Record<string, string> = {};
    if (op?.headers) this.#checkCrs(method, op.headers, request.headers, extraHeaders);
    if ((method === "get" || method === "head") && op) {
      const known = new Set(op.query ?? []);
      const unknown = [...new Set(url.searchParams.keys())].filter((name) => !known.has(name));
      if (unknown.length > 0) {
        throw validationProblem([{ name: "nonFieldErrors", code: "unknown-parameters", reason: `Onbekende query parameters: ${unknown.join(", ")}` }]);
      }
    }
    const body = method === "post" || method === "put" || method === "patch" ? await this.#readBody(request, op) : undefined;
    const base = this.#context(request, url.origin, method, match, caller);
    let result: RouteResult;
    if (custom) result = await custom({ ...base, collection: match.path, record: {}, previous: undefined }, body);
    else if (op) result = await this.#generic(kindOf(method, match.template, op, api.facts.operations), base, op, url, body);
    else throw new MockProblem(405);
    if (result instanceof Response) return result;
    const headers: Record<string, string> = { ...extraHeaders };
    if (result.body === undefined || result.status === 204) return new Response(null, { status: result.status, headers });
    const text = JSON.stringify(render(result.body, url.origin));
    headers["Content-Type"] = "application/json";
    return new Response(method === "head" ? null : text, { status: result.status, headers });
  }

  #checkCrs(method: string, required: readonly string[], headers: Headers, out: Record<string, string>): void {
    const names = new Set(required.map((h) => h.toLowerCase()));
    if (!names.has("accept-crs") && !names.has("content-crs")) return;
    const check = (name: string): void => {
      const value = headers.get(name);
      if (value === null) throw new MockProblem(412, { detail: `'${name}' header ontbreekt` });
      if (value !== "EPSG:4326") throw new MockProblem(406, { detail: `CRS '${value}' is niet ondersteund` });
    };
    if (names.has("accept-crs") && method !== "delete") check("Accept-Crs");
    if (names.has("content-crs") && (method === "post" || method === "put" || method === "patch")) check("Content-Crs");
    out["Content-Crs"] = "EPSG:4326";
  }

  async #readBody(request: Request, op: MockOperationFacts | undefined): Promise<unknown> {
    // A non-JSON body (multipart bestandsdelen) is read from a clone: a route can still parse `ctx.request`.
    const binary = op?.body !== undefined && !/json/i.test(op.body.mediaType);
    const text = await (binary ? request.clone() : request).text();
    if (binary) return text;
    if (text.trim() === "") return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw new MockProblem(400, { code: "parse_error", detail: "JSON parse error." });
    }
  }

  #context(request: Request, origin: string, method: string, match: RouteMatch, caller: Caller): Omit<BehaviourContext, "collection" | "record" | "previous"> {
    const { store } = this.options;
    const local = new Set([...this.options.localOrigins, origin]);
    const now = this.options.now;
    return {
      api: match.api,
      store,
      request,
      origin,
      method,
      template: match.template,
      params: match.params,
      caller,
      now,
      today: () => now().toISOString().slice(0, 10),
      fail: (...params) => {
        throw validationProblem(params.map((p) => ({ name: p.name, code: p.code, reason: p.reason ?? p.code })));
      },
      resolve: (value) => resolveCanonical(store, typeof value === "string" ? (canonicalize(value, local) as string) : value),
      publish: (draft: NotificationDraft) => {
        this.options.notifier.publish(draft, origin);
      },
      callback: (url, init) => this.options.notifier.callback(url, init),
      insert: (apiId, collection, record) => {
        const target = store.collection(apiId, collection);
        const id = typeof record.uuid === "string" ? record.uuid : crypto.randomUUID();
        const root = servedApi(apiId)?.root ?? "";
        const url = `${root}${collection}/${id}`;
        target.set(id, { ...record, url: record.url ?? url });
        return url;
      },
    };
  }

  /** The main object of a record for type-bound authorisation (itself, or what its main field points at). */
  #mainOf(api: ServedApi, record: MockRecord): MockRecord | undefined {
    const typeField = TYPE_FIELD[api.component ?? ""];
    if (!typeField) return undefined;
    if (typeField in record) return record;
    const mainField = this.#behaviours(api).find((b) => b.mainField)?.mainField;
    const pointer = mainField ? record[mainField] : undefined;
    const main = resolveCanonical(this.options.store, pointer)?.record;
    if (main || typeof record.url !== "string") return main;
    // A nested record without a main field (a zaakbesluit): its URL lies under the main object's.
    return resolveCanonical(this.options.store, record.url.split("/").slice(0, -2).join("/"))?.record;
  }

  #allowed(api: ServedApi, caller: Caller, op: MockOperationFacts, record: MockRecord): boolean {
    if (api.auth !== "jwt" || hasAllAuthorisations(caller) || !TYPE_FIELD[api.component ?? ""]) return true;
    const main = this.#mainOf(api, record);
    return main ? allowsObject(api, caller, op.scopes, main) : false;
  }

  #writeOnly(api: ServedApi, op: MockOperationFacts): Set<string> {
    return op.body ? new Set(markedProperties(api.facts.schemas, op.body.schema, "writeOnly").keys()) : new Set();
  }

  #hide(record: MockRecord, hidden: Set<string>): MockRecord {
    if (hidden.size === 0) return record;
    return Object.fromEntries(Object.entries(record).filter(([k]) => !hidden.has(k)));
  }

  #notify(ctx: BehaviourContext, record: MockRecord, actie: string): void {
    for (const behaviour of this.#behaviours(ctx.api)) {
      const rule = behaviour.notifications;
      if (!rule) continue;
      const collectionTemplate = ctx.template.replace(/\/\{[^}]+\}$/, "");
      const resource = rule.resources[collectionTemplate];
      const kanaal = typeof rule.kanaal === "string" ? rule.kanaal : rule.kanaal(collectionTemplate);
      if (!resource || !kanaal) continue;
      const main = rule.hoofdObject(record, ctx) ?? record;
      ctx.publish({
        kanaal,
        hoofdObject: String(main.url ?? record.url ?? ""),
        resource,
        resourceUrl: String(record.url ?? ""),
        actie,
        kenmerken: rule.kenmerken(main, ctx),
      });
    }
  }

  /**
   * What a read shows (zgw-rules 1.6): the zaak's derived reverse lists, and where the operation offers
   * `expand`, `_expand` on every item (403 without the read scope of an API expanded into, 400
   * `invalid_choice @expand` for an unknown path).
   */
  #readView(base: Omit<BehaviourContext, "collection" | "record" | "previous">, op: MockOperationFacts, url: URL, body: unknown, view: unknown): unknown {
    const kind = kindOfTemplate(base.api.id, base.template);
    if (!kind) return view;
    if (!op.query?.includes("expand")) {
      const derive = (item: unknown): unknown => (typeof item === "object" && item !== null && !Array.isArray(item) ? withDerived(kind, item as MockRecord, this.options.store) : item);
      if (Array.isArray(view)) return view.map(derive);
      const results = typeof view === "object" && view !== null ? (view as MockRecord).results : undefined;
      return Array.isArray(results) ? { ...(view as MockRecord), results: results.map(derive) } : derive(view);
    }
    const tree = planExpand(kind, expandValues(url.searchParams, body), base.caller);
    return expandBody(kind, view, tree, this.options.store, base.caller);
  }

  /** Records a write in the main object's audit trail (zgw-rules 1.10). */
  #audit(ctx: BehaviourContext, record: MockRecord, actie: string, status: number, oud: MockRecord | undefined, nieuw: MockRecord | undefined): void {
    const rule = this.#behaviours(ctx.api).find((b) => b.notifications)?.notifications;
    const main = rule ? (rule.hoofdObject(record, ctx) ?? record) : undefined;
    recordAudit(ctx, main, actie, status, oud, nieuw);
  }

  async #hooks(ctx: BehaviourContext, hook: "beforeCreate" | "afterCreate" | "beforeUpdate" | "afterUpdate" | "beforeDelete" | "afterDelete"): Promise<void> {
    for (const behaviour of this.#behaviours(ctx.api)) await behaviour[hook]?.(ctx);
  }

  #validate(ctx: Omit<BehaviourContext, "collection" | "record" | "previous">, op: MockOperationFacts, body: unknown, mode: "create" | "update" | "partial"): MockRecord {
    if (!op.body) return {};
    const result = validateBody(body ?? {}, op.body.schema, ctx.api.facts.schemas, mode);
    if (result.errors.length > 0) throw validationProblem(result.errors);
    const local = new Set([...this.options.localOrigins, ctx.origin]);
    const value = canonicalize(result.value, local) as MockRecord;
    let problems: InvalidParam[] = checkReferences(this.options.store, value);
    // Creating a sub-resource: its main object (`zaak`, `informatieobject`, `besluit`) is resolved in
    // the permission stage, which answers object-does-not-exist, or incorrect_match for another kind
    // of resource (zgw-rules 1.4 step 2).
    const main = mode === "create" ? this.#behaviours(ctx.api).find((b) => b.mainField)?.mainField : undefined;
    if (main) {
      const codes: Readonly<Record<string, string>> = { "bad-url": "object-does-not-exist", does_not_exist: "object-does-not-exist", "invalid-resource": "incorrect_match" };
      problems = problems.map((p) => (p.name === main && codes[p.code] ? { ...p, code: codes[p.code] as string } : p));
    }
    if (problems.length > 0) throw validationProblem(problems);
    return value;
  }

  async #generic(kind: Kind, base: Omit<BehaviourContext, "collection" | "record" | "previous">, op: MockOperationFacts, url: URL, body: unknown): Promise<RouteResult> {
    const { store } = this.options;
    const { api } = base;
    const path = base.request ? new URL(base.request.url).pathname.slice(api.root.length).replace(/\/$/, "") : "";
    const opTable = api.table.operations[base.template]?.[base.method === "head" ? "get" : base.method] ?? {};
    switch (kind) {
      case "list":
      case "search": {
        const collectionPath = kind === "search" ? path.replace(/\/_zoek$/, "") : path;
        const query = new URLSearchParams(url.searchParams);
        if (kind === "search" && (typeof body !== "object" || body === null || Object.keys(body).length === 0)) {
          throw validationProblem([{ name: "nonFieldErrors", code: "empty_search_body", reason: "Het zoekverzoek bevat geen zoekparameters." }]);
        }
        if (kind === "search" && typeof body === "object" && body !== null) {
          for (const [k, v] of Object.entries(body)) {
            if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") query.set(k, String(v));
            // `__in` filters and `expand` come as arrays in a `_zoek` body.
            else if (Array.isArray(v)) query.set(k, v.map(String).join(","));
          }
        }
        const local = new Set([...this.options.localOrigins, base.origin]);
        let records = [...store.collection(api.id, collectionPath).values()].filter((r) => matchesFilters(r, query, local));
        records = records.filter((r) => this.#allowed(api, base.caller, op, r));
        for (const b of this.#behaviours(api)) if (b.filterList) records = b.filterList(records, query, base);
        const hidden = this.#writeOnly(api, api.facts.operations[base.template]?.post ?? op);
        const items = records.map((r) => this.#hide(r, hidden));
        const pageUrl = new URL(url);
        const page = paginate(items, pageUrl, { envelope: opTable.list, paged: op.paged === true, pageSize: op.pageSize === true, collection: opTable.collection });
        return { status: 200, body: this.#readView(base, op, url, body, page) };
      }
      case "retrieve": {
        const { collection, id } = parentOf(path);
        const stored = store.collection(api.id, collection).get(id);
        if (!stored) throw new MockProblem(404);
        if (!this.#allowed(api, base.caller, op, stored)) throw new MockProblem(403);
        let record = stored;
        for (const b of this.#behaviours(api)) if (b.readRecord) record = b.readRecord(record, url.searchParams, { ...base, collection, record, previous: undefined });
        const writer = api.facts.operations[base.template]?.put ?? api.facts.operations[base.template.replace(/\/\{[^}]+\}$/, "")]?.post;
        return { status: op.status, body: this.#readView(base, op, url, undefined, this.#hide(record, writer ? this.#writeOnly(api, writer) : new Set())) };
      }
      case "create": {
        const record = this.#validate(base, op, body, "create");
        const id = crypto.randomUUID();
        // A discriminated union (Rol, ZaakObject) gets the properties of the variant the body chose.
        const bodySchema = op.body ? discriminated(api.facts.schemas, op.body.schema, record) : undefined;
        const schema = bodySchema ? flattenSchema(api.facts.schemas, bodySchema) : {};
        const props = (schema.properties ?? {}) as Record<string, unknown>;
        // `XRequest` schemas (Documenten 1.7) leave out the read-only url/uuid: the response schema says whether they exist.
        const answered = (op.response ? flattenSchema(api.facts.schemas, op.response).properties : undefined) as Record<string, unknown> | undefined;
        if ("uuid" in props || (answered && "uuid" in answered)) record.uuid = id;
        if ("url" in props || (answered && "url" in answered)) record.url = `${api.root}${path}/${id}`;
        for (const [name, prop] of bodySchema ? markedProperties(api.facts.schemas, bodySchema, "readOnly") : []) {
          if (!(name in record)) record[name] = defaultFor(prop, api);
        }
        // Permission fields first (zgw-rules 1.4 step 2): a concept type is 400 before any 403.
        for (const b of this.#behaviours(api)) {
          const field = b.publishedType?.[base.template];
          if (field && base.resolve(record[field])?.record.concept === true) {
            base.fail({ name: field, code: "not-published", reason: `Het ${field} is nog een concept.` });
          }
        }
        if (!this.#allowed(api, base.caller, op, record)) throw new MockProblem(403);
        const ctx: BehaviourContext = { ...base, collection: path, record, previous: undefined, body };
        await this.#hooks(ctx, "beforeCreate");
        store.collection(api.id, path).set(id, record);
        await this.#hooks(ctx, "afterCreate");
        this.#notify(ctx, record, "create");
        this.#audit(ctx, record, "create", 201, undefined, record);
        return { status: 201, body: this.#hide(record, this.#writeOnly(api, op)) };
      }
      case "update": {
        const { collection, id } = parentOf(path);
        const previous = store.collection(api.id, collection).get(id);
        if (!previous) throw new MockProblem(404);
        if (!this.#allowed(api, base.caller, op, previous)) throw new MockProblem(403);
        const partial = base.method === "patch";
        const changes = this.#validate(base, op, body, partial ? "partial" : "update");
        const record = { ...previous, ...changes };
        const ctx: BehaviourContext = { ...base, collection, record, previous, body };
        await this.#hooks(ctx, "beforeUpdate");
        store.collection(api.id, collection).set(id, record);
        await this.#hooks(ctx, "afterUpdate");
        this.#notify(ctx, record, partial ? "partial_update" : "update");
        this.#audit(ctx, record, partial ? "partial_update" : "update", op.status, previous, record);
        return { status: op.status, body: this.#hide(record, this.#writeOnly(api, op)) };
      }
      case "delete": {
        const { collection, id } = parentOf(path);
        const previous = store.collection(api.id, collection).get(id);
        if (!previous) throw new MockProblem(404);
        if (!this.#allowed(api, base.caller, op, previous)) throw new MockProblem(403);
        const ctx: BehaviourContext = { ...base, collection, record: previous, previous };
        await this.#hooks(ctx, "beforeDelete");
        store.collection(api.id, collection).delete(id);
        await this.#hooks(ctx, "afterDelete");
        this.#notify(ctx, previous, "destroy");
        this.#audit(ctx, previous, "destroy", 204, previous, undefined);
        return { status: 204 };
      }
      default:
        throw new MockProblem(501, { detail: `${base.method.toUpperCase()} ${base.template} is not modelled by the mock yet.` });
    }
  }

  async #jwtSecret(caller: Caller, request: Request): Promise<Response> {
    const scopes = ["autorisaties.credentials-registreren"];
    if (!hasAllAuthorisations(caller)) {
      const held = Array.isArray(caller.applicatie?.autorisaties)
        ? (caller.applicatie.autorisaties as MockRecord[]).filter((a) => a.component === "ac").flatMap((a) => (Array.isArray(a.scopes) ? a.scopes : []))
        : [];
      if (!held.some((s) => scopes.includes(String(s)))) throw new MockProblem(403);
    }
    const body = await this.#readBody(request, undefined);
    const input = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    const errors: InvalidParam[] = [];
    for (const name of ["identifier", "secret"]) {
      if (typeof input[name] !== "string") errors.push({ name, code: input[name] === undefined ? "required" : "invalid", reason: "Dit veld is vereist." });
      else if (input[name] === "") errors.push({ name, code: "blank", reason: "Dit veld mag niet leeg zijn." });
    }
    if (errors.length > 0) throw validationProblem(errors);
    this.options.auth.secrets.set(String(input.identifier), String(input.secret));
    return new Response(JSON.stringify({ identifier: input.identifier, secret: input.secret }), { status: 201, headers: { "Content-Type": "application/json" } });
  }
}

/** The variant of a `oneOf` + `discriminator` schema that `value` selects (the schema itself otherwise). */
function discriminated(schemas: MockFacts["schemas"], schema: unknown, value: MockRecord): unknown {
  const s = flattenSchema(schemas, schema);
  const discriminator = s.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
  if (!Array.isArray(s.oneOf) || !discriminator?.propertyName) return schema;
  const target = discriminator.mapping?.[String(value[discriminator.propertyName])];
  return target ? { $ref: target } : schema;
}

/** A value for a read-only property the server sets (null, [], "", false, {}). */
function defaultFor(prop: Readonly<Record<string, unknown>>, api: ServedApi): unknown {
  const s = flattenSchema(api.facts.schemas, prop);
  if (s.nullable === true) return null;
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  if (type === "array") return [];
  if (type === "boolean") return false;
  if (type === "object" || s.properties) return {};
  if (type === "integer" || type === "number") return 0;
  return "";
}

/** Simple filters: exact match, `__in`, `__gt/__gte/__lt/__lte`, `__isnull`; params that name no field are ignored. */
function matchesFilters(record: MockRecord, query: URLSearchParams, local: ReadonlySet<string>): boolean {
  for (const [param, raw] of query) {
    if (CONTROL_PARAMS.has(param)) continue;
    const m = /^(.+?)__(in|gt|gte|lt|lte|isnull)$/.exec(param);
    const field = m?.[1] ?? param;
    if (field.includes("__") || !(field in record)) continue;
    const actual = record[field];
    const value = canonicalize(raw, local) as string;
    const text = actual === null || actual === undefined ? "" : typeof actual === "object" ? "" : String(actual);
    switch (m?.[2]) {
      case "in":
        if (!value.split(",").map((v) => canonicalize(v, local)).includes(text)) return false;
        break;
      case "gt":
        if (!(text > value)) return false;
        break;
      case "gte":
        if (!(text >= value)) return false;
        break;
      case "lt":
        if (!(text !== "" && text < value)) return false;
        break;
      case "lte":
        if (!(text !== "" && text <= value)) return false;
        break;
      case "isnull":
        if ((actual === null || actual === undefined || actual === "") !== (value === "true")) return false;
        break;
      default:
        if (Array.isArray(actual)) {
          if (!actual.map(String).includes(value)) return false;
        } else if (text !== value) return false;
    }
  }
  return true;
}
