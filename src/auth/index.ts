/**
 * Auth strategies: what each Common Ground API expects (ZGW JWT, `Token` auth, API keys, OAuth2
 * client credentials, BRP protocol headers), how to combine them, and openapi-fetch middleware for
 * bare clients. Internal helpers (option parsing, header checks, the token request) are not exported.
 */
export { type ApiKeyOptions, apiKey } from "./api-key.js";
export { AUTH_MIDDLEWARE_NAME, authMiddleware } from "./auth-middleware.js";
export type { AuthStrategy } from "./auth-strategy.js";
export { bearer, type TokenProvider } from "./bearer.js";
export { composeAuth } from "./compose.js";
export { oauth2ClientCredentials } from "./oauth2-client-credentials.js";
export type { OAuth2ClientCredentialsOptions } from "./oauth2-options.js";
export { type ProtocolHeaders, type ProtocolHeadersOptions, protocolHeaders } from "./protocol-headers.js";
export { tokenAuth } from "./token-auth.js";
export { zgwJwt } from "./zgw-jwt.js";
export { MAX_ZGW_JWT_REUSE_MS, type ZgwJwtOptions } from "./zgw-jwt-options.js";
