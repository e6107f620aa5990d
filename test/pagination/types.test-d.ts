/** Type tests for `paginate`: list operations only, item types inferred per list shape. */
import { describe, expectTypeOf, it } from "vitest";
import { createBagClient } from "../../src/generated/bag/index.js";
import type { Schemas as ZakenSchemas } from "../../src/generated/zaken/1.5.1/index.js";
import { createZakenClient } from "../../src/generated/zaken/1.5.1/index.js";
import type { ReadableBody } from "../../src/client/client-types.js";
import type { Page } from "../../src/pagination/page.js";

type Zaak = ReadableBody<ZakenSchemas["Zaak"]>;

const zaken = createZakenClient({ baseUrl: "https://open-zaak.example.nl/zaken/api/v1" });
const bag = createBagClient({ baseUrl: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2" });

describe("paginate types", () => {
  it("infers page-object items", () => {
    const list = zaken.paginate("/zaken", { params: { query: { bronorganisatie: "002220647" } } });
    expectTypeOf(list.toArray({ maxItems: 10 })).resolves.toEqualTypeOf<Zaak[]>();
  });

  it("infers bare-array items and HAL items", () => {
    expectTypeOf(zaken.paginate("/zaakinformatieobjecten").byPage()).toEqualTypeOf<AsyncIterableIterator<Page<ReadableBody<ZakenSchemas["ZaakInformatieObject"]>>>>();
    type Adres = Awaited<ReturnType<ReturnType<typeof bag.paginate<"/adressen">>["toArray"]>>[number];
    expectTypeOf<Adres>().toHaveProperty("postcode");
  });

  it("paginates POST searches", () => {
    const found = zaken.paginate("/zaken/_zoek", { body: { zaaktype__in: ["https://x"] } });
    expectTypeOf(found.toArray({ maxItems: 1 })).resolves.toEqualTypeOf<Zaak[]>();
  });

  it("refuses paths that are not lists, and unknown query parameters", () => {
    // @ts-expect-error a single zaak is not a list
    zaken.paginate("/zaken/{uuid}", { params: { path: { uuid: "x" } } });
    // @ts-expect-error not a filter of /zaken
    zaken.paginate("/zaken", { params: { query: { zaakTypo: "x" } } });
  });
});
