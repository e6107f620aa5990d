/**
 * commonground-sdk: typed clients for the Dutch Common Ground APIs.
 *
 * This root entry holds what every API shares (credentials, transport options, errors and their
 * guards, the client core) and pulls in no generated types. Each API's typed client lives in its own
 * subpath: `commonground-sdk/<id>` for the default version, `commonground-sdk/<id>/<version>` for
 * others. Client certificates (Node only) live in `commonground-sdk/node`.
 *
 * Intentionally not exported: request-default internals, the query serializer, the transport
 * itself (`createTransport`) and the zod schemas behind option validation.
 */

// Client core
export { createApiClient } from "./client/create-api-client.js";
export type { CallResult, ClientMethod, ClientOptions, CommonGroundClient, FetchLike, PathsLike, ReadableBody } from "./client/create-api-client.js";
export type { DataOf, ExpandResult, ListItem, ListMethod, ListPath } from "./client/client-types.js";
export type { ExpandKey, Expanded, ExpandedBody } from "./core/expand-types.js";

// Workflows: the structural client types they take (the workflows live in each API's subpath)
export type { AnyCallResult, HasBaseUrl, Needs, NeedsList, WorkflowMethod } from "./apis/client-with.js";

// Pagination
export type { Page } from "./pagination/page.js";
export type { PageIterable } from "./pagination/page-iterable.js";
export { PAGINATE_DEFAULTS } from "./pagination/paginate-options.js";
export type { PaginateOptions, PaginateProgress } from "./pagination/paginate-options.js";
export { PaginationError } from "./errors/pagination-error.js";
export type { ListEnvelope, OperationFacts, OperationTable, SecuritySchemeFacts } from "./core/operation-table.js";

// Following references across APIs
export { createCommonGround } from "./references/create-common-ground.js";
export type { CommonGround, CommonGroundOptions } from "./references/create-common-ground.js";
export { REFERENCE_FIELDS } from "./references/reference-fields.js";
export type { ReferenceField, Referenced } from "./references/reference-fields.js";
export { ReferenceRefusedError } from "./errors/reference-refused-error.js";

// Credentials
export {
  AUTH_MIDDLEWARE_NAME,
  MAX_ZGW_JWT_REUSE_MS,
  apiKey,
  authMiddleware,
  bearer,
  composeAuth,
  oauth2ClientCredentials,
  protocolHeaders,
  tokenAuth,
  zgwJwt,
} from "./auth/index.js";
export type {
  ApiKeyOptions,
  AuthStrategy,
  OAuth2ClientCredentialsOptions,
  ProtocolHeaders,
  ProtocolHeadersOptions,
  TokenProvider,
  ZgwJwtOptions,
} from "./auth/index.js";

// Transport: retries, timeouts, routing
export type { CallOptions } from "./transport/call-options.js";
export { DEFAULT_RETRY, IDEMPOTENT_METHODS } from "./transport/retry-policy.js";
export type { RetryOptions, RetryPolicy } from "./transport/retry-policy.js";
export type { Routing } from "./transport/routing.js";
export { fscRouting } from "./transport/fsc-routing.js";
export type { FscRoutingOptions } from "./transport/fsc-routing.js";
export { nlxRouting } from "./transport/nlx-routing.js";
export type { NlxRoutingOptions } from "./transport/nlx-routing.js";

// Observability
export { consoleLogger } from "./observability/console-logger.js";
export type { LogLevel, LogSink } from "./observability/console-logger.js";
export type { ErrorEvent, Hooks, RequestEvent, ResponseEvent, RetryEvent } from "./observability/hooks.js";
export type { Logger } from "./observability/logger.js";

// Errors
export { AuthError } from "./errors/auth-error.js";
export { BadRequestError } from "./errors/bad-request-error.js";
export { CommonGroundError, isCommonGroundError } from "./errors/common-ground-error.js";
export type { ErrorKind } from "./errors/common-ground-error.js";
export { CatalogusLookupError, isCatalogusLookupError } from "./errors/catalogus-lookup-error.js";
export type { CatalogusLookupCriteria, CatalogusTypeCandidate } from "./errors/catalogus-lookup-error.js";
export { ConfigError, isConfigError } from "./errors/config-error.js";
export { UnsupportedByVersionError, isUnsupportedByVersionError } from "./errors/unsupported-by-version-error.js";
export type { VersionsModule } from "./client/version-guard.js";
export { DataValidationError, isDataValidationError } from "./errors/data-validation-error.js";
export type { ConfigIssue } from "./errors/config-error.js";
export { hasErrorKind, isAuthError, isNetworkError, isTimeoutError, isValidationError } from "./errors/guards.js";
export { HttpError, isHttpError } from "./errors/http-error.js";
export { LockError, isLockError } from "./errors/lock-error.js";
export type { HttpErrorInit } from "./errors/http-error.js";
export { NetworkError } from "./errors/network-error.js";
export { NotFoundError } from "./errors/not-found-error.js";
export { PreconditionFailedError } from "./errors/precondition-failed-error.js";
export { parseProblem } from "./errors/problem-details.js";
export type { InvalidParam, ProblemDetails } from "./errors/problem-details.js";
export { RateLimitError } from "./errors/rate-limit-error.js";
export { isBsn, redactText, redactUrl } from "./errors/redact.js";
export { ServerError } from "./errors/server-error.js";
export { TimeoutError } from "./errors/timeout-error.js";
export { errorFromResponse, toError } from "./errors/to-error.js";
export type { ErrorContext, ResponseLike } from "./errors/to-error.js";
export { UnauthorizedError } from "./errors/unauthorized-error.js";
export { UploadError, isUploadError } from "./errors/upload-error.js";
export type { UploadErrorDetails } from "./errors/upload-error.js";
export { ValidationError } from "./errors/validation-error.js";
export { ZaakWorkflowError, isZaakWorkflowError } from "./errors/zaak-workflow-error.js";
export type { ZaakWorkflowOutcome, ZaakWorkflowStep } from "./errors/zaak-workflow-error.js";
export type { ValidationIssue } from "./errors/validation-error.js";
