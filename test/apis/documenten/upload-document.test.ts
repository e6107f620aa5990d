import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { isConfigError } from "../../../src/errors/config-error.js";
import { isUploadError, type UploadError } from "../../../src/errors/upload-error.js";
import { createDocumentenClient as createOpenZaakClient } from "../../../src/generated/documenten/1.4.2-openzaak-1.30.0/index.js";
import { createDocumentenClient } from "../../../src/generated/documenten/index.js";
import { type UploadProgress, resumeUpload, uploadDocument } from "../../../src/apis/documenten/index.js";
import { server, useMsw } from "../../helpers/msw.js";
import { METADATA, chunked, fakeDrc, pattern } from "./fake-drc.js";

const BASE = "https://open-zaak.example.nl/documenten/api/v1";
useMsw();
const documenten = createDocumentenClient({ baseUrl: BASE, retry: false });

const caught = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => expect.fail("expected a rejection"), (e: unknown) => e);

describe("inline upload", () => {
  it("sends content up to inlineLimit as exact base64 inhoud in one create", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 1000 });
    const text = "Aanvraag omgevingsvergunning – bijlage ✓\n";
    const events: UploadProgress[] = [];
    const document = await uploadDocument(documenten, { ...METADATA, content: text, bestandsnaam: "bijlage.txt", formaat: "text/plain" }, { onProgress: (p) => events.push(p) });
    const bytes = new TextEncoder().encode(text);
    expect(fake.creates).toHaveLength(1);
    expect(fake.creates[0]).toEqual({ ...METADATA, bestandsnaam: "bijlage.txt", formaat: "text/plain", bestandsomvang: bytes.byteLength, inhoud: Buffer.from(bytes).toString("base64") });
    expect(fake.parts).toHaveLength(0);
    expect(fake.unlocks).toHaveLength(0);
    expect(document.url).toMatch(/^https:\/\/open-zaak\.example\.nl\/documenten\/api\/v1\/enkelvoudiginformatieobjecten\//);
    expect([...(fake.documents.values().next().value?.content ?? [])]).toEqual([...bytes]);
    expect(events).toEqual([{ bytesSent: bytes.byteLength, totalBytes: bytes.byteLength, partsDone: 0, partsTotal: 0 }]);
  });

  it("sends exactly inlineLimit bytes inline, one more through bestandsdelen", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 64 });
    await uploadDocument(documenten, { ...METADATA, content: pattern(100), bestandsnaam: "a.bin" }, { inlineLimit: 100 });
    await uploadDocument(documenten, { ...METADATA, content: pattern(101), bestandsnaam: "b.bin" }, { inlineLimit: 100 });
    expect(typeof fake.creates[0]?.inhoud).toBe("string");
    expect(fake.creates[1]).not.toHaveProperty("inhoud");
    expect(fake.creates[1]?.bestandsomvang).toBe(101);
    expect(fake.parts.map((p) => p.size)).toEqual([64, 37]);
  });
});

