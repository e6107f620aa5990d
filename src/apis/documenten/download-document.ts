import { ConfigError } from "../../errors/config-error.js";
import { ValidationError } from "../../errors/validation-error.js";
import type { HasBaseUrl, Needs } from "../client-with.js";
import { documentRef } from "./document-ref.js";

/** A client that can read a document's metadata and download its content. */
export type DocumentenDownloader = HasBaseUrl & Needs<"GET", "/enkelvoudiginformatieobjecten/{uuid}"> & Needs<"GET", "/enkelvoudiginformatieobjecten/{uuid}/download">;

/** Options of `downloadDocument`. */
export interface DownloadOptions {
  /** The version (`versie`) to download; the latest when left out. */
  readonly versie?: number;
  /** Aborts the metadata call, the download and reading the body. */
  readonly signal?: AbortSignal;
}

/** A document's content as a stream, with what the caller needs to store or serve it. */
export interface DownloadedDocument {
  /** The content, streamed from the server (never buffered whole); read it or cancel it. */
  readonly body: ReadableStream<Uint8Array>;
  /** The document's `formaat` when it has one, else the response's Content-Type. */
  readonly contentType: string;
  /** `bestandsomvang` of the document, else the response's Content-Length; undefined when neither is known. */
  readonly size: number | undefined;
  /** `bestandsnaam` of the document (may be empty). */
  readonly bestandsnaam: string;
}

/**
 * Downloads a document's content as a stream: reads its metadata (`formaat`, `bestandsomvang`,
 * `bestandsnaam`), then `GET …/{uuid}/download` with the body left unread for the caller.
 *
 * @example
 * ```ts
 * import { downloadDocument } from "commonground-sdk/documenten";
 * const { body, contentType, bestandsnaam } = await downloadDocument(documenten, documentUrl);
 * return new Response(body, { headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${bestandsnaam}"` } });
 * ```
 * @throws ConfigError for a URL not under the client's root or a bad `versie`, before any request.
 */
export async function downloadDocument(documenten: DocumentenDownloader, urlOrUuid: string, options: DownloadOptions = {}): Promise<DownloadedDocument> {
  const subject = "downloadDocument";
  const document = documentRef(documenten, urlOrUuid, subject, "urlOrUuid");
  const { versie, signal } = options;
  if (versie !== undefined && !(Number.isSafeInteger(versie) && versie > 0)) throw new ConfigError(subject, [{ path: "versie", message: "must be a positive whole number" }]);
  if (signal?.aborted) throw signal.reason;
  const path = { uuid: document.uuid };
  const query = versie === undefined ? {} : { query: { versie } };
  const aborting = signal ? { signal } : {};
  const { data: meta } = await documenten.GET("/enkelvoudiginformatieobjecten/{uuid}", { params: { path, ...query }, throwOnError: true, ...aborting });
  const { formaat, bestandsomvang, bestandsnaam } = (meta ?? {}) as { formaat?: unknown; bestandsomvang?: unknown; bestandsnaam?: unknown };
  // parseAs "stream" overrides the Blob the operation table asks for: the body stays unread.
  const { data: body, response } = await documenten.GET("/enkelvoudiginformatieobjecten/{uuid}/download", {
    params: { path, ...query },
    parseAs: "stream",
    throwOnError: true,
    ...aborting,
  });
  if (!(body instanceof ReadableStream)) {
    throw new ValidationError(`${subject}: the download answer has no body`, [{ path: ["body"], code: "protocol", message: "expected content" }]);
  }
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  return {
    body: body as ReadableStream<Uint8Array>,
    contentType: typeof formaat === "string" && formaat !== "" ? formaat : (response.headers.get("content-type") ?? "application/octet-stream"),
    size: typeof bestandsomvang === "number" ? bestandsomvang : Number.isSafeInteger(length) ? length : undefined,
    bestandsnaam: typeof bestandsnaam === "string" ? bestandsnaam : "",
  };
}
