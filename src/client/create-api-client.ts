import createClient, { defaultBodySerializer } from "openapi-fetch";
import type { HttpMethod } from "openapi-typescript-helpers";
import { composeAuth } from "../auth/compose.js";
import { isCommonGroundError } from "../errors/common-ground-error.js";
import { isHttpError } from "../errors/http-error.js";
import { NetworkError } from "../errors/network-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { redactUrl } from "../errors/redact.js";
import { ValidationError } from "../errors/validation-error.js";
import { CALL_OPTION_KEYS, type CallOptions } from "../transport/call-options.js";
import { retryPolicy } from "../transport/retry-policy.js";
import { type Deadline, attemptDeadline } from "../transport/deadline.js";
import { type CallScope, createTransport } from "../transport/transport.js";
import { isPlatformFetch } from "../transport/platform-fetch.js";
import { type ClientOptions, resolveClientOptions } from "./client-options.js";
import type { CommonGroundClient, PathsLike } from "./client-types.js";
import type { GuardedInit, VersionCheck, VersionsModule } from "./version-guard.js";
import type { OperationFacts, OperationTable } from "../core/operation-table.js";
import { ConfigError } from "../errors/config-error.js";
import { factsForUrl } from "../core/match-path.js";
import { pageIterable } from "../pagination/page-iterable.js";
import type { PaginateOptions } from "../pagination/paginate-options.js";
import { type InitLike, applyRequestDefaults } from "../core/request-defaults.js";

export type { ClientOptions, FetchLike } from "./client-options.js";
export type { CallResult, ClientMethod, CommonGroundClient, PathsLike, ReadableBody } from "./client-types.js";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

type UntypedCall = (path: string, init?: InitLike) => Promise<unknown>;

const CALL_OPTIONS: ReadonlySet<string> = new Set(CALL_OPTION_KEYS);

/**
 * Copies an openapi-fetch init once, leaving out the SDK's per-call options, which go to `call`.
 * The copy is what the defaults are filled into: one object per call, the caller's init untouched.
 */
function copyInit(init: InitLike | undefined, call: Record<string, unknown>): InitLike {
  const copy: InitLike = {};
  if (init) {
    for (const key in init) {
      if (CALL_OPTIONS.has(key)) call[key] = init[key];
      else copy[key] = init[key];
    }
  }
  return copy;
}