describe("bestandsdelen upload", () => {
  it("cuts parts as the server's omvang says, sends multipart/form-data with the lock, then unlocks", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 1000 });
    const bytes = pattern(2500);
    const document = await uploadDocument(documenten, { ...METADATA, content: new Blob([bytes]), bestandsnaam: "scan.pdf" }, { inlineLimit: 100 });
    const stored = [...fake.documents.values()][0];
    expect(fake.creates[0]).toEqual({ ...METADATA, bestandsnaam: "scan.pdf", bestandsomvang: 2500 });
    expect(fake.parts.map((p) => [p.volgnummer, p.size]).sort()).toEqual([[1, 1000], [2, 1000], [3, 500]]);
    for (const part of fake.parts) {
      expect(part.contentType).toMatch(/^multipart\/form-data; boundary=/);
      expect(part.fileName).toBe("scan.pdf");
    }
    expect(fake.unlocks).toEqual([{ uuid: stored?.uuid, lock: fake.parts[0]?.lock, status: 204 }]);
    expect(stored?.content).toEqual(bytes);
    expect(document.locked).toBe(false);
    expect(document.bestandsdelen).toEqual([]);
  });

  it("never has more than partConcurrency parts in flight, and reaches it", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 100, delayMs: 15 });
    await uploadDocument(documenten, { ...METADATA, content: pattern(1000), bestandsnaam: "x.bin" }, { inlineLimit: 10, partConcurrency: 2 });
    expect(fake.parts).toHaveLength(10);
    expect(fake.maxInFlight).toBe(2);
    const three = fakeDrc(`${BASE}/drie`, { chunkSize: 100, delayMs: 15 });
    await uploadDocument(createDocumentenClient({ baseUrl: `${BASE}/drie` }), { ...METADATA, content: pattern(1000), bestandsnaam: "x.bin" }, { inlineLimit: 10 });
    expect(three.maxInFlight).toBe(3);
  });

  it("part URLs of another host (a server behind a proxy) are sent under the client's own root", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 100, urlBase: "http://localhost:8000/documenten/api/v1" });
    await uploadDocument(documenten, { ...METADATA, content: pattern(250), bestandsnaam: "x.bin" }, { inlineLimit: 10 });
    expect(fake.parts).toHaveLength(3);
    expect([...fake.documents.values()][0]?.content).toEqual(pattern(250));
  });

  it("a part the server answers 503 is retried by the client with the same bytes, and stream parts reuse their buffers safely", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 1000, delayMs: 2 });
    const retrying = createDocumentenClient({ baseUrl: BASE, retry: { retries: 2, minDelayMs: 0, maxDelayMs: 0 } });
    const attempts = new Map<number, number>();
    fake.failPart = (n) => {
      attempts.set(n, (attempts.get(n) ?? 0) + 1);
      if ((n === 2 || n === 7) && attempts.get(n) === 1) return HttpResponse.json({ code: "unavailable" }, { status: 503, headers: { "Content-Type": "application/problem+json" } });
      return undefined;
    };
    const bytes = pattern(10_000);
    await uploadDocument(retrying, { ...METADATA, content: { stream: chunked(bytes, 333), size: bytes.byteLength }, bestandsnaam: "scan.tiff" }, { inlineLimit: 100, partConcurrency: 2 });
    expect(attempts.get(2)).toBe(2);
    expect(attempts.get(7)).toBe(2);
    expect(fake.parts).toHaveLength(10);
    expect([...fake.documents.values()][0]?.content).toEqual(bytes);
  });

  it("reports progress after the create and after every part", async () => {
    fakeDrc(BASE, { chunkSize: 400 });
    const events: UploadProgress[] = [];
    await uploadDocument(documenten, { ...METADATA, content: pattern(1000), bestandsnaam: "x.bin" }, { inlineLimit: 10, partConcurrency: 1, onProgress: (p) => events.push(p) });
    expect(events).toEqual([
      { bytesSent: 0, totalBytes: 1000, partsDone: 0, partsTotal: 3 },
      { bytesSent: 400, totalBytes: 1000, partsDone: 1, partsTotal: 3 },
      { bytesSent: 800, totalBytes: 1000, partsDone: 2, partsTotal: 3 },
      { bytesSent: 1000, totalBytes: 1000, partsDone: 3, partsTotal: 3 },
    ]);
  });

  it("a part failing mid-upload gives an UploadError with what is missing; resumeUpload sends only that, then unlocks", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 100 });
    const bytes = pattern(500);
    fake.failPart = (n) => (n === 3 ? HttpResponse.json({ code: "invalid", title: "Ongeldig" }, { status: 400, headers: { "Content-Type": "application/problem+json" } }) : undefined);
    const error = (await caught(uploadDocument(documenten, { ...METADATA, content: bytes, bestandsnaam: "x.bin" }, { inlineLimit: 10, partConcurrency: 1 }))) as UploadError;
    expect(isUploadError(error)).toBe(true);
    expect(error.kind).toBe("workflow");
    const stored = [...fake.documents.values()][0];
    expect(error.documentUrl).toBe(`${BASE}/enkelvoudiginformatieobjecten/${stored?.uuid}`);
    expect(error.lock).toBe(stored?.lock);
    expect(error.missingParts).toEqual([3, 4, 5]);
    expect(error.partsTotal).toBe(5);
    expect((error.cause as { status?: number }).status).toBe(400);
    expect(error.message).toContain("resumeUpload");
    expect(error.message).toContain("volgnummer 3, 4, 5");
    expect(error.message).not.toContain(error.lock);
    expect(fake.unlocks).toHaveLength(0);
    expect(stored?.lock).not.toBe("");

    fake.failPart = undefined;
    const sentBefore = fake.parts.length;
    const document = await resumeUpload(documenten, error.documentUrl, { content: chunked(bytes, 37), lock: error.lock });
    expect(fake.parts.slice(sentBefore).map((p) => p.volgnummer).sort()).toEqual([3, 4, 5]);
    expect(fake.unlocks.map((u) => u.status)).toEqual([204]);
    expect(stored?.content).toEqual(bytes);
    expect(document.locked).toBe(false);
  });

  it("an unlock that fails leaves an UploadError with no missing parts; resumeUpload then only unlocks", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 100 });
    fake.failUnlock = () => HttpResponse.json({ code: "error" }, { status: 400, headers: { "Content-Type": "application/problem+json" } });
    const error = (await caught(uploadDocument(documenten, { ...METADATA, content: pattern(250), bestandsnaam: "x.bin" }, { inlineLimit: 10 }))) as UploadError;
    expect(error.missingParts).toEqual([]);
    fake.failUnlock = undefined;
    const sent = fake.parts.length;
    await resumeUpload(documenten, error.documentUrl, { content: pattern(250), lock: error.lock });
    expect(fake.parts).toHaveLength(sent);
    expect(fake.unlocks.at(-1)?.status).toBe(204);
  });

  it("abort via signal mid-upload surfaces as an UploadError naming the parts left", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 100, delayMs: 20 });
    const controller = new AbortController();
    fake.onPart = (n) => {
      if (n === 2) controller.abort(new Error("gebruiker annuleert"));
    };
    const error = (await caught(
      uploadDocument(documenten, { ...METADATA, content: pattern(600), bestandsnaam: "x.bin" }, { inlineLimit: 10, partConcurrency: 1, signal: controller.signal }),
    )) as UploadError;
    expect(isUploadError(error)).toBe(true);
    expect(error.missingParts).toEqual([2, 3, 4, 5, 6]);
    expect((error.cause as Error).message).toBe("gebruiker annuleert");
    expect(fake.parts.map((p) => p.volgnummer)).toEqual([1]);
    expect(fake.unlocks).toHaveLength(0);
  });

  it("an already aborted signal sends nothing", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 100 });
    const reason = new Error("al geannuleerd");
    await expect(uploadDocument(documenten, { ...METADATA, content: "x", bestandsnaam: "x.txt" }, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(fake.creates).toHaveLength(0);
  });
});

