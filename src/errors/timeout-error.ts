import { CommonGroundError } from "./common-ground-error.js";

/** An attempt took longer than the configured `timeout` (per attempt, retries get a fresh one). */
export class TimeoutError extends CommonGroundError {
  /** The request method. */
  readonly method: string;
  /** The request URL, redacted. */
  readonly url: string;
  /** The timeout that ran out, in milliseconds. */
  readonly timeoutMs: number;

  constructor(method: string, url: string, timeoutMs: number) {
    super("timeout", `${method} ${url} timed out after ${timeoutMs} ms (set \`timeout\` on the client or the call to change it)`);
    this.name = "TimeoutError";
    this.method = method;
    this.url = url;
    this.timeoutMs = timeoutMs;
  }
}
