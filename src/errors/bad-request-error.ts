import { HttpError, type HttpErrorInit } from "./http-error.js";

/** An {@link HttpError} for 400 Bad Request: the server rejected the request; `invalidParams` says which fields. */
export class BadRequestError extends HttpError {
  constructor(init: HttpErrorInit) {
    super(init);
    this.name = "BadRequestError";
  }
}
