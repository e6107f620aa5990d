import { setBody } from "./set-body.js";
import type { AuthStrategy } from "../auth/auth-strategy.js";
import type { FetchLike } from "../core/fetch-like.js";
import { AuthError } from "../errors/auth-error.js";
import { NetworkError } from "../errors/network-error.js";
import { loggableHeaders, redactUrl } from "../errors/redact.js";
import { parseRetryAfter } from "../errors/retry-after.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { errorFromResponse } from "../errors/to-error.js";
import type { Hooks } from "../observability/hooks.js";
import type { Logger } from "../observability/logger.js";
import type { CallOptions } from "./call-options.js";
import { type Deadline, attemptDeadline } from "./deadline.js";
import { type PlatformFetch, isPlatformFetch } from "./platform-fetch.js";
import { followRedirects } from "./follow-redirects.js";
import { log, notify } from "./notify.js";
import { pathUnder } from "./outway.js";
import { IDEMPOTENT_METHODS, type RetryPolicy, backoffDelay, retryPolicy } from "./retry-policy.js";
import type { Routing } from "./routing.js";
import { sleep } from "./sleep.js";

/** What the transport of one client is made of. */
export interface TransportConfig {
  readonly baseUrl: string;
  /** The fetch to call, looked up per attempt. */
  readonly fetch: () => FetchLike;
  readonly auth: AuthStrategy | undefined;
  readonly routing: Routing | undefined;
  readonly retry: RetryPolicy | false;
  readonly timeout: number | false;
  readonly throwOnError: boolean;
  readonly hooks: Hooks | undefined;
  readonly logger: Logger | undefined;
}

/**
 * The call a request belongs to, when a client sends it: `first` is the deadline already on the
 * request's signal (so the first attempt needs no second Request), and `keep` takes the deadline of
 * the returned response, so that the timeout also covers reading its body.
 */
export interface CallScope {
  readonly first: Deadline | undefined;
  /** The client set `redirect: "manual"` on the request (because it carries credentials): follow by hand. */
  readonly manualRedirects: boolean;
  keep(deadline: Deadline): void;
  /**
   * `first` is not on the request's signal: it goes to the platform's fetch as `{ signal }` (one
   * Request following a signal fewer, see platform-fetch.ts). Any other fetch gets an attempt with
   * the deadline on its request.
   */
  readonly firstOnInit?: boolean;
  /**
   * Gives the request body again for another attempt (the serialised Blob or string, or a fresh stream
   * from a body factory), so that the transport need not read the body into memory to retry it.
   */
  readonly replayBody?: () => BodyInit | undefined;
}

/** Sends one request through auth, routing, timeouts and retries. */
export type Transport = (request: Request, call?: CallOptions, scope?: CallScope) => Promise<Response>;

const BODYLESS = new Set(["GET", "HEAD"]);

/**
 * Creates the transport under openapi-fetch: credentials only to the base URL's origin (also across
 * redirects), a fresh deadline per attempt tied to the caller's signal, retries with full-jitter
 * backoff for idempotent methods (honouring `Retry-After`), one refresh-and-retry on a 401, typed errors.
 */
const NO_CALL_OPTIONS: CallOptions = Object.freeze({});

