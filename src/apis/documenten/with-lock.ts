import { LockError } from "../../errors/lock-error.js";
import { ValidationError } from "../../errors/validation-error.js";
import type { HasBaseUrl, Needs } from "../client-with.js";
import { documentRef } from "./document-ref.js";

/** A client that can lock and unlock documents. */
export type DocumentenLocker = HasBaseUrl & Needs<"POST", "/enkelvoudiginformatieobjecten/{uuid}/lock"> & Needs<"POST", "/enkelvoudiginformatieobjecten/{uuid}/unlock">;

/**
 * Locks a document (`POST …/{uuid}/lock`), runs `work` with the lock id that `PUT`/`PATCH` need,
 * and always unlocks it afterwards, also when `work` throws (whose error is then rethrown).
 *
 * @example
 * ```ts
 * import { withLock } from "commonground-sdk/documenten";
 * await withLock(documenten, documentUrl, (lock) =>
 *   documenten.PATCH("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid } }, body: { lock, titel: "Nieuwe titel" }, throwOnError: true }));
 * ```
 * @throws ConfigError for a URL not under the client's root, before any request.
 * @throws LockError when unlocking fails: the document stays locked with `error.lock`; `cause` is the
 * callback's error when it failed too (the first failure), `unlockError` the unlock's.
 */
export async function withLock<T>(documenten: DocumentenLocker, documentUrlOrUuid: string, work: (lock: string) => Promise<T> | T): Promise<T> {
  const document = documentRef(documenten, documentUrlOrUuid, "withLock", "documentUrlOrUuid");
  const { data } = await documenten.POST("/enkelvoudiginformatieobjecten/{uuid}/lock", { params: { path: { uuid: document.uuid } }, throwOnError: true });
  const lock = (data as { lock?: unknown } | undefined)?.lock;
  if (typeof lock !== "string" || lock === "") {
    throw new ValidationError("withLock: the lock answer has no lock id", [{ path: ["lock"], code: "protocol", message: "expected a non-empty string" }]);
  }
  let result: T;
  try {
    result = await work(lock);
  } catch (error) {
    try {
      await unlock(documenten, document.uuid, lock);
    } catch (unlockError) {
      throw new LockError(document.url, lock, error, unlockError);
    }
    throw error;
  }
  try {
    await unlock(documenten, document.uuid, lock);
  } catch (unlockError) {
    throw new LockError(document.url, lock, unlockError, unlockError);
  }
  return result;
}

async function unlock(documenten: DocumentenLocker, uuid: string, lock: string): Promise<void> {
  await documenten.POST("/enkelvoudiginformatieobjecten/{uuid}/unlock", { params: { path: { uuid } }, body: { lock }, throwOnError: true });
}
