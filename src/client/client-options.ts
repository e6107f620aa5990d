import * as z from "zod/mini";
import type { AuthStrategy } from "../auth/auth-strategy.js";
import { ConfigError } from "../errors/config-error.js";
import { parseOptions } from "../core/parse-options.js";
import type { Hooks } from "../observability/hooks.js";
import type { Logger } from "../observability/logger.js";
import { isSecureEnough } from "../core/origin.js";
import type { RetryOptions } from "../transport/retry-policy.js";
import type { Routing } from "../transport/routing.js";

import type { FetchLike } from "../core/fetch-like.js";

export type { FetchLike } from "../core/fetch-like.js";

/** Options every client factory takes. */
export interface ClientOptions {
  /**
   * The API root, including the API's own path, e.g. `https://open-zaak.example.nl/zaken/api/v1`.
   * Spec servers are relative, so the SDK never derives one API's root from another's.
   */
  readonly baseUrl: string;
  /**
   * The fetch to use. Looked up at call time, so a mock installed after the client was created
   * (msw) still sees every request.
   * @default globalThis.fetch
   */
  readonly fetch?: FetchLike | undefined;
  /** Headers sent with every request (per-call headers win). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /**
   * Credentials: one strategy or several (`[apiKey(…), protocolHeaders(…)]`). They are sent only to
   * the base URL's origin, never to another host a `next` link or reference points at.
   */
  readonly auth?: AuthStrategy | readonly AuthStrategy[] | undefined;
  /** Retries for idempotent methods on network errors, 429, 502, 503, 504; `false` turns them off. */
  readonly retry?: RetryOptions | false | undefined;
  /** Timeout per attempt in milliseconds; `false` for none. @default 30000 */
  readonly timeout?: number | false | undefined;
  /** Throw every failure as a typed error instead of returning `{ error }`. @default false */
  readonly throwOnError?: boolean | undefined;
  /** Observability hooks for requests, responses and retries. */
  readonly hooks?: Hooks | undefined;
  /** Where the SDK logs (redacted, allow-listed headers only). @default no logging */
  readonly logger?: Logger | undefined;
  /** Route requests through an FSC or NLX outway. */
  readonly routing?: Routing | undefined;
  /** Allow credentials over plain http to a host that is not loopback. @default false */
  readonly allowInsecureHttp?: boolean | undefined;
  /**
   * The version (or registered variant) of the API the server runs, e.g. `"1.5.1"` or
   * `"1.5.1-openzaak-1.30.0"`. When set, a call using an operation or query parameter that version
   * lacks is refused before it is sent, with an `UnsupportedByVersionError` naming the versions that
   * have it (older ZGW servers answer unknown query parameters with 400). The version facts are
   * loaded on first use (a lazy chunk); an unknown version rejects that call with a ConfigError
   * listing the registered variants. Not to be confused with `client.apiVersion`, the version the
   * server last reported.
   * @default no check
   */
  readonly apiVersion?: string | undefined;
}

const baseUrl = z.string({ error: "is required: pass the API root, e.g. https://open-zaak.example.nl/zaken/api/v1" }).check(
  z.trim(),
  z.minLength(1, "is empty: pass the API root, e.g. https://open-zaak.example.nl/zaken/api/v1"),
  z.superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: `"${value}" is not an absolute URL: include the scheme, e.g. https://${value.replace(/^\/+/, "")}` });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      ctx.addIssue({ code: "custom", message: `has scheme "${url.protocol}": use https:// (or http:// for a local server)` });
    }
    if (url.search || url.hash) ctx.addIssue({ code: "custom", message: "must not hold a query or fragment: pass only the API root" });
    if (url.username || url.password) ctx.addIssue({ code: "custom", message: "must not hold credentials: pass them as auth, not in the URL" });
  }),
);

const strategy = z.custom<AuthStrategy>(
  (v) => typeof v === "object" && v !== null && typeof (v as AuthStrategy).headers === "function" && typeof (v as AuthStrategy).secrets === "function",
);