export function createTransport(config: TransportConfig): Transport {
  const base = new URL(config.baseUrl);
  const origin = base.origin;
  return async (request, call = NO_CALL_OPTIONS, scope) => {
    const policy = call.retry === undefined ? config.retry : retryPolicy(call.retry, config.retry);
    const timeout = call.timeout ?? config.timeout;
    const method = request.method.toUpperCase();
    const first = scope?.first;
    // The caller's signal (what a retry's deadline follows and a wait stops on): read only when needed.
    // (With a first deadline, the request's signal is that deadline's; the caller's is kept on it.)
    let callerKnown = first !== undefined;
    let callerSignal = first?.caller;
    const caller = (): AbortSignal | undefined => {
      if (!callerKnown) {
        callerKnown = true;
        callerSignal = request.signal;
      }
      return callerSignal;
    };
    // Request URLs are normalised by the Request constructor, so a prefix test is an origin test.
    const url = request.url;
    const ours = url.startsWith(origin) && (url.length === origin.length || url[origin.length] === "/" || url[origin.length] === "?");
    const auth = ours ? config.auth : undefined;
    const secrets = (): readonly string[] => auth?.secrets() ?? [];
    // Redacted only when something shows it (a hook, a log line, an error): not on the hot path.
    let shown: string | undefined;
    const shownUrl = (): string => {
      shown ??= redactUrl(request.url, secrets());
      return shown;
    };
    // Only idempotent methods are retried, unless the caller says this POST/PATCH is safe to repeat.
    const retry = policy !== false && (IDEMPOTENT_METHODS.has(method) || call.idempotent === true) ? policy : undefined;
    // A body the client can give again (a Blob part, a JSON string, a body factory) is not read here;
    // any other body is read into memory once, so that a retry can send it again.
    const replay = BODYLESS.has(method) ? undefined : scope?.replayBody;
    let spare = replay?.();
    const read = BODYLESS.has(method) || spare !== undefined ? undefined : await request.arrayBuffer();
    const body = (): BodyInit | undefined => {
      if (read !== undefined || replay === undefined) return read;
      const given = spare ?? replay();
      spare = undefined;
      return given;
    };
    // Routing applies only under the base URL (not to another API on the same host).
    const routing = ours ? config.routing : undefined;
    const target = routing ? new URL(url) : undefined;
    const routable = routing !== undefined && target !== undefined && pathUnder(target, config.baseUrl) !== undefined;
    const routed = routable && target ? routing.rewrite(target, config.baseUrl) : undefined;
    const observed = config.hooks !== undefined || config.logger !== undefined;
    let refreshed = false;
    for (let attempt = 0, sent = 0; ; attempt++, sent++) {
      // The request is ours (made by openapi-fetch for this call): set headers on it directly.
      const headers = request.headers;
      // Strategies answer synchronously while a token is fresh: no await (and no extra tick) then.
      const pending = auth?.headers(request);
      const credentials = pending === undefined || !isThenable(pending) ? pending : await pending;
      if (credentials) for (const k in credentials) headers.set(k, credentials[k] as string);
      if (routable && routing.headers) for (const [k, v] of Object.entries(routing.headers())) headers.set(k, v);
      if (call.auditToelichting !== undefined) headers.set("X-Audit-Toelichting", call.auditToelichting);
      if (call.traceparent !== undefined) headers.set("traceparent", call.traceparent);
      const fetch = config.fetch();
      // The first attempt of a bodyless, unrouted call goes out as openapi-fetch made it.
      // So does one whose body the client can give again: the request still holds it unread.
      // (With its deadline meant for fetch's init, only if fetch is still the platform's.)
      const onInit = scope?.firstOnInit === true && isPlatformFetch(fetch);
      const reuse = sent === 0 && read === undefined && routed === undefined && (timeout === false || (first !== undefined && (onInit || scope?.firstOnInit !== true)));
      const deadline = reuse ? first : timeout === false ? undefined : attemptDeadline(timeout, caller());
      let outgoing = request;
      if (!reuse) {
        const init: RequestInit = { method, headers, redirect: auth ? "manual" : request.redirect };
        const signal = deadline?.signal ?? caller();
        if (signal) init.signal = signal;
        const payload = body();
        if (payload !== undefined) setBody(init, payload);
        outgoing = new Request(routed ?? url, init);
      }
      // Events are only built when a hook or logger will see them.
      const event = (): { method: string; url: string; attempt: number } => ({ method, url: shownUrl(), attempt: sent });
      if (config.hooks) notify(config.hooks, "onRequest", event());
      const started = observed ? performance.now() : 0;
      let response: Response;
      try {
        // On the platform's fetch, the first deadline goes as its init (fetch's own Request follows it).
        const signal = reuse && onInit ? deadline?.signal : undefined;
        response = signal ? await (fetch as PlatformFetch)(outgoing, { signal }) : await fetch(outgoing);
        // Sent with redirect: "manual" (credentials on it): a redirect is followed by hand.
        // (An opaque redirect, what a browser gives for one, has status 0.)
        const status = response.status;
        if ((auth || scope?.manualRedirects) && (status === 0 || (status >= 300 && status < 400))) {
          const hop = signal ? (r: Request) => (fetch as PlatformFetch)(r, { signal }) : fetch;
          response = await followRedirects(outgoing, response, { fetch: hop, origin, credentialHeaders: credentials ? Object.keys(credentials) : [], body, shownUrl });
        }
      } catch (cause) {
        deadline?.clear();
        const signal = caller();
        if (signal?.aborted) throw signal.reason;
        const error = deadline?.expired()
          ? new TimeoutError(method, shownUrl(), timeout as number)
          : cause instanceof NetworkError ? cause : new NetworkError(method, shownUrl(), cause instanceof Error ? cause.message : String(cause), { cause });
        if (retry && attempt < retry.retries) {
          await wait(config, event(), error.kind, backoffDelay(retry, attempt), caller());
          continue;
        }
        notify(config.hooks, "onError", { ...event(), error, durationMs: performance.now() - started });
        log(config.logger, "error", "request failed", { method, url: shownUrl(), attempt: sent, kind: error.kind });
        throw error;
      }
      const status = response.status;
      const durationMs = observed ? performance.now() - started : 0;
      if (config.hooks) notify(config.hooks, "onResponse", { ...event(), status, durationMs });
      if (config.logger) log(config.logger, "debug", "response", { method, url: shownUrl(), attempt: sent, status, durationMs, headers: loggableHeaders(response.headers, secrets()) });
      if (status === 401 && auth?.refresh) {
        release(response, deadline);
        if (!refreshed) {
          refreshed = true;
          if (await auth.refresh(request)) {
            await wait(config, event(), "401-refresh", 0, caller());
            attempt--; // a refresh does not use up a retry
            continue;
          }
        }
        const error = new AuthError(`${method} ${shownUrl()} → 401: the ${auth.name} credentials were refused${refreshed ? " again after a refresh" : ""}`, { status: 401 });
        notify(config.hooks, "onError", { ...event(), error, durationMs });
        throw error;
      }
      if (retry && attempt < retry.retries && retry.statuses.includes(status)) {
        const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
        if (retryAfter === undefined || retryAfter <= retry.maxRetryAfterMs) {
          release(response, deadline);
          await wait(config, event(), String(status), retryAfter ?? backoffDelay(retry, attempt), caller());
          continue;
        }
      }
      // The deadline stays on until the body is read: the client clears it when the call ends.
      if (deadline && deadline !== first) scope ? scope.keep(deadline) : deadline.clear();
      const mapped = routable && routing.mapResponse ? await routing.mapResponse(response, config.baseUrl) : response;
      if (!mapped.ok && (call.throwOnError ?? config.throwOnError)) throw await errorFromResponse(mapped, { method, url: request.url, secrets: secrets() });
      return mapped;
    }
  };
}

/** Whether a value is a promise (or any thenable). */
function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown }).then === "function";
}

/** Lets go of a response that will not be returned: its deadline and its body (not awaited: msw never settles it). */
function release(response: Response, deadline: Deadline | undefined): void {
  deadline?.clear();
  void response.body?.cancel().catch(() => undefined);
}

function wait(config: TransportConfig, event: { method: string; url: string; attempt: number }, reason: string, delayMs: number, signal: AbortSignal | undefined): Promise<void> {
  notify(config.hooks, "onRetry", { ...event, reason, delayMs });
  log(config.logger, "warn", "retrying", { method: event.method, url: event.url, attempt: event.attempt + 1, reason, delayMs });
  return sleep(delayMs, signal);
}
