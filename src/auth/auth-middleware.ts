import type { Middleware } from "openapi-fetch";
import { ConfigError } from "../errors/config-error.js";
import type { AuthStrategy } from "./auth-strategy.js";
import { isSecureEnough } from "../core/origin.js";

/**
 * The name of the middleware {@link authMiddleware} returns (for logs and ordering).
 *
 * @example
 * ```ts
 * import { AUTH_MIDDLEWARE_NAME, authMiddleware, tokenAuth } from "commonground-sdk";
 * authMiddleware(tokenAuth(process.env.OBJECTS_TOKEN!)).name === AUTH_MIDDLEWARE_NAME; // true
 * ```
 */
export const AUTH_MIDDLEWARE_NAME = "commonground-auth";

/**
 * Turns an auth strategy into openapi-fetch middleware, for users of a bare openapi-fetch client:
 * `onRequest` sets the strategy's headers on each request. It refuses (with a `ConfigError`) to
 * send credentials over plain http to a host that is not loopback. It does not retry after a 401;
 * the SDK's own clients (with `auth:`) do.
 *
 * @example
 * ```ts
 * import { authMiddleware, tokenAuth } from "commonground-sdk";
 * import type { paths } from "commonground-sdk/objecten";
 * import createClient from "openapi-fetch";
 * const client = createClient<paths>({ baseUrl: "https://objecten.example.nl/api/v2" });
 * client.use(authMiddleware(tokenAuth(process.env.OBJECTS_TOKEN!)));
 * ```
 */
export function authMiddleware(strategy: AuthStrategy): Middleware & { readonly name: typeof AUTH_MIDDLEWARE_NAME } {
  if (typeof strategy !== "object" || strategy === null || typeof strategy.headers !== "function") {
    throw new ConfigError("Invalid options for authMiddleware", [{ path: "", message: "pass an auth strategy, e.g. tokenAuth(key)" }]);
  }
  return {
    name: AUTH_MIDDLEWARE_NAME,
    async onRequest({ request }) {
      const url = new URL(request.url);
      if (!isSecureEnough(url) && strategy.secrets().length > 0) {
        throw new ConfigError("authMiddleware", [
          { path: "baseUrl", message: `refusing to send ${strategy.name} credentials over plain http to ${url.host}: use https:// (http:// is allowed only for localhost, 127.0.0.0/8 and [::1])` },
        ]);
      }
      const headers = await strategy.headers(request);
      for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
      return request;
    },
  };
}
