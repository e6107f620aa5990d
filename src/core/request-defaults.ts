import type { OperationFacts } from "./operation-table.js";
import { commaJoiningSerializer } from "./query-serializer.js";

/** The parts of an openapi-fetch init that defaults touch. */
export interface InitLike {
  params?: { header?: Record<string, unknown> | undefined; [key: string]: unknown } | undefined;
  headers?: unknown;
  querySerializer?: unknown;
  parseAs?: unknown;
  body?: unknown;
  bodySerializer?: unknown;
  [key: string]: unknown;
}

function headerNames(headers: unknown): Set<string> {
  const names = new Set<string>();
  if (headers instanceof Headers) for (const k of headers.keys()) names.add(k.toLowerCase());
  else if (Array.isArray(headers)) for (const [k] of headers as [string, string][]) names.add(String(k).toLowerCase());
  else if (headers && typeof headers === "object") for (const k of Object.keys(headers)) names.add(k.toLowerCase());
  return names;
}

const serializers = new WeakMap<OperationFacts, (query: Record<string, unknown>) => string>();

/**
 * Applies an operation's defaults to a call's init, never overriding what the caller (or the client's
 * own headers) set: required single-value headers (`Accept-Crs`, `Content-Crs`, `Content-Type`),
 * comma-joined array query parameters, and `Accept: *\/*` with a Blob result for binary downloads.
 */
export function applyRequestDefaults(facts: OperationFacts | undefined, init: InitLike | undefined, clientHeaders: ReadonlySet<string>): InitLike {
  const next: InitLike = { ...init };
  if (!facts) return next;
  const given = new Set([...clientHeaders, ...headerNames(init?.headers), ...headerNames(init?.params?.header)]);
  const extra: Record<string, string> = {};
  // A custom serializer or a FormData/Blob body decides its own Content-Type (multipart boundary).
  const ownBody = init?.bodySerializer !== undefined || (typeof FormData !== "undefined" && init?.body instanceof FormData) || (typeof Blob !== "undefined" && init?.body instanceof Blob);
  for (const [name, value] of Object.entries(facts.headers ?? {})) {
    const lower = name.toLowerCase();
    if (!given.has(lower) && !(ownBody && lower === "content-type")) extra[name] = value;
  }
  if (facts.binary) {
    if (!given.has("accept")) extra.Accept = "*/*";
    next.parseAs ??= "blob";
  }
  if (Object.keys(extra).length > 0) {
    const params = { ...next.params };
    params.header = { ...extra, ...params.header };
    next.params = params;
  }
  if (facts.commaArrays && next.querySerializer === undefined) {
    let serializer = serializers.get(facts);
    if (!serializer) {
      serializer = commaJoiningSerializer(facts.commaArrays);
      serializers.set(facts, serializer);
    }
    next.querySerializer = serializer;
  }
  return next;
}
