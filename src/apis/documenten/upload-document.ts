import type { ReadableBody } from "../../client/client-types.js";
import { type ConfigIssue, ConfigError } from "../../errors/config-error.js";
import { UploadError } from "../../errors/upload-error.js";
import { ValidationError } from "../../errors/validation-error.js";
import type { components } from "../../generated/documenten/1.7.0/types.js";
import type { Needs } from "../client-with.js";
import { type ContentSource, type DocumentContent, contentSource, toBase64 } from "./document-content.js";
import { positiveInteger, serverDocumentRef } from "./document-ref.js";
import { type PartSender, type UploadProgress, readParts, sendParts } from "./send-parts.js";

type CreateRequest = components["schemas"]["EnkelvoudigInformatieObjectCreateLockRequest"];
type Required = "bronorganisatie" | "creatiedatum" | "titel" | "auteur" | "taal" | "informatieobjecttype";

/**
 * The metadata of a new ENKELVOUDIGINFORMATIEOBJECT: what every version requires, the rest optional
 * (1.6.0 and later also require `tonenAanInitiator`; the server says so when it is missing).
 */
export type DocumentMetadata = Pick<CreateRequest, Required> & Partial<Omit<CreateRequest, Required | "inhoud" | "bestandsnaam" | "bestandsomvang">>;

/** What `uploadDocument` sends: the content, its file name and the document's metadata. */
export interface UploadDocumentInput extends DocumentMetadata {
  /** The bytes: a Blob, Uint8Array, string (UTF-8), `{ stream, size }`, or a ReadableStream with `bestandsomvang`. */
  readonly content: DocumentContent;
  /** The file name (`bestandsnaam`), e.g. `aanvraag.pdf`; also the file name of every bestandsdeel. */
  readonly bestandsnaam: string;
  /** The size in bytes; required for a bare ReadableStream, and must match the content's own size otherwise. */
  readonly bestandsomvang?: number;
}

/** Options of `uploadDocument` and `resumeUpload`. */
export interface UploadOptions {
  /** Content up to this many bytes goes inline (base64 `inhoud`); larger content through bestandsdelen. @default 1048576 (1 MiB) */
  readonly inlineLimit?: number;
  /** Bestandsdelen sent at the same time, which is also how many are held in memory. @default 3 */
  readonly partConcurrency?: number;
  /** Called after the create call and after every bestandsdeel. */
  readonly onProgress?: (progress: UploadProgress) => void;
  /** Aborts the upload; once the document exists, the abort surfaces as an UploadError saying what remains. */
  readonly signal?: AbortSignal;
  /** Timeout per bestandsdeel request in ms, or `false`; the client's timeout otherwise. */
  readonly timeout?: number | false;
}

/** The document as the server describes it after the upload (the default version's shape). */
export type UploadedDocument = ReadableBody<components["schemas"]["EnkelvoudigInformatieObject"]>;

/** A client that can create, read, lock-free upload and unlock documents. */
export type DocumentenUploader = PartSender & Needs<"POST", "/enkelvoudiginformatieobjecten"> & Needs<"GET", "/enkelvoudiginformatieobjecten/{uuid}">;

/** The default `inlineLimit`: 1 MiB. */
export const DEFAULT_INLINE_LIMIT = 1024 * 1024;
/** The default `partConcurrency`. */
export const DEFAULT_PART_CONCURRENCY = 3;

/** Checks the options shared by the upload workflows; ConfigError issues. */
export function optionIssues(options: UploadOptions): ConfigIssue[] {
  const issues = [...positiveInteger(options.inlineLimit, "inlineLimit"), ...positiveInteger(options.partConcurrency, "partConcurrency")];
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") issues.push({ path: "onProgress", message: "must be a function" });
  return issues;
}

/**
 * Creates an ENKELVOUDIGINFORMATIEOBJECT with its content: inline as base64 `inhoud` up to
 * `inlineLimit`, else through bestandsdelen (create with `bestandsomvang`, PUT every part as
 * multipart/form-data with the lock, cut as the server's `omvang` says, then unlock). Streams are read
 * incrementally; at most `partConcurrency` parts are in memory.
 *
 * @example
 * ```ts
 * import { uploadDocument } from "commonground-sdk/documenten";
 * const document = await uploadDocument(documenten, {
 *   content: new Blob([pdfBytes]), bestandsnaam: "aanvraag.pdf", formaat: "application/pdf",
 *   bronorganisatie: "002220647", creatiedatum: "2024-05-01", titel: "Aanvraag", auteur: "Gemeente",
 *   taal: "nld", informatieobjecttype: "https://catalogi.example.nl/catalogi/api/v1/informatieobjecttypen/…",
 *   tonenAanInitiator: true,
 * }, { onProgress: (p) => console.log(p.bytesSent, "/", p.totalBytes) });
 * ```
 * @throws ConfigError for bad input, before any request.
 * @throws UploadError when a bestandsdelen upload stops after the document was created: it stays
 * locked, and the error carries `documentUrl`, `lock` and `missingParts` for `resumeUpload`.
 */
