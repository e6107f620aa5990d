/** Extracts the runtime operation table from a bundled spec (before overlays change it). */
import type { OperationFacts, OperationTable, SecuritySchemeFacts } from "../core/operation-table.js";
import { suppliedHeaderValue } from "./overlays/client-supplied-headers.js";
import { type Json, METHODS, deref, isObject, propertiesOf } from "./openapi-doc.js";
import type { SpecEntry } from "./registry.js";

/** The parameters of an operation: the path item's, overridden by the operation's own (by `in` and name). */
export function parametersOf(doc: Json, item: Json, op: Json): Json[] {
  const byKey = new Map<string, Json>();
  for (const list of [item.parameters, op.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const param = deref(doc, entry);
      if (isObject(param)) byKey.set(`${String(param.in)}:${String(param.name)}`, param);
    }
  }
  return [...byKey.values()];
}

/** One operation of a document: its path, method, path item, operation object and merged parameters. */
export interface OperationEntry {
  readonly path: string;
  readonly method: (typeof METHODS)[number];
  readonly item: Json;
  readonly op: Json;
  readonly params: Json[];
}

/** Every operation of a (bundled) document, path by path in document order, methods in {@link METHODS} order. */
export function* eachOperation(doc: Json): Generator<OperationEntry> {
  for (const [path, rawItem] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const item = deref(doc, rawItem);
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (isObject(op)) yield { path, method, item, op, params: parametersOf(doc, item, op) };
    }
  }
}

function successResponse(doc: Json, op: Json): { mediaType: string; schema: unknown } | undefined {
  const responses = isObject(op.responses) ? op.responses : {};
  const key = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
  const response = key ? deref(doc, responses[key]) : undefined;
  if (!isObject(response) || !isObject(response.content)) return undefined;
  const [mediaType, media] = Object.entries(response.content)[0] ?? [];
  return mediaType && isObject(media) ? { mediaType, schema: media.schema } : undefined;
}

function listFacts(doc: Json, schema: unknown): Pick<OperationFacts, "list" | "collection"> {
  const resolved = deref(doc, schema);
  if (!isObject(resolved)) return {};
  if (resolved.type === "array") return { list: "array" };
  const props = propertiesOf(doc, resolved);
  const results = deref(doc, props.results);
  if (isObject(results) && results.type === "array" && "next" in props) return { list: "page" };
  const embedded = propertiesOf(doc, props._embedded);
  // A HAL collection holds only links and embedded items; a HAL resource has fields of its own.
  const onlyHal = Object.keys(props).every((k) => k === "_links" || k === "_embedded");
  if (onlyHal && "_links" in props && Object.keys(embedded).length > 0) {
    const collection = Object.entries(embedded).find(([, v]) => {
      const s = deref(doc, v);
      return isObject(s) && s.type === "array";
    });
    if (collection) return { list: "hal", collection: collection[0] };
  }
  return {};
}

/** Whether the operation's request body may be JSON (then `Content-Type: application/json` is right). */
function sendsJson(doc: Json, op: Json): boolean {
  const body = deref(doc, op.requestBody);
  const types = isObject(body) && isObject(body.content) ? Object.keys(body.content) : [];
  return types.some((t) => /^application\/([\w.+-]*\+)?json\b/.test(t));
}

function securityNames(requirements: unknown): string[] | undefined {
  if (!Array.isArray(requirements)) return undefined;
  return [...new Set(requirements.flatMap((r) => (isObject(r) ? Object.keys(r) : [])))];
}

/** When a spec sets no top-level security, the scheme list most operations state is the default. */
function mostCommonSecurity(doc: Json): string[] {
  const counts = new Map<string, number>();
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    for (const method of METHODS) {
      const op = isObject(item) ? item[method] : undefined;
      const names = isObject(op) ? securityNames(op.security) : undefined;
      if (names) counts.set(names.join(","), (counts.get(names.join(",")) ?? 0) + 1);
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best?.[0] ? best[0].split(",") : [];
}

/** Builds the operation table of one bundled spec. */
export function operationFacts(doc: Json, spec: Pick<SpecEntry, "id" | "variant" | "version">): OperationTable {
  const info = isObject(doc.info) ? doc.info : {};
  const components = isObject(doc.components) ? doc.components : {};
  const schemes: Record<string, SecuritySchemeFacts> = {};
  for (const [name, raw] of Object.entries(isObject(components.securitySchemes) ? components.securitySchemes : {})) {
    const s = deref(doc, raw);
    if (!isObject(s)) continue;
    const facts: { -readonly [K in keyof SecuritySchemeFacts]: SecuritySchemeFacts[K] } = { type: String(s.type) };
    if (typeof s.scheme === "string") facts.scheme = s.scheme;
    if (typeof s.in === "string") facts.in = s.in;
    if (typeof s.name === "string") facts.name = s.name;
    schemes[name] = facts;
  }
  const defaultSecurity = securityNames(doc.security) ?? mostCommonSecurity(doc);
  const operations: Record<string, Record<string, OperationFacts>> = {};
  for (const { path, method, op, params } of eachOperation(doc)) {
    const facts: { -readonly [K in keyof OperationFacts]: OperationFacts[K] } = {};
    const commaArrays = params
      .filter((p) => p.in === "query" && p.explode === false)
      .filter((p) => {
        const s = deref(doc, p.schema);
        return isObject(s) && s.type === "array";
      })
      .map((p) => String(p.name));
    if (commaArrays.length > 0) facts.commaArrays = commaArrays;
    const headers: Record<string, string> = {};
    for (const p of params) {
      const value = p.required === true ? suppliedHeaderValue(p, doc) : undefined;
      if (value === undefined) continue;
      // Content-Type is only ours to send for JSON bodies: multipart needs fetch's own boundary.
      if (String(p.name).toLowerCase() === "content-type" && !sendsJson(doc, op)) continue;
      headers[String(p.name)] = value;
    }
    if (Object.keys(headers).length > 0) facts.headers = headers;
    if (params.some((p) => p.in === "query" && p.name === "page")) facts.paged = true;
    const success = successResponse(doc, op);
    if (success && method !== "head") {
      const schema = deref(doc, success.schema);
      const isBinary =
        success.mediaType === "application/octet-stream" ||
        (isObject(schema) && schema.format === "binary" && !success.mediaType.includes("json"));
      if (isBinary) facts.binary = true;
      else Object.assign(facts, listFacts(doc, success.schema));
    }
    const security = securityNames(op.security);
    if (security && security.join() !== defaultSecurity.join()) facts.security = security;
    operations[path] = { ...operations[path], [method]: facts };
  }
  return {
    id: spec.id,
    version: typeof info.version === "string" ? info.version : spec.version,
    variant: spec.variant,
    securitySchemes: schemes,
    security: defaultSecurity,
    operations,
  };
}
