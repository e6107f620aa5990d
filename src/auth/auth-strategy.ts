/**
 * A credential strategy: what to add to a request, how to get fresh credentials after a 401, and
 * which values must be redacted. Pass one (or several) as `auth:` to any client factory, or turn one
 * into openapi-fetch middleware with `authMiddleware()`.
 *
 * @example
 * ```ts
 * import type { AuthStrategy } from "commonground-sdk";
 * const tenantHeader: AuthStrategy = {
 *   name: "tenant",
 *   headers: () => ({ "X-Tenant": "gemeente-utrecht" }),
 *   secrets: () => [],
 * };
 * ```
 */
export interface AuthStrategy {
  /** A short name for logs and errors, e.g. `zgw-jwt`, `token`, `api-key`, `oauth2`. */
  readonly name: string;
  /** The headers to add to one request (called per attempt, so tokens stay fresh). */
  headers(request: Request): Promise<Readonly<Record<string, string>>> | Readonly<Record<string, string>>;
  /**
   * Called once when a request with these credentials got a 401. Resolve `true` when fresh
   * credentials were obtained: the request is then retried once. Strategies with nothing to refresh
   * leave it out.
   */
  refresh?(refused?: Request): Promise<boolean>;
  /** Values that must never appear in an error message or a log line (keys, secrets, tokens). */
  secrets(): readonly string[];
}
