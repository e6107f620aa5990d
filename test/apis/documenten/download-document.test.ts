import { http, HttpResponse } from "msw";
import { expect, it } from "vitest";
import { isConfigError } from "../../../src/errors/config-error.js";
import { createDocumentenClient as createOpenZaakClient } from "../../../src/generated/documenten/1.4.2-openzaak-1.30.0/index.js";
import { createDocumentenClient } from "../../../src/generated/documenten/index.js";
import { downloadDocument, uploadDocument } from "../../../src/apis/documenten/index.js";
import { server, useMsw } from "../../helpers/msw.js";
import { METADATA, fakeDrc, pattern } from "./fake-drc.js";

const BASE = "https://open-zaak.example.nl/documenten/api/v1";
const UUID = "7ab3b1c8-8e1f-4c1e-9d87-2f3b5a3c9e10";
useMsw();
const documenten = createDocumentenClient({ baseUrl: BASE });

const readAll = async (body: ReadableStream<Uint8Array>): Promise<Uint8Array> => new Uint8Array(await new Response(body).arrayBuffer());

it("streams the content with the document's formaat, bestandsomvang and bestandsnaam", async () => {
  const fake = fakeDrc(BASE, { chunkSize: 1000 });
  const bytes = pattern(2500);
  const { url } = await uploadDocument(documenten, { ...METADATA, content: bytes, bestandsnaam: "besluit.pdf", formaat: "application/pdf" }, { inlineLimit: 100 });
  const download = await downloadDocument(documenten, url);
  expect(download.body).toBeInstanceOf(ReadableStream);
  expect(download.contentType).toBe("application/pdf");
  expect(download.size).toBe(2500);
  expect(download.bestandsnaam).toBe("besluit.pdf");
  expect(await readAll(download.body)).toEqual(bytes);
  expect(fake.downloads).toHaveLength(1);
});

it("reads the stream incrementally: the first chunk arrives before the server has sent the rest", async () => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => {
    release = r;
  });
  server.use(
    http.get(`${BASE}/enkelvoudiginformatieobjecten/:uuid`, () => HttpResponse.json({ url: `${BASE}/enkelvoudiginformatieobjecten/${UUID}`, bestandsnaam: "log.txt", formaat: "" })),
    http.get(`${BASE}/enkelvoudiginformatieobjecten/:uuid/download`, () => {
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(new TextEncoder().encode("eerste "));
          await held;
          controller.enqueue(new TextEncoder().encode("tweede"));
          controller.close();
        },
      });
      return new HttpResponse(body, { headers: { "Content-Type": "text/plain" } });
    }),
  );
  const download = await downloadDocument(documenten, UUID);
  const reader = download.body.getReader();
  const first = await reader.read();
  expect(new TextDecoder().decode(first.value)).toBe("eerste ");
  release();
  let rest = "";
  for (let next = await reader.read(); !next.done; next = await reader.read()) rest += new TextDecoder().decode(next.value);
  expect(rest).toBe("tweede");
  // Without a formaat the server's Content-Type is used, and without bestandsomvang or length the size is unknown.
  expect(download.contentType).toBe("text/plain");
  expect(download.size).toBeUndefined();
});

it("passes versie to the metadata and the download", async () => {
  const seen: string[] = [];
  server.use(
    http.get(`${BASE}/enkelvoudiginformatieobjecten/:uuid`, ({ request }) => {
      seen.push(new URL(request.url).search);
      return HttpResponse.json({ url: `${BASE}/enkelvoudiginformatieobjecten/${UUID}`, formaat: "application/pdf", bestandsomvang: 3, bestandsnaam: "v2.pdf" });
    }),
    http.get(`${BASE}/enkelvoudiginformatieobjecten/:uuid/download`, ({ request }) => {
      seen.push(new URL(request.url).search);
      expect(request.headers.get("accept")).toBe("*/*");
      return new HttpResponse("pdf", { headers: { "Content-Type": "application/octet-stream" } });
    }),
  );
  const openZaak = createOpenZaakClient({ baseUrl: BASE });
  const download = await downloadDocument(openZaak, `${BASE}/enkelvoudiginformatieobjecten/${UUID}`, { versie: 2 });
  expect(seen).toEqual(["?versie=2", "?versie=2"]);
  expect(download.contentType).toBe("application/pdf");
  expect(new TextDecoder().decode(await readAll(download.body))).toBe("pdf");
});

it("refuses a URL of another API root or a bad versie before any request", async () => {
  await expect(downloadDocument(documenten, `https://elders.example.nl/api/v1/enkelvoudiginformatieobjecten/${UUID}`)).rejects.toSatisfy(isConfigError);
  await expect(downloadDocument(documenten, "not-a-uuid")).rejects.toSatisfy(isConfigError);
  await expect(downloadDocument(documenten, UUID, { versie: 0 })).rejects.toSatisfy(isConfigError);
});
