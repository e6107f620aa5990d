import { HttpError, type HttpErrorInit } from "./http-error.js";

/** An {@link HttpError} for 401 or 403: the credentials were missing, wrong, expired or lack the scope. */
export class UnauthorizedError extends HttpError {
  constructor(init: HttpErrorInit) {
    super(init);
    this.name = "UnauthorizedError";
  }
}