export async function uploadDocument(documenten: DocumentenUploader, input: UploadDocumentInput, options: UploadOptions = {}): Promise<UploadedDocument> {
  const subject = "uploadDocument";
  if (typeof input !== "object" || input === null) throw new ConfigError(subject, [{ path: "input", message: "pass { content, bestandsnaam, ...metadata }" }]);
  const { content, bestandsnaam, bestandsomvang, ...metadata } = input;
  const issues = optionIssues(options);
  if (typeof bestandsnaam !== "string" || bestandsnaam.trim() === "") issues.push({ path: "bestandsnaam", message: "pass the file name, e.g. \"aanvraag.pdf\"" });
  if (bestandsomvang !== undefined && !(Number.isSafeInteger(bestandsomvang) && bestandsomvang >= 0)) {
    issues.push({ path: "bestandsomvang", message: "must be the size in bytes, a whole number ≥ 0" });
  }
  if (issues.length > 0) throw new ConfigError(subject, issues);
  const source = contentSource(content, subject);
  const size = source.size ?? bestandsomvang;
  if (size === undefined) {
    throw new ConfigError(subject, [
      { path: "bestandsomvang", message: "a ReadableStream has no known length: pass bestandsomvang (the size in bytes), or content as { stream, size }" },
    ]);
  }
  if (bestandsomvang !== undefined && bestandsomvang !== size) {
    throw new ConfigError(subject, [{ path: "bestandsomvang", message: `is ${bestandsomvang}, but the content is ${size} bytes: leave it out or pass the content's size` }]);
  }
  signalGuard(options.signal);
  const inline = size <= (options.inlineLimit ?? DEFAULT_INLINE_LIMIT);
  const body = { ...metadata, bestandsnaam, bestandsomvang: size, ...(inline ? { inhoud: await inlineContent(source, size, subject) } : {}) };
  const { data } = await documenten.POST("/enkelvoudiginformatieobjecten", { body, throwOnError: true, ...(options.signal ? { signal: options.signal } : {}) });
  const created = data as UploadedDocument & { lock?: unknown; bestandsdelen?: unknown };
  if (inline) {
    options.onProgress?.({ bytesSent: size, totalBytes: size, partsDone: 0, partsTotal: 0 });
    return created;
  }
  const url = typeof created?.url === "string" ? created.url : undefined;
  const lock = typeof created?.lock === "string" && created.lock !== "" ? created.lock : undefined;
  if (url === undefined || lock === undefined) {
    await source.cancel();
    throw new ValidationError(`${subject}: the server created the document without the url and lock a bestandsdelen upload needs (does it support bestandsdelen?)`, [
      { path: [url === undefined ? "url" : "lock"], code: "protocol", message: "missing in the create answer" },
    ]);
  }
  const document = serverDocumentRef(url);
  const parts = readParts(created.bestandsdelen);
  if (document === undefined || parts === undefined || parts.length === 0) {
    await source.cancel();
    throw new UploadError({
      operation: subject,
      documentUrl: url,
      lock,
      missingParts: parts?.map((p) => p.volgnummer) ?? [],
      partsTotal: parts?.length ?? 0,
      cause: new ValidationError(`${subject}: the create answer has no usable url or bestandsdelen`, [
        { path: [document === undefined ? "url" : "bestandsdelen"], code: "protocol", message: "expected …/enkelvoudiginformatieobjecten/{uuid} and a non-empty list of parts" },
      ]),
    });
  }
  options.onProgress?.({ bytesSent: 0, totalBytes: size, partsDone: 0, partsTotal: parts.length });
  await sendParts(documenten, {
    operation: subject,
    document,
    lock,
    parts,
    source,
    totalBytes: size,
    bestandsnaam,
    concurrency: options.partConcurrency ?? DEFAULT_PART_CONCURRENCY,
    onProgress: options.onProgress,
    signal: options.signal,
    timeout: options.timeout,
  });
  const { data: after } = await documenten.GET("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid: document.uuid } }, throwOnError: true });
  return after as UploadedDocument;
}

/** Throws the abort reason when the signal is already aborted (before any request). */
export function signalGuard(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason;
}

/** Reads content that fits `inlineLimit` whole and encodes it; a ConfigError when it is not `size` bytes. */
async function inlineContent(source: ContentSource, size: number, subject: string): Promise<string> {
  const data = await source.read(size);
  if (data.size !== size || (await source.more())) {
    await source.cancel();
    throw new ConfigError(subject, [{ path: "bestandsomvang", message: `is ${size}, but the content has ${data.size === size ? "more" : data.size} bytes: pass the content's real size` }]);
  }
  return toBase64(new Uint8Array(await new Blob(data.pieces as BlobPart[]).arrayBuffer()));
}
