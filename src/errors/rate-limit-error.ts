import { HttpError, type HttpErrorInit } from "./http-error.js";

/** An {@link HttpError} for 429 Too Many Requests (BAG: 50/s, 50,000 a day per key); `retryAfterMs` says when to try again. */
export class RateLimitError extends HttpError {
  constructor(init: HttpErrorInit) {
    super(init);
    this.name = "RateLimitError";
  }
}