const shape = {
  baseUrl,
  fetch: z.optional(z.custom<FetchLike>((v) => typeof v === "function", "must be a function (input: Request) => Promise<Response>")),
  headers: z.optional(z.record(z.string(), z.string({ error: "header values must be strings" }))),
  auth: z.optional(z.union([strategy, z.array(strategy)], { error: "must be an auth strategy such as zgwJwt({…}), tokenAuth(key) or apiKey({…}), or a list of them" })),
  retry: z.optional(z.union([z.literal(false), z.strictObject({
    retries: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10))),
    minDelayMs: z.optional(z.number().check(z.gte(0))),
    maxDelayMs: z.optional(z.number().check(z.gte(0))),
    maxRetryAfterMs: z.optional(z.number().check(z.gte(0))),
    statuses: z.optional(z.array(z.number().check(z.int(), z.gte(100), z.lte(599)))),
    random: z.optional(z.custom<() => number>((v) => typeof v === "function")),
  })], { error: "must be false or { retries, minDelayMs, maxDelayMs, maxRetryAfterMs, statuses }" })),
  timeout: z.optional(z.union([z.literal(false), z.number().check(z.positive())], { error: "must be a positive number of milliseconds, or false" })),
  throwOnError: z.optional(z.boolean()),
  hooks: z.optional(z.record(z.string(), z.custom<unknown>((v) => typeof v === "function", "hooks must be functions"))),
  logger: z.optional(z.custom<Logger>((v: unknown) => typeof v === "object" && v !== null && ["debug", "info", "warn", "error"].every((m) => typeof (v as Record<string, unknown>)[m] === "function"), "must have debug, info, warn and error methods")),
  routing: z.optional(z.custom<Routing>((v) => typeof v === "object" && v !== null && typeof (v as Routing).rewrite === "function", "must be a routing such as fscRouting({…}) or nlxRouting({…})")),
  allowInsecureHttp: z.optional(z.boolean()),
  apiVersion: z.optional(z.string().check(z.minLength(1))),
};

const schema = z.strictObject(shape, {
  error: (issue) =>
    issue.code === "unrecognized_keys"
      ? `unknown option(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}: valid options are ${Object.keys(shape).join(", ")}`
      : "options must be an object like { baseUrl: \"https://…/api/v1\" }",
});

/** Options after validation: `baseUrl` without a trailing slash, `auth` as a list. */
export interface ResolvedClientOptions {
  readonly baseUrl: string;
  readonly fetch: FetchLike | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly auth: readonly AuthStrategy[];
  readonly retry: RetryOptions | false | undefined;
  readonly timeout: number | false;
  readonly throwOnError: boolean;
  readonly hooks: Hooks | undefined;
  readonly logger: Logger | undefined;
  readonly routing: Routing | undefined;
}

/** The default timeout per attempt. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Validates client options with zod; throws one {@link ConfigError} listing every problem and what
 * to pass instead.
 */
export function resolveClientOptions(options: unknown, subject: string): ResolvedClientOptions {
  const data = parseOptions(schema, options, subject);
  const auth = data.auth === undefined ? [] : Array.isArray(data.auth) ? data.auth : [data.auth as AuthStrategy];
  const baseUrl = data.baseUrl.replace(/\/+$/, "");
  if (auth.length > 0 && !data.allowInsecureHttp && !isSecureEnough(new URL(baseUrl))) {
    throw new ConfigError(`Invalid options for ${subject}`, [
      { path: "baseUrl", message: "credentials over plain http are refused: use https://, a loopback host, or set allowInsecureHttp: true" },
    ]);
  }
  return {
    baseUrl,
    fetch: data.fetch,
    headers: data.headers ?? {},
    auth,
    retry: data.retry as RetryOptions | false | undefined,
    timeout: data.timeout ?? DEFAULT_TIMEOUT_MS,
    throwOnError: data.throwOnError ?? false,
    hooks: data.hooks as Hooks | undefined,
    logger: data.logger,
    routing: data.routing,
  };
}
