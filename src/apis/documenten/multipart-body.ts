import type { PartData } from "./document-content.js";

/**
 * The multipart/form-data body of one bestandsdeel PUT (`lock`, then `inhoud` as a file part),
 * framed by hand instead of with FormData so that the part's bytes are never copied into a Blob of
 * their own: a Blob-backed part (a file) stays a slice, and stream chunks are handed over one by
 * one (and let go) where the runtime can send a stream body. The framing follows the HTML
 * standard's multipart/form-data encoding (RFC 7578).
 */
export interface PartBody {
  readonly body: Blob | ReadableStream<Uint8Array>;
  readonly contentType: string;
  /** `"half"` for a stream body (required by fetch for a ReadableStream request body). */
  readonly duplex?: "half";
}

/** Whether `fetch` in this runtime takes a ReadableStream request body (Node, Chromium; not every browser). */
const streamBodies: boolean = (() => {
  try {
    let duplexAsked = false;
    const request = new Request("http://localhost/", {
      method: "PUT",
      body: new ReadableStream(),
      get duplex() {
        duplexAsked = true;
        return "half";
      },
    } as RequestInit);
    return duplexAsked && !request.headers.has("Content-Type");
  } catch {
    return false;
  }
})();

/** A file name as the HTML standard escapes it inside a quoted multipart header. */
const quoted = (name: string): string => name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

/** Builds the body of one part PUT. */
export function partBody(lock: string, fileName: string, data: PartData): PartBody {
  const boundary = `----commonground-sdk-${crypto.randomUUID()}`;
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="lock"\r\n\r\n${lock}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="inhoud"; filename="${quoted(fileName)}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const contentType = `multipart/form-data; boundary=${boundary}`;
  const inMemory = data.pieces.every((piece) => piece instanceof Uint8Array);
  if (!inMemory || !streamBodies) return { body: new Blob([head, ...data.pieces, tail] as BlobPart[]), contentType };
  const queue: Uint8Array[] = [head, ...(data.pieces as Uint8Array[]), tail];
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      // shift(): a chunk handed to the request is no longer held here.
      const next = queue.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(next);
    },
  });
  return { body, contentType, duplex: "half" };
}
