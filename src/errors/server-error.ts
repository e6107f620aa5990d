import { HttpError, type HttpErrorInit } from "./http-error.js";

/** An {@link HttpError} for a 5xx status: the server or a gateway in front of it failed. */
export class ServerError extends HttpError {
  constructor(init: HttpErrorInit) {
    super(init);
    this.name = "ServerError";
  }
}
