import { UploadError } from "../../errors/upload-error.js";
import { ValidationError } from "../../errors/validation-error.js";
import type { HasBaseUrl, Needs } from "../client-with.js";
import type { ContentSource, PartData } from "./document-content.js";
import { type DocumentRef, partUuid } from "./document-ref.js";
import { partBody } from "./multipart-body.js";

/** A client that can send bestandsdelen and unlock the document afterwards. */
export type PartSender = HasBaseUrl & Needs<"PUT", "/bestandsdelen/{uuid}"> & Needs<"POST", "/enkelvoudiginformatieobjecten/{uuid}/unlock">;

/** How far an upload is; given to `onProgress` after the create call and after every bestandsdeel. */
export interface UploadProgress {
  /** Bytes of content the server has (bestandsdelen done, or the inline content once created). */
  readonly bytesSent: number;
  /** The document's `bestandsomvang`. */
  readonly totalBytes: number;
  /** Bestandsdelen uploaded (`voltooid`), including those done before a resume. */
  readonly partsDone: number;
  /** Bestandsdelen the server made; 0 for an inline upload. */
  readonly partsTotal: number;
}

/** One bestandsdeel as the server describes it. */
export interface Bestandsdeel {
  readonly url: string;
  readonly volgnummer: number;
  readonly omvang: number;
  readonly voltooid: boolean;
}

/** The parts of a server answer, checked; undefined when they are not the shape the spec promises. */
export function readParts(value: unknown): Bestandsdeel[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const parts: Bestandsdeel[] = [];
  for (const item of value as unknown[]) {
    const { url, volgnummer, omvang, voltooid } = (item ?? {}) as Record<string, unknown>;
    if (typeof url !== "string" || !Number.isSafeInteger(volgnummer) || !Number.isSafeInteger(omvang) || (omvang as number) < 0) return undefined;
    parts.push({ url, volgnummer: volgnummer as number, omvang: omvang as number, voltooid: voltooid === true });
  }
  return parts.sort((a, b) => a.volgnummer - b.volgnummer);
}

/** What `sendParts` needs to know. */
export interface PartsJob {
  readonly operation: string;
  readonly document: DocumentRef;
  readonly lock: string;
  readonly parts: readonly Bestandsdeel[];
  readonly source: ContentSource;
  readonly totalBytes: number;
  readonly bestandsnaam: string;
  readonly concurrency: number;
  readonly onProgress?: ((progress: UploadProgress) => void) | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly timeout?: number | false | undefined;
}

const problem = (message: string): ValidationError => new ValidationError(message, [{ path: ["bestandsdelen"], code: "protocol", message }]);

/**
 * Sends every bestandsdeel not yet `voltooid`, cut from the content in `volgnummer` order by the
 * server's `omvang`, at most `concurrency` at a time (so at most that many parts are in memory),
 * then unlocks the document. Any failure becomes an {@link UploadError} naming what remains.
 */
export async function sendParts(client: PartSender, job: PartsJob): Promise<void> {
  const { parts, source, signal, lock, document } = job;
  const done = new Set(parts.filter((p) => p.voltooid).map((p) => p.volgnummer));
  let failure: unknown;
  const fail = (error: unknown): void => {
    failure ??= error;
  };
  const stop = (): UploadError =>
    new UploadError({
      operation: job.operation,
      documentUrl: document.url,
      lock,
      missingParts: parts.filter((p) => !done.has(p.volgnummer)).map((p) => p.volgnummer),
      partsTotal: parts.length,
      cause: failure,
    });
  const sum = parts.reduce((n, p) => n + p.omvang, 0);
  if (sum !== job.totalBytes) fail(problem(`the bestandsdelen add up to ${sum} bytes, but bestandsomvang is ${job.totalBytes}`));
  if (parts.some((p) => partUuid(p.url) === undefined)) fail(problem("a bestandsdeel has no …/bestandsdelen/{uuid} URL"));
  let bytesSent = parts.reduce((n, p) => n + (p.voltooid ? p.omvang : 0), 0);
  const report = (): void => job.onProgress?.({ bytesSent, totalBytes: job.totalBytes, partsDone: done.size, partsTotal: parts.length });

  // Reading is one at a time and in order; each worker holds at most the one part it is sending.
  let chain: Promise<unknown> = Promise.resolve();
  let cursor = 0;
  let offset = 0;
  const short = (n: number): ValidationError =>
    problem(`the content ended after ${n} bytes, but bestandsomvang is ${job.totalBytes}: pass the same, whole content`);
  const nextPart = (): Promise<{ part: Bestandsdeel; data: PartData } | undefined> => {
    const run = chain.then(async () => {
      while (cursor < parts.length && failure === undefined && !signal?.aborted) {
        const part = parts[cursor++] as Bestandsdeel;
        const at = offset;
        offset += part.omvang;
        if (part.voltooid) {
          const skipped = await source.skip(part.omvang);
          if (skipped !== part.omvang) throw short(at + skipped);
          continue;
        }
        const data = await source.read(part.omvang);
        if (data.size !== part.omvang) throw short(at + data.size);
        return { part, data };
      }
      return undefined;
    });
    // The chain keeps no part: a settled promise would hold its value (the part's bytes) until the next read.
    chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
  const worker = async (): Promise<void> => {
    while (failure === undefined && !signal?.aborted) {
      let release: (() => void) | undefined;
      try {
        let next = await nextPart();
        if (!next) return;
        const { part } = next;
        release = next.data.release;
        const { make, contentType } = partBody(lock, job.bestandsnaam, next.data);
        // From here only the body factory holds the bytes (for a retry), until the call ends.
        next = undefined;
        // Sent under the client's own root, so credentials never follow a server-given host.
        const { data } = await client.PUT("/bestandsdelen/{uuid}", {
          params: { path: { uuid: partUuid(part.url) } },
          // A body factory: the client calls it per attempt (see createApiClient), so a retry
          // re-sends the same pieces instead of the transport reading the part into memory.
          body: make as unknown as Blob,
          headers: { "Content-Type": contentType },
          throwOnError: true,
          ...(signal ? { signal } : {}),
          ...(job.timeout !== undefined ? { timeout: job.timeout } : {}),
        });
        if ((data as { voltooid?: unknown } | undefined)?.voltooid === false) {
          throw problem(`the server did not mark bestandsdeel ${part.volgnummer} voltooid after receiving its ${part.omvang} bytes`);
        }
        done.add(part.volgnummer);
        bytesSent += part.omvang;
        report();
      } catch (error) {
        fail(error);
      } finally {
        // The call has ended (answered, failed or aborted): the part's buffer may take the next part.
        release?.();
      }
    }
  };
  if (failure === undefined) await Promise.all(Array.from({ length: Math.min(job.concurrency, Math.max(parts.length, 1)) }, worker));
  if (failure === undefined && signal?.aborted) fail(signal.reason);
  if (failure === undefined && parts.length > 0 && (await source.more().catch((e: unknown) => {
      fail(e);
      return false;
    }))) {
    fail(problem(`the content is longer than bestandsomvang (${job.totalBytes} bytes): pass the same bestandsomvang as the content's length`));
  }
  if (failure !== undefined) {
    await source.cancel(failure);
    throw stop();
  }
  try {
    await client.POST("/enkelvoudiginformatieobjecten/{uuid}/unlock", {
      params: { path: { uuid: document.uuid } },
      body: { lock },
      throwOnError: true,
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    fail(error);
    throw stop();
  }
}
