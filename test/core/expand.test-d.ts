/** Type tests for typed `expand`: `_expand` typed by the requested list, one level and dotted paths. */
import { describe, expectTypeOf, it } from "vitest";
import type { ReadableBody } from "../../src/client/client-types.js";
import { createKlantinteractiesClient } from "../../src/generated/klantinteracties/index.js";
import type { Schemas as Zaken17 } from "../../src/generated/zaken/1.7.0/index.js";
import { createZakenClient } from "../../src/generated/zaken/1.7.0/index.js";

const zaken = createZakenClient({ baseUrl: "https://open-zaak.example.nl/zaken/api/v1" });
const klantinteracties = createKlantinteractiesClient({ baseUrl: "https://open-klant.example.nl/klantinteracties/api/v1" });

describe("typed expand", () => {
  it("makes the requested members present, one level deep", async () => {
    const { data } = await zaken.expand("/zaken/{uuid}", ["zaaktype", "status"], { params: { path: { uuid: "1" } } });
    if (!data) return;
    expectTypeOf(data._expand.zaaktype).not.toBeUndefined();
    expectTypeOf(data._expand.zaaktype).toEqualTypeOf<NonNullable<ReadableBody<Zaken17["ZaakEmbedded"]>["zaaktype"]>>();
    // not requested: stays optional
    expectTypeOf(data._expand.hoofdzaak).toBeNullable();
  });

  it("types dotted paths through the nested _expand", async () => {
    const { data } = await zaken.expand("/zaken/{uuid}", ["status.statustype"], { params: { path: { uuid: "1" } } });
    if (!data) return;
    expectTypeOf(data._expand.status._expand.statustype).not.toBeUndefined();
    expectTypeOf(data._expand.status._expand.statustype).toHaveProperty("omschrijving");
  });

  it("expands every item of a list", async () => {
    const { data } = await zaken.expand("/zaken", ["zaaktype"]);
    if (!data) return;
    expectTypeOf(data.results[0]!._expand.zaaktype).not.toBeUndefined();
  });

  it("refuses members the resource does not have", () => {
    // @ts-expect-error a zaak has no _expand.betrokkenen
    void zaken.expand("/zaken", ["betrokkenen"]);
  });

  it("works with Klantinteracties' expand arrays", async () => {
    const { data } = await klantinteracties.expand("/partijen", ["digitaleAdressen"]);
    if (!data) return;
    expectTypeOf(data.results[0]!._expand.digitaleAdressen).not.toBeUndefined();
  });
});
