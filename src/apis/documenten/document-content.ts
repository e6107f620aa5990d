import { ConfigError } from "../../errors/config-error.js";

/**
 * A stream whose length is known up front, such as a Node `Readable` through
 * `readableContent(readable, { size })` from `commonground-sdk/node`.
 *
 * @example
 * ```ts
 * import type { SizedStream } from "commonground-sdk/documenten";
 * const response = await fetch("https://example.org/rapport.pdf");
 * const content: SizedStream = { stream: response.body!, size: Number(response.headers.get("content-length")) };
 * ```
 */
export interface SizedStream {
  /** The bytes, read once and incrementally. */
  readonly stream: ReadableStream<Uint8Array>;
  /** The number of bytes the stream yields. */
  readonly size: number;
}

/**
 * The content of a document: a `Blob` (or `File`), a `Uint8Array`, a string (sent as UTF-8), a
 * {@link SizedStream}, or a bare `ReadableStream<Uint8Array>` together with `bestandsomvang`.
 */
export type DocumentContent = Blob | Uint8Array | string | SizedStream | ReadableStream<Uint8Array>;

/** The bytes of one part: a slice of a Blob or of the caller's bytes, or a buffer a stream was read into. */
export interface PartData {
  readonly size: number;
  readonly pieces: readonly (Blob | Uint8Array)[];
  /** Gives the part's buffer back for the next part (stream content); call once the part is sent or given up. */
  readonly release?: () => void;
}

/** Reads content in order, a part at a time. Internal to the upload workflows. */
export interface ContentSource {
  /** The size when the content itself knows it. */
  readonly size: number | undefined;
  /** The next `n` bytes (fewer only when the content ends first). */
  read(n: number): Promise<PartData>;
  /** Skips the next `n` bytes; resolves to how many there were. */
  skip(n: number): Promise<number>;
  /** Whether any byte is left. */
  more(): Promise<boolean>;
  /** Lets go of the content (cancels a stream). */
  cancel(reason?: unknown): Promise<void>;
}

const isStream = (value: unknown): value is ReadableStream<Uint8Array> =>
  typeof value === "object" && value !== null && typeof (value as { getReader?: unknown }).getReader === "function";

/** Turns what the caller gave into a {@link ContentSource}; a ConfigError (for `subject`) when it is none of the kinds. */
export function contentSource(content: unknown, subject: string): ContentSource {
  if (typeof content === "string") return bytesSource(new TextEncoder().encode(content));
  if (content instanceof Uint8Array) return bytesSource(content);
  if (typeof Blob !== "undefined" && content instanceof Blob) return blobSource(content);
  if (isStream(content)) return streamSource(content, undefined);
  if (typeof content === "object" && content !== null && isStream((content as SizedStream).stream)) {
    const size = (content as SizedStream).size;
    if (typeof size === "number" && Number.isSafeInteger(size) && size >= 0) return streamSource((content as SizedStream).stream, size);
    throw new ConfigError(subject, [{ path: "content.size", message: "must be the stream's length in bytes, a whole number ≥ 0" }]);
  }
  throw new ConfigError(subject, [
    { path: "content", message: "pass a Blob, Uint8Array, string, ReadableStream<Uint8Array> or { stream, size } (Node streams and files: see commonground-sdk/node)" },
  ]);
}

/**
 * Content that can be cut at any offset (bytes, a Blob): each part is a slice, nothing is copied.
 * A Blob is sliced, never read whole: a file-backed Blob stays on disk until a part is sent.
 */
function sliceSource(size: number, slice: (from: number, to: number) => Blob | Uint8Array): ContentSource {
  let at = 0;
  return {
    size,
    async read(n) {
      const end = Math.min(size, at + n);
      const part = slice(at, end);
      const length = end - at;
      at = end;
      return { size: length, pieces: [part] };
    },
    async skip(n) {
      const before = at;
      at = Math.min(size, at + n);
      return at - before;
    },
    async more() {
      return at < size;
    },
    async cancel() {},
  };
}

const bytesSource = (bytes: Uint8Array): ContentSource => sliceSource(bytes.byteLength, (from, to) => bytes.subarray(from, to));
const blobSource = (blob: Blob): ContentSource => sliceSource(blob.size, (from, to) => blob.slice(from, to));

/**
 * Reads a stream chunk by chunk into one buffer per part. Each chunk is copied at once and let go, so
 * the stream's chunks die young; the part buffers are reused for later parts (at most one per part in
 * flight), so a long upload allocates no new large blocks after the first few parts.
 */
function streamSource(stream: ReadableStream<Uint8Array>, size: number | undefined): ContentSource {
  const reader = stream.getReader();
  const free: Uint8Array[] = [];
  let left: Uint8Array | undefined;
  let ended = false;
  /** Calls `take` with chunks until `n` bytes were taken or the stream ended; returns the count. */
  const pull = async (n: number, take: (chunk: Uint8Array) => void): Promise<number> => {
    let have = 0;
    while (have < n) {
      let chunk = left;
      left = undefined;
      if (!chunk) {
        if (ended) break;
        const next = await reader.read();
        if (next.done) {
          ended = true;
          break;
        }
        if (!(next.value instanceof Uint8Array)) {
          throw new ConfigError("document content", [{ path: "content", message: "the stream must yield Uint8Array chunks (bytes), not strings or other values" }]);
        }
        chunk = next.value;
      }
      const need = n - have;
      if (chunk.byteLength > need) {
        left = chunk.subarray(need);
        chunk = chunk.subarray(0, need);
      }
      take(chunk);
      have += chunk.byteLength;
    }
    return have;
  };
  return {
    size,
    async read(n) {
      const at = free.findIndex((b) => b.byteLength === n);
      const buffer = at >= 0 ? (free.splice(at, 1)[0] as Uint8Array) : new Uint8Array(n);
      let filled = 0;
      const size = await pull(n, (chunk) => {
        buffer.set(chunk, filled);
        filled += chunk.byteLength;
      });
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        free.push(buffer);
      };
      return { size, pieces: [buffer.subarray(0, size)], release };
    },
    skip: (n) => pull(n, () => undefined),
    async more() {
      while (!left || left.byteLength === 0) {
        if (ended) return false;
        const next = await reader.read();
        if (next.done) ended = true;
        else left = next.value;
      }
      return true;
    },
    async cancel(reason) {
      await reader.cancel(reason).catch(() => undefined);
    },
  };
}

/** Base64 of bytes without Node's Buffer (chunked, so no argument list grows past engine limits). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.byteLength; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
