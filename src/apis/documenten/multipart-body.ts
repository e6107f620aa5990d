import type { PartData } from "./document-content.js";

/**
 * The multipart/form-data body of one bestandsdeel PUT (`lock`, then `inhoud` as a file part),
 * framed by hand instead of with FormData so that the part's bytes are not copied. `make` gives the
 * body for one attempt: a fresh stream over the same framing and pieces where the runtime sends
 * stream bodies (Node, Chromium), else one Blob; so a retry sends the part again without another
 * copy of it in memory, and a Blob-backed part (a file) stays a slice that is read while it is
 * sent. The framing follows the HTML standard's multipart/form-data encoding (RFC 7578).
 */
export interface PartBody {
  /** The body for one attempt; the client calls it again for a retry. */
  readonly make: () => BodyInit;
  readonly contentType: string;
}

/** Whether `fetch` in this runtime takes a ReadableStream request body (Node, Chromium; not every browser). */
const streamBodies: boolean = /* @__PURE__ */ (() => {
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

/** A stream that hands over the chunks one by one, without copying them. */
function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

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
  if (inMemory && streamBodies) {
    const chunks = [head, ...(data.pieces as Uint8Array[]), tail];
    return { make: () => streamOf(chunks), contentType };
  }
  const blob = new Blob([head, ...data.pieces, tail] as BlobPart[]);
  return { make: () => blob, contentType };
}
