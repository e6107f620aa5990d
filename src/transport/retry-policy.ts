/** Retry settings; every field has a default. */
export interface RetryOptions {
  /** Retries after the first attempt. @default 2 */
  readonly retries?: number;
  /** The backoff base: attempt n waits a random time up to `min(maxDelayMs, minDelayMs · 2^n)`. @default 200 */
  readonly minDelayMs?: number;
  /** The backoff cap. @default 5000 */
  readonly maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the response is returned as it is. @default 30000 */
  readonly maxRetryAfterMs?: number;
  /** Statuses that are retried. @default [429, 502, 503, 504] */
  readonly statuses?: readonly number[];
  /** A random source in [0, 1) for the jitter (tests inject one). @default Math.random */
  readonly random?: () => number;
}

/** Retry settings with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** Methods that are retried without asking: the idempotent ones. POST and PATCH need `idempotent: true` per call. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/** The defaults. */
export const DEFAULT_RETRY: RetryPolicy = {
  retries: 2,
  minDelayMs: 200,
  maxDelayMs: 5000,
  maxRetryAfterMs: 30_000,
  statuses: [429, 502, 503, 504],
  random: Math.random,
};

/** Fills in the defaults; `false` turns retries off. */
export function retryPolicy(options: RetryOptions | false | undefined, base: RetryPolicy | false = DEFAULT_RETRY): RetryPolicy | false {
  if (options === false || (base === false && options === undefined)) return false;
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined));
  return { ...(base === false ? DEFAULT_RETRY : base), ...given };
}

/** Exponential backoff with full jitter: a random delay in [0, min(max, min · 2^attempt)). */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** attempt);
  return Math.floor(policy.random() * ceiling);
}
