import { z } from "zod";
import { optionsObject, requiredString } from "./parse-options.js";

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

const userField = z.string({ error: "must be a string" }).optional();

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
    clientId: requiredString("pass the client ID you were given").refine((id) => id.trim() !== "", "is empty: pass the client ID you were given"),
    secret: requiredString("pass the shared secret you were given").min(1, "is empty: pass the shared secret you were given"),
    userId: userField,
    userRepresentation: userField,
    expiresIn: z.number({ error: "must be a number of seconds" }).int("must be whole seconds").positive("must be positive").optional(),
    claims: z
      .record(z.string(), z.json({ error: "must be JSON values" }), { error: "must be an object of extra claims" })
      .refine((claims) => !STANDARD_CLAIMS.some((name) => Object.hasOwn(claims, name)), `must not set ${STANDARD_CLAIMS.join(", ")}: use the options instead`)
      .optional(),
    reuseFor: z
      .number({ error: "must be a number of milliseconds" })
      .int("must be whole milliseconds")
      .min(0, "must be 0 (a fresh token per request) or more")
      .max(MAX_ZGW_JWT_REUSE_MS - 1, "must be below 3,300,000 ms (55 minutes): servers reject tokens older than 1 hour")
      .optional(),
    now: z.custom<() => number>((value) => typeof value === "function", "must be a function returning milliseconds").optional(),
    allowShortSecret: z.boolean({ error: "must be true or false" }).optional(),
  },
  "zgwJwt",
  '{ clientId: "my-app", secret: "…" }',
).superRefine((options, ctx) => {
  if (!options.allowShortSecret && new TextEncoder().encode(options.secret).length < 32) {
    ctx.addIssue({
      code: "custom",
      path: ["secret"],
      message:
        "is shorter than 32 bytes, too weak for HS256: ask the API's administrator for a longer secret, or pass allowShortSecret: true for a local test setup",
    });
  }
});
