import { SignJWT } from "jose";
import { AuthError } from "../errors/auth-error.js";
import type { AuthStrategy } from "./auth-strategy.js";
import { bearerHeader } from "./bearer-header.js";
import { parseOptions } from "../core/parse-options.js";
import { recentValues } from "./recent-values.js";
import { type ZgwJwtOptions, zgwJwtOptionsSchema } from "./zgw-jwt-options.js";

/** After a refresh, a further 401 within this window (with a token signed since) is not retried. */
const REFRESH_CYCLE_MS = 60_000;

/**
 * ZGW API auth (Open Zaak, Open Notificaties, …): a self-signed HS256 JWT with the claims `iss`,
 * `iat`, `client_id`, `user_id`, `user_representation` (then `exp` and extra claims), sent as
 * `Authorization: Bearer <jwt>`.
 *
 * A token is reused for `reuseFor` ms (default one minute; `0` signs one per request). `refresh()`
 * drops the reused token so the retry after a 401 gets a fresh one (which fixes a clock-skew
 * rejection); if a fresh token is refused again within a minute, `refresh()` resolves `false`.
 * Throws a `ConfigError` for invalid options or a secret shorter than 32 bytes.
 *
 * @example
 * ```ts
 * import { zgwJwt } from "commonground-sdk";
 * import { createZakenClient } from "commonground-sdk/zaken";
 * const auth = zgwJwt({ clientId: "my-app", secret: process.env.ZGW_SECRET!, userId: "jan@gemeente.nl", userRepresentation: "Jan" });
 * const client = createZakenClient({ baseUrl: "https://open-zaak.example.nl/zaken/api/v1", auth });
 * ```
 */
export function zgwJwt(options: ZgwJwtOptions): AuthStrategy {
  const o = parseOptions(zgwJwtOptionsSchema, options, "zgwJwt");
  const now = o.now ?? Date.now;
  const reuseFor = Math.min(o.reuseFor ?? 60_000, o.expiresIn === undefined ? Number.POSITIVE_INFINITY : (o.expiresIn * 1000) / 2);
  const issued = recentValues(8);
  let key: Promise<CryptoKey> | undefined;
  let current: { readonly at: number; readonly header: Readonly<Record<string, string>> } | undefined;
  let pending: Promise<Readonly<Record<string, string>>> | undefined;
  let refreshedAt: number | undefined;
  let signedSinceRefresh = false;

  async function sign(at: number): Promise<string> {
    const iat = Math.floor(at / 1000);
    const payload: Record<string, unknown> = {
      iss: o.clientId,
      iat,
      client_id: o.clientId,
      user_id: o.userId ?? "",
      user_representation: o.userRepresentation ?? "",
    };
    if (o.expiresIn !== undefined) payload.exp = iat + o.expiresIn;
    Object.assign(payload, o.claims);
    try {
      key ??= globalThis.crypto.subtle.importKey("raw", new TextEncoder().encode(o.secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      const token = await new SignJWT(payload).setProtectedHeader({ typ: "JWT", alg: "HS256" }).sign(await key);
      issued.add(token);
      if (refreshedAt === undefined || at >= refreshedAt) signedSinceRefresh = true;
      return token;
    } catch (cause) {
      key = undefined;
      throw new AuthError(`zgw-jwt: could not sign a token for client "${o.clientId}" (HS256 via Web Crypto)`, { cause });
    }
  }

  return {
    name: "zgw-jwt",
    /** The reused token's header while it is fresh (synchronously: no tick per request), else a promise. */
    headers() {
      const at = now();
      if (reuseFor === 0) return sign(at).then(bearerHeader);
      if (current && at >= current.at && at - current.at < reuseFor) return current.header;
      pending ??= sign(at)
        .then((signed) => {
          current = { at, header: bearerHeader(signed) };
          return current.header;
        })
        .finally(() => {
          pending = undefined;
        });
      return pending;
    },
    async refresh() {
      const at = now();
      if (refreshedAt !== undefined && signedSinceRefresh && at - refreshedAt < REFRESH_CYCLE_MS) return false;
      current = undefined;
      refreshedAt = at;
      signedSinceRefresh = false;
      return true;
    },
    secrets: () => [o.secret, ...issued.values()],
  };
}
