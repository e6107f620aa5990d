import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { resumeUpload, uploadDocument } from "../../src/apis/documenten/index.js";
import { isConfigError } from "../../src/errors/config-error.js";
import type { UploadError } from "../../src/errors/upload-error.js";
import { createDocumentenClient } from "../../src/generated/documenten/index.js";
import { fileContent, readableContent } from "../../src/node/document-content.js";
import { METADATA, fakeDrc, pattern } from "../apis/documenten/fake-drc.js";
import { useMsw } from "../helpers/msw.js";
import { HttpResponse } from "msw";

const BASE = "https://open-zaak.example.nl/documenten/api/v1";
useMsw();
const documenten = createDocumentenClient({ baseUrl: BASE, retry: false });
const bytes = pattern(2345);
const dir = mkdtempSync(join(tmpdir(), "cg-documenten-"));
const file = join(dir, "scan.bin");
writeFileSync(file, bytes);

/** A Node Readable of `data` in chunks of `size` bytes. */
const readable = (data: Uint8Array, size: number): Readable =>
  Readable.from((function* () {
    for (let i = 0; i < data.byteLength; i += size) yield Buffer.from(data.subarray(i, i + size));
  })());

describe("fileContent", () => {
  it("is a file-backed Blob of the file's size that uploads byte for byte", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 1000 });
    const content = await fileContent(file);
    expect(content.size).toBe(2345);
    await uploadDocument(documenten, { ...METADATA, content, bestandsnaam: "scan.bin" }, { inlineLimit: 100 });
    expect([...fake.documents.values()][0]?.content).toEqual(bytes);
    expect(fake.parts.map((p) => p.size).sort()).toEqual([1000, 1000, 345]);
  });

  it("can be given again to resumeUpload (only the missing parts are read and sent)", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 1000 });
    fake.failPart = (n) => (n === 3 ? HttpResponse.json({ code: "x" }, { status: 400, headers: { "Content-Type": "application/problem+json" } }) : undefined);
    const error = (await uploadDocument(documenten, { ...METADATA, content: await fileContent(file), bestandsnaam: "scan.bin" }, { inlineLimit: 100, partConcurrency: 1 }).catch((e: unknown) => e)) as UploadError;
    expect(error.missingParts).toEqual([3]);
    fake.failPart = undefined;
    await resumeUpload(documenten, error.documentUrl, { content: await fileContent(file), lock: error.lock });
    expect([...fake.documents.values()][0]?.content).toEqual(bytes);
  });

  it("a missing file is a ConfigError", async () => {
    await expect(fileContent(join(dir, "bestaat-niet.pdf"))).rejects.toSatisfy(isConfigError);
    await expect(fileContent("")).rejects.toSatisfy(isConfigError);
  });
});

describe("readableContent", () => {
  it("with a size: a SizedStream that uploads through bestandsdelen", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 700 });
    const content = readableContent(readable(bytes, 100), { size: 2345 });
    expect(content.size).toBe(2345);
    await uploadDocument(documenten, { ...METADATA, content, bestandsnaam: "scan.bin" }, { inlineLimit: 100 });
    expect([...fake.documents.values()][0]?.content).toEqual(bytes);
  });

  it("without a size: needs bestandsomvang (ConfigError otherwise), then uploads", async () => {
    const fake = fakeDrc(BASE, { chunkSize: 700 });
    const error = await uploadDocument(documenten, { ...METADATA, content: readableContent(readable(bytes, 100)), bestandsnaam: "scan.bin" }).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    expect((error as Error).message).toContain("bestandsomvang");
    expect(fake.creates).toHaveLength(0);
    await uploadDocument(documenten, { ...METADATA, content: readableContent(readable(bytes, 64)), bestandsnaam: "scan.bin", bestandsomvang: 2345 }, { inlineLimit: 100 });
    expect([...fake.documents.values()][0]?.content).toEqual(bytes);
  });

  it("rejects a bad size or something that is not a Readable", () => {
    expect(() => readableContent(readable(bytes, 100), { size: -1 })).toThrow(/size/);
    expect(() => readableContent("scan.bin" as never)).toThrow(/Node Readable/);
  });

  it("a string-mode stream fails the upload with a clear cause", async () => {
    fakeDrc(BASE, { chunkSize: 700 });
    const strings = Readable.from(["tekst ", "in ", "stukken"], { objectMode: true });
    const error = (await uploadDocument(documenten, { ...METADATA, content: readableContent(strings, { size: 18 }), bestandsnaam: "x.txt" }, { inlineLimit: 5 }).catch((e: unknown) => e)) as UploadError;
    expect((error.cause as Error).message).toContain("must yield bytes");
  });
});
