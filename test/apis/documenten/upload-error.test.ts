import { expect, it } from "vitest";
import { LockError, isLockError } from "../../../src/errors/lock-error.js";
import { UploadError, isUploadError } from "../../../src/errors/upload-error.js";

const URL_ = "https://open-zaak.example.nl/documenten/api/v1/enkelvoudiginformatieobjecten/7ab3b1c8-8e1f-4c1e-9d87-2f3b5a3c9e10";

it("UploadError: fields as data, the way to resume in the message, never the lock or a secret", () => {
  const cause = new Error("400");
  const error = new UploadError({ operation: "uploadDocument", documentUrl: `${URL_}?access_token=geheim123`, lock: "d3adb33f", missingParts: [2, 4], partsTotal: 4, cause });
  expect(error.kind).toBe("workflow");
  expect(error.name).toBe("UploadError");
  expect(error.cause).toBe(cause);
  expect(error.missingParts).toEqual([2, 4]);
  expect(error.message).toContain("2 of 4 bestandsdelen");
  expect(error.message).toContain("resumeUpload(client, error.documentUrl, { content, lock: error.lock })");
  expect(error.message).not.toContain("d3adb33f");
  expect(error.message).not.toContain("geheim123");
});

it("the guards match across realms by name and kind, and nothing else", () => {
  expect(isUploadError({ name: "UploadError", kind: "workflow", message: "" })).toBe(true);
  expect(isUploadError({ name: "UploadError", kind: "http" })).toBe(false);
  expect(isUploadError(new Error("x"))).toBe(false);
  expect(isLockError(new LockError(URL_, "l0ck", new Error("a"), new Error("b")))).toBe(true);
  expect(isLockError({ name: "LockError", kind: "workflow" })).toBe(true);
  expect(isLockError(new UploadError({ operation: "x", documentUrl: URL_, lock: "l", missingParts: [], partsTotal: 1 }))).toBe(false);
});

it("LockError says the document stays locked, without the lock value", () => {
  const error = new LockError(URL_, "l0ckw44rde", new Error("callback"), new Error("503 Service Unavailable"));
  expect(error.message).toContain("stays locked");
  expect(error.message).toContain("the callback failed (see cause) and unlocking");
  const onlyUnlock = new Error("503");
  expect(new LockError(URL_, "l0ck", onlyUnlock, onlyUnlock).message).not.toContain("callback");
  expect(error.message).toContain("503 Service Unavailable");
  expect(error.message).not.toContain("l0ckw44rde");
});
