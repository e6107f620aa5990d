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

/** Whether a header collection (Headers, entries or a record) names `lower`, in any case. */
function names(headers: unknown, lower: string): boolean {
  if (!headers || typeof headers !== "object") return false;
  if (headers instanceof Headers) return headers.has(lower);
  if (Array.isArray(headers)) return (headers as [string, string][]).some(([k]) => String(k).toLowerCase() === lower);
  for (const k in headers) if (k.toLowerCase() === lower) return true;
  return false;
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
  // Checked per default header, without building sets: this runs on every call.
  const given = (lower: string): boolean => clientHeaders.has(lower) || names(init?.headers, lower) || names(init?.params?.header, lower);
  let extra: Record<string, string> | undefined;
  // A custom serializer or a FormData/Blob body decides its own Content-Type (multipart boundary).
  const ownBody = init?.bodySerializer !== undefined || (typeof FormData !== "undefined" && init?.body instanceof FormData) || (typeof Blob !== "undefined" && init?.body instanceof Blob);
  if (facts.headers) {
    for (const name in facts.headers) {
      const lower = name.toLowerCase();
      if (!given(lower) && !(ownBody && lower === "content-type")) {
        extra ??= {};
        extra[name] = facts.headers[name] as string;
      }
    }
  }
  if (facts.binary) {
    if (!given("accept")) {
      extra ??= {};
      extra.Accept = "*/*";
    }
    next.parseAs ??= "blob";
  }
  if (extra) next.params = { ...next.params, header: { ...extra, ...next.params?.header } };
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
