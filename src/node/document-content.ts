/**
 * Node adapters for document content: a file path or a Node `Readable` turned into content that
 * `uploadDocument` and `resumeUpload` (commonground-sdk/documenten) accept, without reading it whole.
 */
import { openAsBlob } from "node:fs";
import { Readable } from "node:stream";
import type { SizedStream } from "../apis/documenten/document-content.js";
import { ConfigError } from "../errors/config-error.js";
import { redactText } from "../errors/redact.js";

/**
 * A file as upload content: a file-backed `Blob` (`fs.openAsBlob`) whose size is known and whose
 * bytes stay on disk until each bestandsdeel is sliced off and sent. Reusable for `resumeUpload`.
 *
 * @example
 * ```ts
 * import { fileContent } from "commonground-sdk/node";
 * import { uploadDocument } from "commonground-sdk/documenten";
 * await uploadDocument(documenten, { content: await fileContent("./aanvraag.pdf"), bestandsnaam: "aanvraag.pdf", ...metadata });
 * ```
 * @throws ConfigError when `path` is not a readable file.
 */
export async function fileContent(path: string | URL): Promise<Blob> {
  if (!(path instanceof URL) && (typeof path !== "string" || path === "")) {
    throw new ConfigError("fileContent", [{ path: "path", message: "pass the path of the file to upload, e.g. \"./aanvraag.pdf\"" }]);
  }
  try {
    return await openAsBlob(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ConfigError("fileContent", [
      { path: "path", message: `${redactText(String(path))} cannot be read as a file (${typeof code === "string" ? code : "error"}): pass the path of an existing, readable file` },
    ]);
  }
}

/** Options of {@link readableContent}. */
export interface ReadableContentOptions {
  /** The number of bytes the stream yields (e.g. from `fs.stat` or a Content-Length). */
  readonly size?: number;
}

/**
 * A Node `Readable` (bytes, not an object-mode or string stream) as upload content, read
 * incrementally. With `size` it is a {@link SizedStream}; without, it is a bare web stream and
 * `uploadDocument` then needs `bestandsomvang` (else a ConfigError: the size must be known before
 * the document is created, and a stream is never buffered whole to learn it). A stream can be read
 * once: for `resumeUpload`, open it again from the start.
 *
 * @example
 * ```ts
 * import { createReadStream, statSync } from "node:fs";
 * import { readableContent } from "commonground-sdk/node";
 * const content = readableContent(createReadStream("scan.tiff"), { size: statSync("scan.tiff").size });
 * ```
 * @throws ConfigError when `readable` is not a Node Readable or `size` is not a whole number ≥ 0.
 */
export function readableContent(readable: Readable, options: ReadableContentOptions & { readonly size: number }): SizedStream;
export function readableContent(readable: Readable, options?: ReadableContentOptions): SizedStream | ReadableStream<Uint8Array>;
export function readableContent(readable: Readable, options: ReadableContentOptions = {}): SizedStream | ReadableStream<Uint8Array> {
  const issues = [];
  if (!(readable instanceof Readable)) issues.push({ path: "readable", message: "pass a Node Readable of bytes, e.g. fs.createReadStream(path)" });
  const { size } = options;
  if (size !== undefined && !(Number.isSafeInteger(size) && size >= 0)) issues.push({ path: "size", message: "must be the stream's length in bytes, a whole number ≥ 0" });
  if (issues.length > 0) throw new ConfigError("readableContent", issues);
  const stream = pullStream(readable);
  return size === undefined ? stream : { stream, size };
}

/**
 * A pull-based web stream over a Readable: one chunk is read per pull (no read-ahead beyond the
 * Readable's own buffer), and cancelling destroys the Readable. Node's `Readable.toWeb` is not used:
 * on Node 20 it can enqueue into a closed controller after a cancel (ERR_INVALID_STATE).
 */
function pullStream(readable: Readable): ReadableStream<Uint8Array> {
  const chunks = readable[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) return controller.close();
        if (next.value instanceof Uint8Array) return controller.enqueue(next.value);
        controller.error(new ConfigError("readableContent", [{ path: "readable", message: "must yield bytes (Buffer/Uint8Array): do not set an encoding or object mode" }]));
        readable.destroy();
      },
      async cancel() {
        await chunks.return?.();
        readable.destroy();
      },
    },
    { highWaterMark: 0 },
  );
}
