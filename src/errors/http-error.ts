import { CommonGroundError } from "./common-ground-error.js";
import type { InvalidParam, ProblemDetails } from "./problem-details.js";

/** What every HTTP error carries. */
export interface HttpErrorInit {
  readonly status: number;
  readonly statusText: string;
  readonly method: string;
  /** The request URL, already redacted. */
  readonly url: string;
  readonly problem: ProblemDetails | undefined;
  readonly contentType: string | undefined;
  /** Allow-listed response headers, redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** `Retry-After` in milliseconds, when the server sent one. */
  readonly retryAfterMs: number | undefined;
  /** The message, already redacted. */
  readonly message: string;
}

/**
 * A response with a non-2xx status. `problem` holds the parsed problem-details body (ZGW `Fout`,
 * Haal Centraal `Foutbericht`, BAG, RFC 9457) and `invalidParams` its parameter list; both are
 * empty for non-JSON bodies such as a gateway's HTML page.
 *
 * @example
 * ```ts
 * import { isHttpError } from "commonground-sdk";
 * try { await zaken.POST("/zaken", { body, throwOnError: true }); }
 * catch (e) { if (isHttpError(e) && e.status === 400) for (const p of e.invalidParams) console.log(p.name, p.reason); }
 * ```
 */
export class HttpError extends CommonGroundError {
  /** The HTTP status. */
  readonly status: number;
  /** The status text. */
  readonly statusText: string;
  /** The request method. */
  readonly method: string;
  /** The request URL, with credentials and BSNs redacted. */
  readonly url: string;
  /** The parsed problem-details body, if the body was one. */
  readonly problem: ProblemDetails | undefined;
  /** The parameter problems the server reported (empty when none). */
  readonly invalidParams: readonly InvalidParam[];
  /** The response's content type. */
  readonly contentType: string | undefined;
  /** Allow-listed response headers (`api-version`, `retry-after`, …), redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** `Retry-After` in milliseconds, when the server sent one. */
  readonly retryAfterMs: number | undefined;

  constructor(init: HttpErrorInit) {
    super("http", init.message);
    this.name = "HttpError";
    this.status = init.status;
    this.statusText = init.statusText;
    this.method = init.method;
    this.url = init.url;
    this.problem = init.problem;
    this.invalidParams = init.problem?.invalidParams ?? [];
    this.contentType = init.contentType;
    this.headers = init.headers;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** A plain object for logs and JSON (no stack, nothing unredacted). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name, kind: this.kind, message: this.message, status: this.status, method: this.method,
      url: this.url, problem: this.problem, headers: this.headers,
    };
  }
}

/** True for an {@link HttpError} (any status class), also one from another realm. */
export function isHttpError(value: unknown): value is HttpError {
  return value instanceof HttpError || (typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "http" && typeof (value as { status?: unknown }).status === "number");
}