describe("content kinds", () => {
  const bytes = pattern(1234);
  const kinds: [string, () => Parameters<typeof uploadDocument>[1]][] = [
    ["Blob", () => ({ ...METADATA, content: new Blob([bytes]), bestandsnaam: "x.bin" })],
    ["Uint8Array", () => ({ ...METADATA, content: bytes, bestandsnaam: "x.bin" })],
    ["ReadableStream with bestandsomvang", () => ({ ...METADATA, content: chunked(bytes, 333), bestandsnaam: "x.bin", bestandsomvang: 1234 })],
    ["{ stream, size }", () => ({ ...METADATA, content: { stream: chunked(bytes, 7), size: 1234 }, bestandsnaam: "x.bin" })],
  ];
  for (const [name, input] of kinds) {
    it(`${name}: inline and through bestandsdelen, byte for byte`, async () => {
      const fake = fakeDrc(BASE, { chunkSize: 500 });
      await uploadDocument(documenten, input(), { inlineLimit: 2000 });
      await uploadDocument(documenten, input(), { inlineLimit: 100 });
      const [inline, parts] = [...fake.documents.values()];
      expect(inline?.content).toEqual(bytes);
      expect(parts?.content).toEqual(bytes);
      expect(fake.parts.map((p) => p.size).sort()).toEqual([234, 500, 500]);
    });
  }

  it("string: sent as UTF-8 through bestandsdelen", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 4 });
    await uploadDocument(documenten, { ...METADATA, content: "één ✓", bestandsnaam: "x.txt" }, { inlineLimit: 1 });
    expect(new TextDecoder().decode([...fake.documents.values()][0]?.content)).toBe("één ✓");
  });

  it("a stream shorter than bestandsomvang fails with the parts left; a longer one is not unlocked", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 100 });
    const short = (await caught(uploadDocument(documenten, { ...METADATA, content: chunked(pattern(250), 50), bestandsnaam: "x", bestandsomvang: 300 }, { inlineLimit: 10, partConcurrency: 1 }))) as UploadError;
    expect(short.missingParts).toEqual([3]);
    expect((short.cause as Error).message).toContain("ended after 250 bytes");
    const long = (await caught(uploadDocument(documenten, { ...METADATA, content: chunked(pattern(350), 50), bestandsnaam: "x", bestandsomvang: 300 }, { inlineLimit: 10 }))) as UploadError;
    expect(long.missingParts).toEqual([]);
    expect((long.cause as Error).message).toContain("longer than bestandsomvang");
    expect(fake.unlocks).toHaveLength(0);
  });
});