/** Whether an object has any own enumerable key (without building a key list). */
function hasKeys(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

/**
 * Creates a client for one generated spec: openapi-fetch typed with `Paths`, with the defaults from
 * the spec's operation table applied to every call, and a transport that adds credentials, timeouts,
 * retries and typed errors. The generated `create<Name>Client` factories call this; use it directly
 * only for a spec of your own.
 *
 * `versions` loads the API's version facts (the generated factories pass a loader of their API's `versions.js` chunk);
 * it is called only when `options.apiVersion` is set, which without it is a {@link ConfigError}.
 *
 * @example
 * ```ts
 * import { createApiClient } from "commonground-sdk";
 * import { operationTable, type Paths } from "commonground-sdk/zaken";
 * const zaken = createApiClient<Paths>(operationTable, { baseUrl: "https://open-zaak.example.nl/zaken/api/v1" });
 * ```
 */
export function createApiClient<Paths extends PathsLike>(
  table: OperationTable,
  options: ClientOptions,
  versions?: () => Promise<VersionsModule>,
): CommonGroundClient<Paths> {
  const subject = `the ${table.id} ${table.variant} client`;
  const resolved = resolveClientOptions(options, subject);
  // The apiVersion guard: its facts are a lazy chunk, loaded by the first call and awaited by every call.
  // (options.apiVersion was validated above: a non-empty string or undefined.)
  const version = options.apiVersion;
  if (version && !versions) throw new ConfigError(`Invalid options for ${subject}`, [{ path: "apiVersion", message: "works only on the SDK's own clients" }]);
  let guard: Promise<VersionCheck> | undefined;
  const auth = resolved.auth.length === 0 ? undefined : resolved.auth.length === 1 ? resolved.auth[0] : composeAuth(...resolved.auth);
  const transport = createTransport({
    baseUrl: resolved.baseUrl,
    // Looked up per attempt, so that fetch mocks installed after the client was made still intercept.
    fetch: () => resolved.fetch ?? globalThis.fetch,
    auth,
    routing: resolved.routing,
    retry: retryPolicy(resolved.retry),
    timeout: resolved.timeout,
    throwOnError: resolved.throwOnError,
    hooks: resolved.hooks,
    logger: resolved.logger,
  });
  const clientHeaders = new Set(Object.keys(resolved.headers).map((k) => k.toLowerCase()));
  const base = createClient<Paths>({ baseUrl: resolved.baseUrl, headers: resolved.headers, fetch: (request: Request) => transport(request) });
  const untyped = base as unknown as Record<(typeof METHODS)[number], UntypedCall>;
  // Middleware may swap the request (and its signal): calls then keep their deadline on the request.
  let middleware = false;
  const use: typeof base.use = (...added) => {
    middleware = true;
    base.use(...added);
  };
  const client: Record<string, unknown> = { use, eject: base.eject.bind(base) };
  // The `API-version` the server last reported (ZGW and Haal Centraal send it on every response).
  let apiVersion: string | undefined;
  const noteVersion = (headers: Headers | Readonly<Record<string, string>> | undefined): void => {
    const value = headers instanceof Headers ? headers.get("api-version") : headers?.["api-version"];
    if (value) apiVersion = value;
  };
  // A call without a deadline and without per-call options needs no fetch of its own: it shares
  // one of these (timeout off means the transport makes no deadlines, so `keep` is never used).
  const scopeWith = (manualRedirects: boolean): CallScope => ({ first: undefined, manualRedirects, keep: (d) => d.clear() });
  const sharedScopes = [scopeWith(false), scopeWith(true)] as const;
  const sharedFetches = sharedScopes.map((scope) => (request: Request) => transport(request, undefined, scope));
  /** One call: the operation's defaults, the first attempt's deadline, the transport, typed errors. */
  const send = async (method: (typeof METHODS)[number], path: string, init: InitLike | undefined, facts: OperationFacts | undefined): Promise<unknown> => {
    if (version) {
      // A failed chunk load (network) is tried again by the next call; an unknown version is not.
      guard ??= versions!().then(
        (m) => m.versionGuard(version, resolved.baseUrl, ConfigError),
        (error: unknown) => {
          guard = undefined;
          throw error;
        },
      );
      (await guard)(method, path, init as GuardedInit);
    }
    const options: Record<string, unknown> = {};
    const withDefaults = applyRequestDefaults(facts, init, clientHeaders, copyInit(init, options));
    const call = options as CallOptions;
    // The first attempt's deadline rides on the signal openapi-fetch puts on its Request; every
    // deadline stays on until the body is read, and is cleared when the call ends.
    const timeout = call.timeout ?? resolved.timeout;
    const caller = (withDefaults.signal as AbortSignal | null | undefined) ?? undefined;
    const first = timeout === false ? undefined : attemptDeadline(timeout, caller);
    // On the platform's own fetch (no custom fetch, no middleware), the first deadline goes to fetch
    // as its init instead of onto openapi-fetch's Request: one signal-following Request fewer.
    const onInit = first !== undefined && resolved.fetch === undefined && !middleware && withDefaults.middleware === undefined && isPlatformFetch(globalThis.fetch);
    // Requests with credentials follow redirects by hand, so credentials never leave the origin.
    const manual = auth !== undefined && withDefaults.redirect !== "error";
    if (manual) withDefaults.redirect = "manual";
    let kept: Deadline[] | undefined;
    let scope: CallScope | undefined;
    // A body openapi-fetch serialises to something fetch can send again (a Blob, a string, …) is kept,
    // so the transport re-sends it on a retry instead of reading the request body into memory.
    // A body given as a function (the Documenten part upload uses this) is a factory: called for the
    // first attempt and again for each retry, so a stream body can be retried without buffering it.
    let replay: BodyInit | undefined;
    let factory: (() => BodyInit) | undefined;
    if (typeof withDefaults.body === "function") {
      factory = withDefaults.body as () => BodyInit;
      const make = factory;
      withDefaults.bodySerializer = () => make();
      (withDefaults as { duplex?: string }).duplex = "half";
    } else if (withDefaults.body !== undefined) {
      const serialize = (withDefaults.bodySerializer as ((body: unknown, headers?: unknown) => unknown) | undefined) ?? defaultBodySerializer;
      withDefaults.bodySerializer = (body: unknown, headers?: unknown) => {
        const out = serialize(body, headers);
        if (isReplayable(out)) replay = out;
        return out;
      };
    }
    const replayBody = factory ?? ((): BodyInit | undefined => replay);
    if (first) {
      if (!onInit) withDefaults.signal = first.signal;
      const list: Deadline[] = [];
      kept = list;
      scope = { first, manualRedirects: manual, keep: (d) => list.push(d), replayBody, firstOnInit: onInit };
    } else if (hasKeys(options) || withDefaults.body !== undefined) {
      scope = withDefaults.body === undefined ? sharedScopes[manual ? 1 : 0] : { ...sharedScopes[manual ? 1 : 0], replayBody };
    }
    const callScope = scope;
    // Without a deadline and without per-call options, the client's shared fetch sends it.
    withDefaults.fetch = callScope ? (request: Request) => transport(request, call, callScope) : sharedFetches[manual ? 1 : 0];
    try {
      const result = (await untyped[method](path, withDefaults)) as { response?: Response };
      noteVersion(result.response?.headers);
      return result;
    } catch (error) {
      if (isHttpError(error)) noteVersion(error.headers);
      if (caller?.aborted && error === caller.reason) throw error;
      const expired = first?.expired() || kept?.some((d) => d.expired());
      throw asTypedError(error, method, `${resolved.baseUrl}${path}`, auth?.secrets() ?? [], expired ? timeout : false);
    } finally {
      first?.clear();
      if (kept) for (const d of kept) d.clear();
    }
  };
  for (const method of METHODS) {
    const lower = method.toLowerCase() as HttpMethod;
    client[method] = (path: string, init?: InitLike) => send(method, path, init, table.operations[path]?.[lower]);
  }
  client.expand = (path: string, expand: readonly string[], init?: InitLike) => {
    const facts = table.operations[path]?.get;
    const params = { ...init?.params, query: { ...(init?.params?.query as object | undefined) } } as { query: Record<string, unknown> };
    // Klantinteracties takes an array (comma-joined by the serializer); ZGW a comma-separated string.
    params.query.expand = facts?.commaArrays?.includes("expand") ? [...expand] : expand.join(",");
    return send("GET", path, { ...init, params }, facts);
  };
  client.baseUrl = resolved.baseUrl;
  Object.defineProperty(client, "apiVersion", { get: () => apiVersion, enumerable: true });
  client.getUrl = async (url: string, init?: InitLike) =>
    (await send("GET", "", { ...init, baseUrl: url, querySerializer: () => "", throwOnError: true }, factsForUrl(table, resolved.baseUrl, url, "get"))) as { data: unknown; response: Response };
  client.paginate = (path: string, init?: InitLike, options?: PaginateOptions) => {
    const ops = table.operations[path];
    const lower = ops?.get?.list ? "get" : ops?.post?.list ? "post" : undefined;
    const facts = lower ? ops?.[lower] : undefined;
    if (!lower || !facts?.list) {
      throw new ConfigError(`paginate on the ${table.id} ${table.variant} client`, [
        { path: "path", message: `${path} is not a list operation of this API: pass a path whose GET (or POST search) returns a list` },
      ]);
    }
    const method = lower === "get" ? "GET" : "POST";
    const envelope = facts.list;
    return pageIterable(
      {
        envelope,
        collection: facts.collection,
        async fetch(url, signal) {
          const pageInit: InitLike = { ...init, throwOnError: true };
          if (signal) pageInit.signal = signal;
          // A next link is followed as the opaque URL the server gave, with the call's headers and body.
          if (url !== undefined) Object.assign(pageInit, { baseUrl: url, querySerializer: () => "" });
          const { data, response } = (await send(method, url === undefined ? path : "", pageInit, facts)) as { data: unknown; response: Response };
          return { data, response };
        },
      },
      options,
    );
  };
  return client as unknown as CommonGroundClient<Paths>;
}

/** Whether fetch can send a body again as it is (unlike a stream, which can be read once). */
function isReplayable(body: unknown): body is BodyInit {
  return (
    typeof body === "string" ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof URLSearchParams ||
    (typeof FormData !== "undefined" && body instanceof FormData)
  );
}

/** Leaves SDK errors alone; wraps the rest (a deadline hit while reading the body, a body that is not JSON, …). */
function asTypedError(error: unknown, method: string, url: string, secrets: readonly string[], timedOut: number | false): unknown {
  if (isCommonGroundError(error)) return error;
  const shown = redactUrl(url, secrets);
  if (timedOut !== false) return new TimeoutError(method, shown, timedOut);
  if (error instanceof Error && error.name === "AbortError") return error;
  if (error instanceof SyntaxError) {
    return new ValidationError(`${method} ${shown}: the response body is not valid JSON (cut off, or not JSON at all)`, [
      { path: [], code: "invalid_json", message: error.message },
    ]);
  }
  return new NetworkError(method, shown, error instanceof Error ? error.message : String(error), { cause: error });
}
