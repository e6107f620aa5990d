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
/** Every default header of an operation, for calls that set none themselves (the common case). */
const allDefaults = new WeakMap<OperationFacts, Readonly<Record<string, string>> | null>();

/** The operation's default headers when nobody set any header: built once per operation. */
function defaultHeaders(facts: OperationFacts): Readonly<Record<string, string>> | null {
  let headers = allDefaults.get(facts);
  if (headers === undefined) {
    const all: Record<string, string> = { ...facts.headers };
    if (facts.binary) all.Accept = "*/*";
    headers = Object.keys(all).length > 0 ? Object.freeze(all) : null;
    allDefaults.set(facts, headers);
  }
  return headers;
}

/**
 * Applies an operation's defaults to a call's init, never overriding what the caller (or the client's
 * own headers) set: required single-value headers (`Accept-Crs`, `Content-Crs`, `Content-Type`),
 * comma-joined array query parameters, and `Accept: *\/*` with a Blob result for binary downloads.
 *
 * Returns `next`: a copy of `init` unless the caller passes its own copy to fill in (the client
 * does, having copied the init once already). `init` itself is never changed.
 */
export function applyRequestDefaults(
  facts: OperationFacts | undefined,
  init: InitLike | undefined,
  clientHeaders: ReadonlySet<string>,
  next: InitLike = { ...init },
): InitLike {
  if (!facts) return next;
  const header = init?.params?.header;
  // A custom serializer or a FormData/Blob body decides its own Content-Type (multipart boundary).
  const body = init?.body;
  const ownBody =
    init?.bodySerializer !== undefined ||
    (body !== undefined && ((typeof FormData !== "undefined" && body instanceof FormData) || (typeof Blob !== "undefined" && body instanceof Blob)));
  if (clientHeaders.size === 0 && init?.headers === undefined && header === undefined && !ownBody) {
    // Fast path: nobody set a header, so every default applies (a shared, frozen record).
    const all = defaultHeaders(facts);
    if (all) next.params = { ...next.params, header: all };
  } else {
    // Checked per default header, without building sets.
    const given = (lower: string): boolean => clientHeaders.has(lower) || names(init?.headers, lower) || names(header, lower);
    let extra: Record<string, string> | undefined;
    if (facts.headers) {
      for (const name in facts.headers) {
        const lower = name.toLowerCase();
        if (!given(lower) && !(ownBody && lower === "content-type")) {
          extra ??= {};
          extra[name] = facts.headers[name] as string;
        }
      }
    }
    if (facts.binary && !given("accept")) {
      extra ??= {};
      extra.Accept = "*/*";
    }
    if (extra) next.params = { ...next.params, header: { ...extra, ...header } };
  }
  if (facts.binary) next.parseAs ??= "blob";
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
