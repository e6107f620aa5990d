import { ConfigError } from "../../errors/config-error.js";
import type { DocumentContent } from "./document-content.js";
import { contentSource } from "./document-content.js";
import { documentRef } from "./document-ref.js";
import { readParts, sendParts } from "./send-parts.js";
import {
  DEFAULT_PART_CONCURRENCY,
  type DocumentenUploader,
  type UploadOptions,
  type UploadedDocument,
  optionIssues,
  signalGuard,
} from "./upload-document.js";

/** What `resumeUpload` needs: the same content as the first attempt, and the document's lock. */
export interface ResumeUploadInput {
  /** The whole content again, from its first byte (parts already `voltooid` are skipped over, not sent). */
  readonly content: DocumentContent;
  /** The lock the document is held with (`UploadError.lock`). */
  readonly lock: string;
}

/**
 * Finishes a bestandsdelen upload that stopped: reads the document's `bestandsdelen`, sends only
 * those not yet `voltooid` (cut from the same content by the server's `omvang`), then unlocks.
 * With nothing missing it only unlocks.
 *
 * @example
 * ```ts
 * import { isUploadError, resumeUpload } from "commonground-sdk/documenten";
 * try { await uploadDocument(documenten, input); }
 * catch (e) { if (isUploadError(e)) await resumeUpload(documenten, e.documentUrl, { content: input.content, lock: e.lock }); }
 * ```
 * @throws ConfigError for bad input (before any request), or content whose size is not the document's `bestandsomvang`.
 * @throws UploadError when it stops again, with what still remains.
 */
export async function resumeUpload(documenten: DocumentenUploader, documentUrl: string, input: ResumeUploadInput, options: UploadOptions = {}): Promise<UploadedDocument> {
  const subject = "resumeUpload";
  const issues = optionIssues(options);
  if (typeof input !== "object" || input === null) throw new ConfigError(subject, [{ path: "input", message: "pass { content, lock }" }]);
  if (typeof input.lock !== "string" || input.lock === "") issues.push({ path: "lock", message: "pass the lock the document is held with (UploadError.lock)" });
  if (issues.length > 0) throw new ConfigError(subject, issues);
  const document = documentRef(documenten, documentUrl, subject, "documentUrl");
  const source = contentSource(input.content, subject);
  signalGuard(options.signal);
  const read = async (): Promise<UploadedDocument> =>
    (await documenten.GET("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid: document.uuid } }, throwOnError: true })).data as UploadedDocument;
  const current = (await read()) as UploadedDocument & { bestandsdelen?: unknown };
  const parts = readParts(current.bestandsdelen) ?? [];
  const total = typeof current.bestandsomvang === "number" ? current.bestandsomvang : parts.reduce((n, p) => n + p.omvang, 0);
  if (source.size !== undefined && source.size !== total) {
    await source.cancel();
    throw new ConfigError(subject, [{ path: "content", message: `is ${source.size} bytes, but the document's bestandsomvang is ${total}: pass the same content as the first attempt` }]);
  }
  if (parts.length === 0 && current.locked === false) {
    await source.cancel();
    return current;
  }
  await sendParts(documenten, {
    operation: subject,
    document,
    lock: input.lock,
    parts,
    source,
    totalBytes: parts.length === 0 ? 0 : total,
    bestandsnaam: current.bestandsnaam || "bestand",
    concurrency: options.partConcurrency ?? DEFAULT_PART_CONCURRENCY,
    onProgress: options.onProgress,
    signal: options.signal,
    timeout: options.timeout,
  });
  return read();
}
