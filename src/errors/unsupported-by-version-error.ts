import { CommonGroundError, hasNameAndKind } from "./common-ground-error.js";

/**
 * Thrown before a request is sent when the client was created with `apiVersion` and the call uses
 * an operation or query parameter that version of the API does not have (older ZGW servers answer
 * an unknown query parameter with 400). The message names the registered versions that do have it.
 * Always thrown (also with `throwOnError: false`): it is a mistake in the calling code, like a
 * {@link ConfigError}, not a server answer.
 *
 * @example
 * ```ts
 * import { isUnsupportedByVersionError } from "commonground-sdk";
 * const zaken = createZakenClient({ baseUrl, apiVersion: "1.5.1" });
 * try { await zaken.GET("/zaken", { params: { query: { pageSize: 10 } } }); }
 * catch (e) { if (isUnsupportedByVersionError(e)) console.error(e.parameter, e.availableIn); }
 * ```
 */
export class UnsupportedByVersionError extends CommonGroundError {
  /** The `apiVersion` the client was created with, e.g. `1.5.1`. */
  readonly apiVersion: string;
  /** The registered variant that `apiVersion` resolved to, e.g. `1.5.1` or `1.5.1-openzaak-1.30.0`. */
  readonly variant: string;
  /** The operation, as method and path template: `GET /zaken`. */
  readonly operation: string;
  /** The query parameter that version lacks; undefined when the whole operation is missing. */
  readonly parameter: string | undefined;
  /** The registered variants that do have it, oldest first (empty when none has it). */
  readonly availableIn: readonly string[];

  /** @param message names the call, the version and the versions that have it; @param details the same as fields. */
  constructor(
    message: string,
    details: { apiVersion: string; variant: string; operation: string; parameter?: string | undefined; availableIn: readonly string[] },
  ) {
    super("config", message);
    this.name = "UnsupportedByVersionError";
    this.apiVersion = details.apiVersion;
    this.variant = details.variant;
    this.operation = details.operation;
    this.parameter = details.parameter;
    this.availableIn = details.availableIn;
  }

  /**
   * Recognises the error by name and kind: the version guard (a lazy chunk) builds it on
   * `CommonGroundError` without importing this class, and errors from other realms pass too.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isUnsupportedByVersionError(value);
  }
}

/** True for an {@link UnsupportedByVersionError}, also one from another realm. */
export function isUnsupportedByVersionError(value: unknown): value is UnsupportedByVersionError {
  return hasNameAndKind(value, "UnsupportedByVersionError", "config");
}
