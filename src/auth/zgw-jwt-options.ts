import * as z from "zod/mini";
import { optionsObject, requiredString } from "../core/parse-options.js";

/**
 * The bound on `reuseFor` (55 minutes, exclusive): servers such as Open Zaak reject tokens older than an hour.
 *
 * @example
 * ```ts
 * import { MAX_ZGW_JWT_REUSE_MS, zgwJwt } from "commonground-sdk";
 * const auth = zgwJwt({ clientId: "my-app", secret: process.env.ZGW_SECRET!, reuseFor: MAX_ZGW_JWT_REUSE_MS - 5 * 60_000 });
 * ```
 */
export const MAX_ZGW_JWT_REUSE_MS = 3_300_000;

/** Claims the helper sets itself; `claims` may not override them. */
const STANDARD_CLAIMS = ["iss", "iat", "client_id", "user_id", "user_representation", "exp"];

/**
 * Options of {@link zgwJwt}: the client ID and shared secret you were given for a ZGW API
 * (Open Zaak, Open Notificaties, …), plus the user for the audit trail.
 *
 * @example
 * ```ts
 * import { type ZgwJwtOptions, zgwJwt } from "commonground-sdk";
 * const options: ZgwJwtOptions = { clientId: "my-app", secret: process.env.ZGW_SECRET!, userId: "jan@gemeente.nl" };
 * const auth = zgwJwt(options);
 * ```
 */
export interface ZgwJwtOptions {
  /** The client ID (`iss` and `client_id` claims). */
  readonly clientId: string;
  /** The shared secret (HS256 key). At least 32 bytes unless `allowShortSecret`. */
  readonly secret: string;
  /** The user on whose behalf the call is made (`user_id`, for the audit trail). @default "" */
  readonly userId?: string | undefined;
  /** A readable name for that user (`user_representation`). @default "" */
  readonly userRepresentation?: string | undefined;
  /** Seconds until the token expires; adds an `exp` claim. Without it there is no `exp`. */
  readonly expiresIn?: number | undefined;
  /** Extra claims, added after the standard ones. They may not replace a standard claim. */
  readonly claims?: Readonly<Record<string, unknown>> | undefined;
  /**
   * Milliseconds a signed token is reused; `0` signs a fresh token per request. Must be below
   * 3,300,000 (55 minutes). With `expiresIn`, a token is reused at most half its lifetime.
   * @default 60_000
   */
  readonly reuseFor?: number | undefined;
  /** The clock, in milliseconds since the epoch (inject one in tests). @default Date.now */
  readonly now?: (() => number) | undefined;
  /** Accept a secret shorter than 32 bytes: for local test setups only. @default false */
  readonly allowShortSecret?: boolean | undefined;
}

const userField = z.optional(z.string({ error: "must be a string" }));

/**
 * The `claims` option: an object of JSON values. Built with zod's memoizer switched on, as classic
 * zod builds every schema, so claims that refer to themselves parse (signing then fails) rather
 * than overflow the stack. zod's global config is restored afterwards.
 */
function claimsSchema() {
  const config = z.config();
  const memoizer = config.memoizer;
  config.memoizer = memoizer ?? z.memoizer();
  try {
    const json = z.json();
    // z.json() is lazy: resolve its inner schemas now, while the memoizer is set.
    json.safeParse(null);
    return z
      .record(z.string(), json, { error: "must be an object of extra claims" })
      .check(z.refine((claims) => !STANDARD_CLAIMS.some((name) => Object.hasOwn(claims, name)), `must not set ${STANDARD_CLAIMS.join(", ")}: use the options instead`));
  } finally {
    config.memoizer = memoizer;
  }
}

/**
 * The zod schema behind {@link zgwJwt}'s option checks.
 *
 * @internal
 * @example
 * ```ts
 * import { zgwJwtOptionsSchema } from "./zgw-jwt-options.js";
 * zgwJwtOptionsSchema.safeParse({ clientId: "docs", secret: "example-secret", allowShortSecret: true });
 * ```
 */
export const zgwJwtOptionsSchema = optionsObject(
  {
    clientId: requiredString("pass the client ID you were given").check(z.refine((id) => id.trim() !== "", "is empty: pass the client ID you were given")),
    secret: requiredString("pass the shared secret you were given").check(z.minLength(1, "is empty: pass the shared secret you were given")),
    userId: userField,
    userRepresentation: userField,
    expiresIn: z.optional(z.number({ error: "must be a number of seconds" }).check(z.int("must be whole seconds"), z.positive("must be positive"))),
    claims: z.optional(claimsSchema()),
    reuseFor: z.optional(
      z
        .number({ error: "must be a number of milliseconds" })
        .check(
          z.int("must be whole milliseconds"),
          z.gte(0, "must be 0 (a fresh token per request) or more"),
          z.lte(MAX_ZGW_JWT_REUSE_MS - 1, "must be below 3,300,000 ms (55 minutes): servers reject tokens older than 1 hour"),
        ),
    ),
    now: z.optional(z.custom<() => number>((value) => typeof value === "function", "must be a function returning milliseconds")),
    allowShortSecret: z.optional(z.boolean({ error: "must be true or false" })),
  },
  "zgwJwt",
  '{ clientId: "my-app", secret: "…" }',
).check(
  z.superRefine((options, ctx) => {
    if (!options.allowShortSecret && new TextEncoder().encode(options.secret).length < 32) {
      ctx.addIssue({
        code: "custom",
        path: ["secret"],
        message:
          "is shorter than 32 bytes, too weak for HS256: ask the API's administrator for a longer secret, or pass allowShortSecret: true for a local test setup",
      });
    }
  }),
);
