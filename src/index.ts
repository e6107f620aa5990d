/**
 * commonground-sdk: typed clients for the Dutch Common Ground APIs.
 *
 * This root entry holds what every API shares (the client factory core, options, errors and their
 * guards) and pulls in no generated types. Each API's typed client lives in its own subpath:
 * `commonground-sdk/<id>` for the default version, `commonground-sdk/<id>/<version>` for others.
 *
 * Intentionally not exported: request-default internals (`applyRequestDefaults`), the query
 * serializer and the zod schema behind option validation.
 */
export { createApiClient } from "./core/create-api-client.js";
export type { CallResult, ClientMethod, ClientOptions, CommonGroundClient, FetchLike, PathsLike, ReadableBody } from "./core/create-api-client.js";
export type { ListEnvelope, OperationFacts, OperationTable, SecuritySchemeFacts } from "./core/operation-table.js";
export { CommonGroundError, isCommonGroundError } from "./errors/common-ground-error.js";
export type { ErrorKind } from "./errors/common-ground-error.js";
export { ConfigError, isConfigError } from "./errors/config-error.js";
export type { ConfigIssue } from "./errors/config-error.js";
