import { HttpError, type HttpErrorInit } from "./http-error.js";

/** An {@link HttpError} for 412 Precondition Failed: on ZGW usually a missing `Accept-Crs`/`Content-Crs`, else an `If-Match` that no longer holds. */
export class PreconditionFailedError extends HttpError {
  constructor(init: HttpErrorInit) {
    super(init);
    this.name = "PreconditionFailedError";
  }
}
