/**
 * A stateful msw fake of a Documenten API (DRC) that follows the bestandsdelen and lock protocol
 * of the standard (1.1 and later, as Open Zaak implements it): a create with `bestandsomvang` and no
 * `inhoud` makes a locked document with empty parts of `chunkSize`; every part takes a
 * multipart/form-data PUT with the lock and exactly `omvang` bytes; unlock with an incomplete upload
 * is refused (`incomplete-upload`), with the right lock it merges the parts and frees the document.
 */
import { http, HttpResponse } from "msw";
import { server } from "../../helpers/msw.js";

export interface FakePart {
  readonly uuid: string;
  readonly volgnummer: number;
  readonly omvang: number;
  voltooid: boolean;
  bytes?: Uint8Array;
}

export interface FakeDocument {
  readonly uuid: string;
  readonly metadata: Record<string, unknown>;
  bestandsomvang: number;
  lock: string;
  parts: FakePart[];
  content: Uint8Array;
}

/** What one part PUT looked like on the wire. */
export interface SeenPart {
  readonly volgnummer: number;
  readonly contentType: string;
  readonly lock: string;
  readonly fileName: string;
  readonly size: number;
}

export interface FakeDrc {
  readonly documents: Map<string, FakeDocument>;
  readonly creates: Record<string, unknown>[];
  readonly parts: SeenPart[];
  readonly unlocks: { uuid: string; lock: unknown; status: number }[];
  readonly locks: string[];
  readonly downloads: URL[];
  /** Most part PUTs in flight at the same time. */
  maxInFlight: number;
  /** Answer a part PUT with this instead (e.g. a 400), by volgnummer; called once per PUT. */
  failPart?: ((volgnummer: number) => Response | undefined) | undefined;
  /** Called when a part PUT starts (before its delay), e.g. to abort. */
  onPart?: ((volgnummer: number) => void) | undefined;
  /** Answer unlock with this instead. */
  failUnlock?: (() => Response | undefined) | undefined;
}

const problem = (code: string, status = 400): Response =>
  HttpResponse.json({ type: "about:blank", code, title: code, status, detail: code, instance: "urn:uuid:0", invalidParams: [] }, { status, headers: { "Content-Type": "application/problem+json" } });

