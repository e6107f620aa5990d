import { CommonGroundError, hasNameAndKind } from "./common-ground-error.js";
import { redactUrl } from "./redact.js";

/** What an {@link UploadError} carries besides its message. */
export interface UploadErrorDetails {
  /** The workflow that failed: `uploadDocument` or `resumeUpload`. */
  readonly operation: string;
  /** The URL of the (locked) ENKELVOUDIGINFORMATIEOBJECT the upload created. */
  readonly documentUrl: string;
  /** The lock the document is held with; pass it to `resumeUpload` (or `…/unlock`). Never in the message. */
  readonly lock: string;
  /** The `volgnummer`s of the bestandsdelen not uploaded yet; empty when only the unlock failed. */
  readonly missingParts: readonly number[];
  /** The number of bestandsdelen the server made for the document. */
  readonly partsTotal: number;
  /** What went wrong first (an HTTP error, a network error, the abort reason, …). */
  readonly cause?: unknown;
}

/**
 * A bestandsdelen upload stopped after the document was created: the document stays locked, and
 * this error says exactly what remains. Call `resumeUpload` with the same content and `error.lock`
 * to send only the missing parts and unlock.
 *
 * @example
 * ```ts
 * import { isUploadError, resumeUpload, uploadDocument } from "commonground-sdk/documenten";
 * try { await uploadDocument(documenten, { content, bestandsnaam: "aanvraag.pdf", ...metadata }); }
 * catch (e) { if (isUploadError(e)) await resumeUpload(documenten, e.documentUrl, { content, lock: e.lock }); }
 * ```
 */
export class UploadError extends CommonGroundError {
  /** The workflow that failed: `uploadDocument` or `resumeUpload`. */
  readonly operation: string;
  /** The URL of the locked document. */
  readonly documentUrl: string;
  /** The lock id the document is held with (kept out of the message). */
  readonly lock: string;
  /** The `volgnummer`s of the bestandsdelen still missing, ascending; empty when only the unlock failed. */
  readonly missingParts: readonly number[];
  /** The number of bestandsdelen of the document. */
  readonly partsTotal: number;

  constructor(details: UploadErrorDetails) {
    const shown = redactUrl(details.documentUrl);
    const what =
      details.missingParts.length === 0
        ? `every bestandsdeel of ${shown} was uploaded, but the upload could not be finished and unlocked (see cause)`
        : `${details.missingParts.length} of ${details.partsTotal} bestandsdelen of ${shown} were not uploaded (volgnummer ${details.missingParts.join(", ")})`;
    super(
      "workflow",
      `${details.operation}: ${what}. The document stays locked: call resumeUpload(client, error.documentUrl, { content, lock: error.lock }) with the same content to finish it.`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = "UploadError";
    this.operation = details.operation;
    this.documentUrl = details.documentUrl;
    this.lock = details.lock;
    this.missingParts = [...details.missingParts];
    this.partsTotal = details.partsTotal;
  }
}

/** True for an {@link UploadError}, also one from another realm. */
export function isUploadError(value: unknown): value is UploadError {
  return value instanceof UploadError || hasNameAndKind(value, "UploadError", "workflow");
}
