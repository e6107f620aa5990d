import { CommonGroundError } from "./common-ground-error.js";

/**
 * Credentials could not be obtained or were refused after a refresh: a token endpoint that fails,
 * a second 401 after a fresh token, a secret that is too short. Never holds the secret itself.
 */
export class AuthError extends CommonGroundError {
  /** The HTTP status that ended it, when one did. */
  readonly status: number | undefined;

  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super("auth", message, options);
    this.name = "AuthError";
    this.status = options?.status;
  }
}
