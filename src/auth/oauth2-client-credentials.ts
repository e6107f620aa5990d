import type { AuthStrategy } from "./auth-strategy.js";
import { bearerHeader } from "./bearer-header.js";
import { type OAuth2ClientCredentialsOptions, oauth2OptionsSchema } from "./oauth2-options.js";
import { parseOptions } from "../core/parse-options.js";
import { recentValues } from "./recent-values.js";
import { requestClientCredentialsToken } from "./request-client-credentials-token.js";

/**
 * OAuth2 client credentials (RFC 6749 §4.4), e.g. for RvIG's BRP API: fetches an access token from
 * `tokenUrl` and sends `Authorization: Bearer <token>`.
 *
 * The token is cached until `refreshSkewMs` before `expires_in` runs out (300 s when the endpoint
 * does not say), and however many requests wait for one, only one token request is in flight.
 * `refresh()` (after a 401) drops the cached token and fetches a new one. A failing token endpoint
 * gives an `AuthError` with the HTTP status and the OAuth `error`, never the secret or a token.
 * Throws a `ConfigError` for invalid options, including a `tokenUrl` that is not https (http is
 * allowed for loopback hosts only).
 *
 * @example
 * ```ts
 * import { oauth2ClientCredentials } from "commonground-sdk";
 * const auth = oauth2ClientCredentials({
 *   tokenUrl: "https://auth.example.nl/oauth2/token",
 *   clientId: "my-app",
 *   clientSecret: process.env.BRP_CLIENT_SECRET!,
 *   scope: "brp",
 *   extraParams: { resourceServer: "ResourceServer01" },
 * });
 * ```
 */
export function oauth2ClientCredentials(options: OAuth2ClientCredentialsOptions): AuthStrategy {
  const o = parseOptions(oauth2OptionsSchema, options, "oauth2ClientCredentials");
  const now = o.now ?? Date.now;
  const skew = o.refreshSkewMs ?? 30_000;
  const tokens = recentValues(8);
  let cached: { readonly token: string; readonly validUntil: number; readonly header: Readonly<Record<string, string>> } | undefined;
  let inflight: Promise<string> | undefined;

  function fetchToken(): Promise<string> {
    inflight ??= (async () => {
      const started = now();
      const { accessToken, expiresInMs } = await requestClientCredentialsToken(o);
      tokens.add(accessToken);
      cached = { token: accessToken, validUntil: started + Math.max(expiresInMs - skew, expiresInMs / 2), header: bearerHeader(accessToken) };
      return accessToken;
    })().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  return {
    name: "oauth2",
    headers() {
      // A cached token is answered synchronously (no tick per request); otherwise one shared fetch.
      if (cached && now() < cached.validUntil) return cached.header;
      return fetchToken().then(bearerHeader);
    },
    async refresh(refused?: Request) {
      // Many calls can get a 401 for the same old token at once: one new token serves them all.
      const used = refused?.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
      if (inflight) {
        await inflight;
        return true;
      }
      if (used !== undefined && cached && cached.token !== used && now() < cached.validUntil) return true;
      cached = undefined;
      await fetchToken();
      return true;
    },
    secrets: () => [o.clientSecret, ...tokens.values()],
  };
}
