import { CommonGroundError, hasNameAndKind } from "./common-ground-error.js";
import { redactText, redactUrl } from "./redact.js";

/**
 * `withLock` could not unlock the document it locked: it stays locked with `lock`. When the callback
 * failed too, `cause` is the callback's error (the first failure) and `unlockError` the unlock's;
 * when only the unlock failed, both are the unlock's error.
 *
 * @example
 * ```ts
 * import { isLockError, withLock } from "commonground-sdk/documenten";
 * try { await withLock(documenten, url, (lock) => update(lock)); }
 * catch (e) { if (isLockError(e)) console.error(e.documentUrl, e.cause, e.unlockError); }
 * ```
 */
export class LockError extends CommonGroundError {
  /** The URL of the document that stays locked. */
  readonly documentUrl: string;
  /** The lock id it is held with (kept out of the message); pass it to `…/unlock`. */
  readonly lock: string;
  /** Why unlocking failed. */
  readonly unlockError: unknown;

  /**
   * @param cause the callback's error when it failed, else the unlock's (the same as `unlockError`).
   */
  constructor(documentUrl: string, lock: string, cause: unknown, unlockError: unknown) {
    const callbackFailed = cause !== unlockError;
    const reason = unlockError instanceof Error ? unlockError.message : String(unlockError);
    super(
      "workflow",
      `withLock: ${callbackFailed ? "the callback failed (see cause) and " : ""}unlocking ${redactUrl(documentUrl)} failed (${redactText(reason)}); it stays locked: unlock it with error.lock`,
      { cause },
    );
    this.name = "LockError";
    this.documentUrl = documentUrl;
    this.lock = lock;
    this.unlockError = unlockError;
  }
}

/** True for a {@link LockError}, also one from another realm. */
export function isLockError(value: unknown): value is LockError {
  return value instanceof LockError || hasNameAndKind(value, "LockError", "workflow");
}
