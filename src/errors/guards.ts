import type { AuthError } from "./auth-error.js";
import { type ErrorKind, isCommonGroundError } from "./common-ground-error.js";
import type { NetworkError } from "./network-error.js";
import type { TimeoutError } from "./timeout-error.js";
import type { ValidationError } from "./validation-error.js";

/** True for an SDK error of this `kind`, also one from another realm (checks `name`/`kind`, not the prototype). */
export function hasErrorKind(value: unknown, kind: ErrorKind): boolean {
  return isCommonGroundError(value) && value.kind === kind;
}

/** True for a {@link NetworkError}, also from another realm. */
export function isNetworkError(value: unknown): value is NetworkError {
  return hasErrorKind(value, "network");
}

/** True for a {@link TimeoutError}, also from another realm. */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return hasErrorKind(value, "timeout");
}

/** True for an {@link AuthError}, also from another realm. */
export function isAuthError(value: unknown): value is AuthError {
  return hasErrorKind(value, "auth");
}

/** True for a {@link ValidationError}, also from another realm. */
export function isValidationError(value: unknown): value is ValidationError {
  return hasErrorKind(value, "validation");
}