/** Installs the fake under `base` (URLs in answers under `urlBase`, default `base`); parts are `chunkSize` bytes (the last one the rest); PUTs wait `delayMs`. */
export function fakeDrc(base: string, options: { chunkSize: number; delayMs?: number; urlBase?: string }): FakeDrc {
  const fake: FakeDrc = { documents: new Map(), creates: [], parts: [], unlocks: [], locks: [], downloads: [], maxInFlight: 0 };
  let inFlight = 0;
  // The server may build its URLs with another host (behind a proxy): `urlBase`.
  const shown = options.urlBase ?? base;
  const documentUrl = (d: FakeDocument): string => `${shown}/enkelvoudiginformatieobjecten/${d.uuid}`;
  const partJson = (d: FakeDocument, p: FakePart) => ({ url: `${shown}/bestandsdelen/${p.uuid}`, volgnummer: p.volgnummer, omvang: p.omvang, voltooid: p.voltooid, lock: d.lock });
  const documentJson = (d: FakeDocument) => ({
    ...d.metadata,
    url: documentUrl(d),
    versie: 1,
    bestandsomvang: d.bestandsomvang,
    inhoud: `${documentUrl(d)}/download?versie=1`,
    locked: d.lock !== "",
    bestandsdelen: d.parts.map((p) => partJson(d, p)),
  });
  const find = (uuid: unknown): FakeDocument | undefined => fake.documents.get(String(uuid));
  server.use(
    http.post(`${base}/enkelvoudiginformatieobjecten`, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      fake.creates.push(body);
      const { inhoud, bestandsomvang, ...metadata } = body;
      const uuid = crypto.randomUUID();
      const size = typeof bestandsomvang === "number" ? bestandsomvang : 0;
      const d: FakeDocument = { uuid, metadata, bestandsomvang: size, lock: "", parts: [], content: new Uint8Array() };
      if (typeof inhoud === "string" && inhoud !== "") {
        d.content = Uint8Array.from(atob(inhoud), (c) => c.charCodeAt(0));
      } else if (size > 0) {
        d.lock = crypto.randomUUID().replaceAll("-", "");
        for (let at = 0, n = 1; at < size; at += options.chunkSize, n++) {
          d.parts.push({ uuid: crypto.randomUUID(), volgnummer: n, omvang: Math.min(options.chunkSize, size - at), voltooid: false });
        }
      }
      fake.documents.set(uuid, d);
      return HttpResponse.json({ ...documentJson(d), lock: d.lock }, { status: 201 });
    }),
    http.get(`${base}/enkelvoudiginformatieobjecten/:uuid`, ({ params }) => {
      const d = find(params.uuid);
      return d ? HttpResponse.json(documentJson(d)) : problem("not_found", 404);
    }),
    http.put(`${base}/bestandsdelen/:uuid`, async ({ request, params }) => {
      const d = [...fake.documents.values()].find((x) => x.parts.some((p) => p.uuid === params.uuid));
      const part = d?.parts.find((p) => p.uuid === params.uuid);
      if (!d || !part) return problem("not_found", 404);
      fake.onPart?.(part.volgnummer);
      inFlight++;
      fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
      try {
        if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
        const failed = fake.failPart?.(part.volgnummer);
        if (failed) return failed;
        const form = await request.formData();
        const inhoud = form.get("inhoud");
        const lock = String(form.get("lock"));
        fake.parts.push({
          volgnummer: part.volgnummer,
          contentType: request.headers.get("content-type") ?? "",
          lock,
          fileName: inhoud instanceof File ? inhoud.name : "",
          size: inhoud instanceof Blob ? inhoud.size : -1,
        });
        if (lock !== d.lock) return problem("incorrect-lock-id");
        if (!(inhoud instanceof Blob) || inhoud.size !== part.omvang) return problem("file-size");
        part.bytes = new Uint8Array(await inhoud.arrayBuffer());
        part.voltooid = true;
        return HttpResponse.json(partJson(d, part));
      } finally {
        inFlight--;
      }
    }),
    http.post(`${base}/enkelvoudiginformatieobjecten/:uuid/lock`, ({ params }) => {
      const d = find(params.uuid);
      if (!d) return problem("not_found", 404);
      if (d.lock !== "") return problem("existing-lock");
      d.lock = crypto.randomUUID().replaceAll("-", "");
      fake.locks.push(d.lock);
      return HttpResponse.json({ lock: d.lock });
    }),
    http.post(`${base}/enkelvoudiginformatieobjecten/:uuid/unlock`, async ({ request, params }) => {
      const d = find(params.uuid);
      const { lock } = (await request.json()) as { lock?: unknown };
      const answer = (status: number, response: Response): Response => {
        fake.unlocks.push({ uuid: String(params.uuid), lock, status });
        return response;
      };
      if (!d) return answer(404, problem("not_found", 404));
      const failed = fake.failUnlock?.();
      if (failed) return answer(failed.status, failed);
      if (lock !== d.lock) return answer(400, problem("incorrect-lock-id"));
      if (d.parts.some((p) => !p.voltooid)) return answer(400, problem("incomplete-upload"));
      if (d.parts.length > 0) {
        const all = new Uint8Array(d.bestandsomvang);
        let at = 0;
        for (const p of d.parts) {
          all.set(p.bytes ?? new Uint8Array(), at);
          at += p.omvang;
        }
        d.content = all;
        d.parts = [];
      }
      d.lock = "";
      return answer(204, new HttpResponse(null, { status: 204 }));
    }),
    http.get(`${base}/enkelvoudiginformatieobjecten/:uuid/download`, ({ request, params }) => {
      const d = find(params.uuid);
      if (!d) return problem("not_found", 404);
      fake.downloads.push(new URL(request.url));
      return new HttpResponse(d.content as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "application/octet-stream", "Content-Length": String(d.content.byteLength) } });
    }),
  );
  return fake;
}

/** The metadata every version requires, from the Documenten 1.7.0 spec's examples and the ZGW test data shapes. */
export const METADATA = {
  bronorganisatie: "002220647",
  creatiedatum: "2024-05-01",
  titel: "Aanvraag omgevingsvergunning",
  auteur: "Gemeente Voorbeeld",
  taal: "nld",
  informatieobjecttype: "https://open-zaak.example.nl/catalogi/api/v1/informatieobjecttypen/1b2d3c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
  tonenAanInitiator: true,
} as const;

/** `n` bytes of a repeating, position-dependent pattern (so a misplaced part shows). */
export function pattern(n: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
}

/** A web stream of `bytes` in chunks of `chunk` bytes, counting how far it was read. */
export function chunked(bytes: Uint8Array, chunk: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
  });
}
