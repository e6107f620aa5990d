import { AuthError } from "../errors/auth-error.js";
import { redactText, redactUrl } from "../errors/redact.js";
import type { ResolvedOAuth2Options } from "./oauth2-options.js";

/** The lifetime assumed when the token response has no usable `expires_in`. */
const DEFAULT_EXPIRES_IN_S = 300;

/**
 * An access token and how long it is valid.
 *
 * @internal
 * @example
 * ```ts
 * import type { ObtainedToken } from "./request-client-credentials-token.js";
 * ```
 */
export interface ObtainedToken {
  readonly accessToken: string;
  readonly expiresInMs: number;
}

/**
 * Performs one OAuth2 client-credentials token request (form-encoded POST, `client_secret_post`)
 * and parses the answer. Every failure is an `AuthError` naming the token URL, never the secret.
 *
 * @internal
 * @example
 * ```ts
 * import { requestClientCredentialsToken } from "./request-client-credentials-token.js";
 * const { accessToken, expiresInMs } = await requestClientCredentialsToken(resolvedOptions);
 * ```
 */
export async function requestClientCredentialsToken(o: ResolvedOAuth2Options): Promise<ObtainedToken> {
  const form = new URLSearchParams({ grant_type: "client_credentials", client_id: o.clientId, client_secret: o.clientSecret });
  if (o.scope) form.set("scope", o.scope);
  for (const [name, value] of Object.entries(o.extraParams ?? {})) form.set(name, value);
  const shown = `oauth2: the token endpoint ${redactUrl(o.tokenUrl, [o.clientSecret])}`;
  const timeoutMs = o.timeoutMs ?? 30_000;
  const request = new Request(o.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: form.toString(),
    signal: AbortSignal.timeout(timeoutMs),
  });
  let response: Response;
  let text: string;
  try {
    response = await (o.fetch ?? globalThis.fetch)(request);
    text = await response.text();
  } catch (cause) {
    const timedOut = cause instanceof Error && cause.name === "TimeoutError";
    throw new AuthError(timedOut ? `${shown} did not answer within ${timeoutMs} ms` : `${shown} could not be reached`, { cause });
  }
  const body = parseJson(text);
  const status = response.status;
  const type = response.headers.get("content-type") ?? "no content-type";
  const secrets = [o.clientSecret];
  if (!response.ok) {
    const detail = body ? oauthError(body) : ` with a non-JSON body (${type})`;
    throw new AuthError(redactText(`${shown} answered HTTP ${status}${detail}`, secrets), { status });
  }
  if (!body) throw new AuthError(redactText(`${shown} answered HTTP ${status} with a body that is not JSON (${type})`, secrets), { status });
  const accessToken = body.access_token;
  if (typeof accessToken !== "string" || accessToken.trim() === "") {
    throw new AuthError(`${shown} answered HTTP ${status} without an access_token`, { status });
  }
  const expiresIn = Number(body.expires_in);
  const seconds = body.expires_in !== undefined && body.expires_in !== null && Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_EXPIRES_IN_S;
  return { accessToken, expiresInMs: seconds * 1000 };
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `: invalid_client (Client authentication failed)` from the OAuth error fields, when present. */
function oauthError(body: Record<string, unknown>): string {
  const clip = (value: unknown) =>
    typeof value === "string" ? Array.from(value.slice(0, 200), (ch) => (ch < " " || ch === "\u007f" ? " " : ch)).join("") : undefined;
  const error = clip(body.error);
  const description = clip(body.error_description);
  if (!error && !description) return "";
  return `: ${error ?? "error"}${description ? ` (${description})` : ""}`;
}
