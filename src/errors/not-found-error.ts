import { HttpError, type HttpErrorInit } from "./http-error.js";

/** An {@link HttpError} for 404 Not Found (or 410 Gone). */
export class NotFoundError extends HttpError {
  constructor(init: HttpErrorInit) {
    super(init);
    this.name = "NotFoundError";
  }
}
