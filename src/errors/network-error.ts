import { CommonGroundError } from "./common-ground-error.js";

/**
 * The request never got a usable response: DNS, connection refused or reset, TLS, a body cut off.
 * `cause` holds the underlying error.
 */
export class NetworkError extends CommonGroundError {
  /** The request method. */
  readonly method: string;
  /** The request URL, redacted. */
  readonly url: string;

  constructor(method: string, url: string, reason: string, options?: { cause?: unknown }) {
    super("network", `${method} ${url} failed: ${reason}`, options);
    this.name = "NetworkError";
    this.method = method;
    this.url = url;
  }
}
