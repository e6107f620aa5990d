import { describe, expectTypeOf, it } from "vitest";
import type { DocumentenDownloader, DocumentenLocker, DocumentenUploader } from "../../../src/apis/documenten/index.js";
import { downloadDocument, uploadDocument, withLock } from "../../../src/apis/documenten/index.js";
import { createDocumentenClient as oz } from "../../../src/generated/documenten/1.4.2-openzaak-1.30.0/index.js";
import { createDocumentenClient as v150 } from "../../../src/generated/documenten/1.5.0/index.js";
import { createDocumentenClient as v160 } from "../../../src/generated/documenten/1.6.0/index.js";
import { createDocumentenClient as v170 } from "../../../src/generated/documenten/1.7.0/index.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";

const options = { baseUrl: "https://open-zaak.example.nl/documenten/api/v1" };

describe("every registered Documenten version fits the workflows", () => {
  it("1.7.0, 1.6.0, 1.5.0 and Open Zaak 1.4.2", () => {
    for (const client of [v170(options), v160(options), v150(options), oz(options)]) {
      expectTypeOf(client).toExtend<DocumentenUploader>();
      expectTypeOf(client).toExtend<DocumentenDownloader>();
      expectTypeOf(client).toExtend<DocumentenLocker>();
    }
  });

  it("a client without the operations does not", () => {
    const zaken = createZakenClient({ baseUrl: "https://open-zaak.example.nl/zaken/api/v1" });
    expectTypeOf(zaken).not.toExtend<DocumentenUploader>();
    // @ts-expect-error: the Zaken API has no /enkelvoudiginformatieobjecten
    void uploadDocument(zaken, { content: "x", bestandsnaam: "x", bronorganisatie: "", creatiedatum: "", titel: "", auteur: "", taal: "", informatieobjecttype: "" });
    // @ts-expect-error: nor a download
    void downloadDocument(zaken, "x");
    // @ts-expect-error: nor a lock
    void withLock(zaken, "x", () => 1);
  });

  it("withLock returns the callback's result; required metadata is required", () => {
    expectTypeOf(withLock(v150(options), "x", () => 42)).toEqualTypeOf<Promise<number>>();
    // @ts-expect-error: bronorganisatie and the other required metadata are missing
    void uploadDocument(v170(options), { content: "x", bestandsnaam: "x" });
  });
});
