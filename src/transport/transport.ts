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

/** Sends one request through auth, routing, timeouts and retries. */
export type Transport = (request: Request, call?: CallOptions) => Promise<Response>;

const BODYLESS = new Set(["GET", "HEAD"]);

/**
 * Creates the transport under openapi-fetch: credentials only to the base URL's origin, a fresh
 * timeout signal per attempt combined with the caller's, retries with full-jitter backoff for
 * idempotent methods (honouring `Retry-After`), one refresh-and-retry on a 401, typed errors.
 */
export function createTransport(config: TransportConfig): Transport {
  const base = new URL(config.baseUrl);
  return async (request, call = {}) => {
    const policy = call.retry === undefined ? config.retry : retryPolicy(call.retry, config.retry);
    const timeout = call.timeout ?? config.timeout;
    const throwOnError = call.throwOnError ?? config.throwOnError;
    const method = request.method.toUpperCase();
    const target = new URL(request.url);
    const ours = target.origin === base.origin;
    const auth = ours ? config.auth : undefined;
    const secrets = (): readonly string[] => auth?.secrets() ?? [];
    const shownUrl = redactUrl(request.url, secrets());
    // Only idempotent methods are retried, unless the caller says this POST/PATCH is safe to repeat.
    const retry = policy !== false && (IDEMPOTENT_METHODS.has(method) || call.idempotent === true) ? policy : undefined;
    const body = BODYLESS.has(method) ? undefined : await request.arrayBuffer();
    const routed = ours && config.routing ? config.routing.rewrite(target, config.baseUrl) : target;
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const headers = new Headers(request.headers);
      if (auth) for (const [k, v] of Object.entries(await auth.headers(request))) headers.set(k, v);
      if (ours && config.routing?.headers) for (const [k, v] of Object.entries(config.routing.headers())) headers.set(k, v);
      if (call.auditToelichting !== undefined) headers.set("X-Audit-Toelichting", call.auditToelichting);
      if (call.traceparent !== undefined) headers.set("traceparent", call.traceparent);
      const timer = timeout === false ? undefined : AbortSignal.timeout(timeout);
      const signal = timer ? AbortSignal.any([request.signal, timer]) : request.signal;
      const init: RequestInit = { method, headers, signal, redirect: request.redirect };
      if (body !== undefined) init.body = body;
      const event = { method, url: shownUrl, attempt };
      config.hooks?.onRequest?.(event);
      const started = performance.now();
      let response: Response;
      try {
        response = await config.fetch()(new Request(routed, init));
      } catch (cause) {
        if (request.signal.aborted) throw request.signal.reason;
        const error = timer?.aborted
          ? new TimeoutError(method, shownUrl, timeout as number)
          : new NetworkError(method, shownUrl, cause instanceof Error ? cause.message : String(cause), { cause });
        if (retry && attempt < retry.retries) {
          await retryAfterWait(config, event, error.kind, backoffDelay(retry, attempt), request.signal);
          continue;
        }
        config.hooks?.onError?.({ ...event, error, durationMs: performance.now() - started });
        config.logger?.error("request failed", { method, url: shownUrl, attempt, kind: error.kind });
        throw error;
      }
      const durationMs = performance.now() - started;
      config.hooks?.onResponse?.({ ...event, status: response.status, durationMs });
      config.logger?.debug("response", { method, url: shownUrl, attempt, status: response.status, durationMs, headers: loggableHeaders(response.headers, secrets()) });
      if (response.status === 401 && auth?.refresh) {
        await response.body?.cancel().catch(() => undefined);
        if (!refreshed) {
          refreshed = true;
          if (await auth.refresh()) {
            await retryAfterWait(config, event, "401-refresh", 0, request.signal);
            attempt--;
            continue;
          }
        }
        const error = new AuthError(`${method} ${shownUrl} → 401: the ${auth.name} credentials were refused${refreshed ? " again after a refresh" : ""}`, { status: 401 });
        config.hooks?.onError?.({ ...event, error, durationMs });
        throw error;
      }
      if (retry && attempt < retry.retries && retry.statuses.includes(response.status)) {
        const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
        if (retryAfter === undefined || retryAfter <= retry.maxRetryAfterMs) {
          await response.body?.cancel().catch(() => undefined);
          await retryAfterWait(config, event, String(response.status), retryAfter ?? backoffDelay(retry, attempt), request.signal);
          continue;
        }
      }
      const mapped = ours && config.routing?.mapResponse ? await config.routing.mapResponse(response, config.baseUrl) : response;
      if (!mapped.ok && throwOnError) throw await errorFromResponse(mapped, { method, url: request.url, secrets: secrets() });
      return mapped;
    }
  };
}

function retryAfterWait(config: TransportConfig, event: { method: string; url: string; attempt: number }, reason: string, delayMs: number, signal: AbortSignal): Promise<void> {
  config.hooks?.onRetry?.({ ...event, reason, delayMs });
  config.logger?.warn("retrying", { method: event.method, url: event.url, attempt: event.attempt + 1, reason, delayMs });
  return sleep(delayMs, signal);
}