describe("bad input is a ConfigError before any request", () => {
  const cases: [string, () => Promise<unknown>, string][] = [
    ["empty bestandsnaam", () => uploadDocument(documenten, { ...METADATA, content: "x", bestandsnaam: " " }), "bestandsnaam"],
    ["negative bestandsomvang", () => uploadDocument(documenten, { ...METADATA, content: "x", bestandsnaam: "x", bestandsomvang: -1 }), "bestandsomvang"],
    ["fractional bestandsomvang", () => uploadDocument(documenten, { ...METADATA, content: "x", bestandsnaam: "x", bestandsomvang: 1.5 }), "bestandsomvang"],
    ["bestandsomvang not the content's size", () => uploadDocument(documenten, { ...METADATA, content: "xy", bestandsnaam: "x", bestandsomvang: 1 }), "bestandsomvang"],
    ["a stream without a size", () => uploadDocument(documenten, { ...METADATA, content: chunked(pattern(10), 5), bestandsnaam: "x" }), "bestandsomvang"],
    ["inlineLimit 0", () => uploadDocument(documenten, { ...METADATA, content: "x", bestandsnaam: "x" }, { inlineLimit: 0 }), "inlineLimit"],
    ["partConcurrency 1.5", () => uploadDocument(documenten, { ...METADATA, content: "x", bestandsnaam: "x" }, { partConcurrency: 1.5 }), "partConcurrency"],
    ["content of another kind", () => uploadDocument(documenten, { ...METADATA, content: 42 as never, bestandsnaam: "x" }), "content"],
    ["resume: a URL of another API root", () => resumeUpload(documenten, "https://elders.example.nl/documenten/api/v1/enkelvoudiginformatieobjecten/7ab3b1c8-8e1f-4c1e-9d87-2f3b5a3c9e10", { content: "x", lock: "l" }), "documentUrl"],
    ["resume: an empty lock", () => resumeUpload(documenten, "7ab3b1c8-8e1f-4c1e-9d87-2f3b5a3c9e10", { content: "x", lock: "" }), "lock"],
  ];
  for (const [name, run, path] of cases) {
    it(name, async () => {
      let requests = 0;
      server.events.on("request:start", () => requests++);
      const error = await caught(run());
      server.events.removeAllListeners();
      expect(isConfigError(error)).toBe(true);
      expect((error as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(path);
      expect(requests).toBe(0);
    });
  }
});

it("Open Zaak 1.4.2: uploads through bestandsdelen and resumes with the same workflow", async () => {
  const fake = fakeDrc(BASE, { chunkSize: 300 });
  const openZaak = createOpenZaakClient({ baseUrl: BASE, retry: false });
  fake.failPart = (n) => (n === 2 ? HttpResponse.json({ code: "invalid" }, { status: 400, headers: { "Content-Type": "application/problem+json" } }) : undefined);
  const bytes = pattern(800);
  const error = (await caught(uploadDocument(openZaak, { ...METADATA, content: bytes, bestandsnaam: "oz.bin" }, { inlineLimit: 10, partConcurrency: 1 }))) as UploadError;
  expect(error.missingParts).toEqual([2, 3]);
  fake.failPart = undefined;
  await resumeUpload(openZaak, error.documentUrl, { content: new Blob([bytes]), lock: error.lock });
  expect([...fake.documents.values()][0]?.content).toEqual(bytes);
  for (const part of fake.parts) expect(part.contentType).toMatch(/^multipart\/form-data; boundary=/);
});

it("a create answer without bestandsdelen is an UploadError naming the lock, not a silent success", async () => {
  server.use(
    http.post(`${BASE}/enkelvoudiginformatieobjecten`, () =>
      HttpResponse.json({ url: `${BASE}/enkelvoudiginformatieobjecten/7ab3b1c8-8e1f-4c1e-9d87-2f3b5a3c9e10`, lock: "abc", bestandsdelen: [] }, { status: 201 }),
    ),
  );
  const error = (await caught(uploadDocument(documenten, { ...METADATA, content: pattern(50), bestandsnaam: "x" }, { inlineLimit: 10 }))) as UploadError;
  expect(isUploadError(error)).toBe(true);
  expect(error.lock).toBe("abc");
});
