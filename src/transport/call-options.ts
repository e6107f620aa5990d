import type { RetryOptions } from "./retry-policy.js";

/** Options for one call, next to openapi-fetch's own `params`, `body`, `headers`, `signal`, … */
export interface CallOptions {
  /** Retry settings for this call; `false` turns retries off. */
  readonly retry?: RetryOptions | false;
  /** Timeout per attempt in milliseconds; `false` for none. */
  readonly timeout?: number | false;
  /** Throw every failure as a typed error instead of returning `{ error }`. */
  readonly throwOnError?: boolean;
  /** Retry this POST or PATCH like an idempotent method (only when you know it is safe). */
  readonly idempotent?: boolean;
  /** `X-Audit-Toelichting`: the reason for this change, kept in the ZGW audit trail. */
  readonly auditToelichting?: string;
  /** A W3C `traceparent` to pass through to the server. */
  readonly traceparent?: string;
}

/** The keys of {@link CallOptions}, stripped from the init before openapi-fetch sees it. */
export const CALL_OPTION_KEYS: readonly (keyof CallOptions)[] = [
  "retry", "timeout", "throwOnError", "idempotent", "auditToelichting", "traceparent",
];
