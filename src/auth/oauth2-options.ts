import * as z from "zod/mini";
import type { FetchLike } from "../core/fetch-like.js";
import { isSecureEnough } from "../core/origin.js";
import { optionsObject, requiredString } from "../core/parse-options.js";

/**
 * Options of {@link oauth2ClientCredentials}: the token endpoint and the client's credentials.
 *
 * @example
 * ```ts
 * import { type OAuth2ClientCredentialsOptions, oauth2ClientCredentials } from "commonground-sdk";
 * const options: OAuth2ClientCredentialsOptions = {
 *   tokenUrl: "https://auth.example.nl/oauth2/token", clientId: "my-app", clientSecret: process.env.CLIENT_SECRET!,
 *   scope: "brp", extraParams: { resourceServer: "ResourceServer01" },
 * };
 * const auth = oauth2ClientCredentials(options);
 * ```
 */
export interface OAuth2ClientCredentialsOptions {
  /** The token endpoint: https, or http on a loopback host (localhost, 127.0.0.0/8, [::1]). */
  readonly tokenUrl: string;
  /** The client ID (`client_id` form field). */
  readonly clientId: string;
  /** The client secret (`client_secret` form field). Never appears in an error. */
  readonly clientSecret: string;
  /** The scope(s) to ask for; an array is joined with spaces. */
  readonly scope?: string | readonly string[] | undefined;
  /** More form fields, e.g. `{ resourceServer: "…" }` for RvIG's BRP. */
  readonly extraParams?: Readonly<Record<string, string>> | undefined;
  /** The fetch for the token request. @default globalThis.fetch, looked up per request */
  readonly fetch?: FetchLike | undefined;
  /** How long before `expires_in` runs out a new token is fetched. @default 30_000 */
  readonly refreshSkewMs?: number | undefined;
  /** How long the token request may take before it fails. @default 30_000 */
  readonly timeoutMs?: number | undefined;
  /** The clock, in milliseconds since the epoch (inject one in tests). @default Date.now */
  readonly now?: (() => number) | undefined;
}

const RESERVED = ["grant_type", "client_id", "client_secret", "scope"];

const tokenUrl = requiredString("pass the token endpoint, e.g. https://auth.example.nl/oauth2/token").check(
  z.trim(),
  z.superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "is not an absolute URL: pass the token endpoint, e.g. https://auth.example.nl/oauth2/token" });
      return;
    }
    if (url.username || url.password) ctx.addIssue({ code: "custom", message: "must not hold credentials: pass clientId and clientSecret instead" });
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: `has scheme "${url.protocol}": use https://` });
    } else if (!isSecureEnough(url)) {
      ctx.addIssue({ code: "custom", message: "uses http://, which would send the client secret in clear text: use https:// (http:// is allowed only for localhost, 127.0.0.0/8 and [::1])" });
    }
  }),
);

const milliseconds = (min: number) =>
  z.optional(z.number({ error: "must be a number of milliseconds" }).check(z.int("must be whole milliseconds"), z.gte(min, `must be ${min} or more`)));

/**
 * The zod schema behind {@link oauth2ClientCredentials}'s option checks.
 *
 * @internal
 * @example
 * ```ts
 * import { oauth2OptionsSchema } from "./oauth2-options.js";
 * oauth2OptionsSchema.safeParse({ tokenUrl: "https://auth.example.nl/token", clientId: "a", clientSecret: "b" });
 * ```
 */
export const oauth2OptionsSchema = optionsObject(
  {
    tokenUrl,
    clientId: requiredString("pass the client ID you were given").check(z.refine((id) => id.trim() !== "", "is empty: pass the client ID you were given")),
    clientSecret: requiredString("pass the client secret you were given").check(z.minLength(1, "is empty: pass the client secret you were given")),
    scope: z.optional(
      z.pipe(
        z.union([z.string(), z.array(z.string())], { error: "must be a string or an array of strings" }),
        z.transform((scope: string | string[]) => (typeof scope === "string" ? scope : scope.join(" ")).trim()),
      ),
    ),
    extraParams: z.optional(
      z
        .record(z.string(), z.string({ error: "values must be strings" }), { error: "must be an object of form fields" })
        .check(z.refine((params) => !RESERVED.some((name) => Object.hasOwn(params, name)), `must not set ${RESERVED.join(", ")}: use the options instead`)),
    ),
    fetch: z.optional(z.custom<FetchLike>((value) => typeof value === "function", "must be a function (input: Request) => Promise<Response>")),
    refreshSkewMs: milliseconds(0),
    timeoutMs: milliseconds(1),
    now: z.optional(z.custom<() => number>((value) => typeof value === "function", "must be a function returning milliseconds")),
  },
  "oauth2ClientCredentials",
  '{ tokenUrl: "https://…/token", clientId: "…", clientSecret: "…" }',
);

/**
 * Options after validation (scope joined with spaces).
 *
 * @internal
 * @example
 * ```ts
 * import type { ResolvedOAuth2Options } from "./oauth2-options.js";
 * ```
 */
export type ResolvedOAuth2Options = z.output<typeof oauth2OptionsSchema>;
