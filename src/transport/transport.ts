import type { AuthStrategy } from "../auth/auth-strategy.js";
import type { FetchLike } from "../core/client-options.js";
import { AuthError } from "../errors/auth-error.js";
import { NetworkError } from "../errors/network-error.js";
import { loggableHeaders, redactUrl } from "../errors/redact.js";
import { parseRetryAfter } from "../errors/retry-after.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { errorFromResponse } from "../errors/to-error.js";
import type { Hooks } from "../observability/hooks.js";
import type { Logger } from "../observability/logger.js";
import type { CallOptions } from "./call-options.js";
import { IDEMPOTENT_METHODS, type RetryPolicy, backoffDelay, retryPolicy } from "./retry-policy.js";
import { pathUnder } from "./outway.js";
import type { Routing } from "./routing.js";
import { type Deadline, attemptDeadline } from "./deadline.js";
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
 * Sends one request through auth, routing, timeouts and retries. `first` is the deadline the client
 * already put on the request's signal for the first attempt (so no second Request is needed).
 */
export type Transport = (request: Request, call?: CallOptions, first?: Deadline) => Promise<Response>;

const BODYLESS = new Set(["GET", "HEAD"]);

/**
 * Creates the transport under openapi-fetch: credentials only to the base URL's origin, a fresh
 * timeout signal per attempt combined with the caller's, retries with full-jitter backoff for
 * idempotent methods (honouring `Retry-After`), one refresh-and-retry on a 401, typed errors.
 */
export function createTransport(config: TransportConfig): Transport {
  const base = new URL(config.baseUrl);
  return async (request, call = {}, first) => {
    const policy = call.retry === undefined ? config.retry : retryPolicy(call.retry, config.retry);
    const timeout = call.timeout ?? config.timeout;
    const throwOnError = call.throwOnError ?? config.throwOnError;
    const method = request.method.toUpperCase();
    const caller = first ? first.caller : request.signal;
    const target = new URL(request.url);
    const ours = target.origin === base.origin;
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
    const body = BODYLESS.has(method) ? undefined : await request.arrayBuffer();
    // Routing applies only under the base URL (not to another API on the same host).
    const routable = ours && config.routing !== undefined && pathUnder(target, config.baseUrl) !== undefined;
    const routed = routable && config.routing ? config.routing.rewrite(target, config.baseUrl) : target;
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      // The request is ours (made by openapi-fetch for this call): set headers on it directly.
      const headers = request.headers;
      if (auth) for (const [k, v] of Object.entries(await auth.headers(request))) headers.set(k, v);
      if (routable && config.routing?.headers) for (const [k, v] of Object.entries(config.routing.headers())) headers.set(k, v);
      if (call.auditToelichting !== undefined) headers.set("X-Audit-Toelichting", call.auditToelichting);
      if (call.traceparent !== undefined) headers.set("traceparent", call.traceparent);
      // The first attempt of a bodyless, unrouted call goes out as openapi-fetch made it.
      const reuse = attempt === 0 && body === undefined && routed === target && (timeout === false || first !== undefined);
      const deadline = reuse ? first : timeout === false ? undefined : attemptDeadline(timeout, caller);
      let outgoing = request;
      if (!reuse) {
        const init: RequestInit = { method, headers, redirect: request.redirect };
        const signal = deadline?.signal ?? caller;
        if (signal) init.signal = signal;
        if (body !== undefined) init.body = body;
        outgoing = new Request(routed, init);
      }
      const hooked = config.hooks !== undefined || config.logger !== undefined;
      const event = hooked ? { method, url: shownUrl(), attempt } : { method, url: "", attempt };
      config.hooks?.onRequest?.(event);
      const started = performance.now();
      let response: Response;
      try {
        response = await config.fetch()(outgoing);
      } catch (cause) {
        if (caller?.aborted) throw caller.reason;
        const error = deadline?.expired()
          ? new TimeoutError(method, shownUrl(), timeout as number)
          : new NetworkError(method, shownUrl(), cause instanceof Error ? cause.message : String(cause), { cause });
        if (retry && attempt < retry.retries) {
          await retryAfterWait(config, { ...event, url: shownUrl() }, error.kind, backoffDelay(retry, attempt), caller);
          continue;
        }
        config.hooks?.onError?.({ ...event, url: shownUrl(), error, durationMs: performance.now() - started });
        config.logger?.error("request failed", { method, url: shownUrl(), attempt, kind: error.kind });
        throw error;
      } finally {
        deadline?.clear();
      }
      const durationMs = performance.now() - started;
      config.hooks?.onResponse?.({ ...event, status: response.status, durationMs });
      config.logger?.debug("response", { method, url: shownUrl(), attempt, status: response.status, durationMs, headers: loggableHeaders(response.headers, secrets()) });
      if (response.status === 401 && auth?.refresh) {
        await response.body?.cancel().catch(() => undefined);
        if (!refreshed) {
          refreshed = true;
          if (await auth.refresh()) {
            await retryAfterWait(config, { ...event, url: shownUrl() }, "401-refresh", 0, caller);
            attempt--;
            continue;
          }
        }
        const error = new AuthError(`${method} ${shownUrl()} → 401: the ${auth.name} credentials were refused${refreshed ? " again after a refresh" : ""}`, { status: 401 });
        config.hooks?.onError?.({ ...event, error, durationMs });
        throw error;
      }
      if (retry && attempt < retry.retries && retry.statuses.includes(response.status)) {
        const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
        if (retryAfter === undefined || retryAfter <= retry.maxRetryAfterMs) {
          await response.body?.cancel().catch(() => undefined);
          await retryAfterWait(config, { ...event, url: shownUrl() }, String(response.status), retryAfter ?? backoffDelay(retry, attempt), caller);
          continue;
        }
      }
      const mapped = routable && config.routing?.mapResponse ? await config.routing.mapResponse(response, config.baseUrl) : response;
      if (!mapped.ok && throwOnError) throw await errorFromResponse(mapped, { method, url: request.url, secrets: secrets() });
      return mapped;
    }
  };
}

function retryAfterWait(config: TransportConfig, event: { method: string; url: string; attempt: number }, reason: string, delayMs: number, signal: AbortSignal | undefined): Promise<void> {
  config.hooks?.onRetry?.({ ...event, reason, delayMs });
  config.logger?.warn("retrying", { method: event.method, url: event.url, attempt: event.attempt + 1, reason, delayMs });
  return sleep(delayMs, signal);
}
