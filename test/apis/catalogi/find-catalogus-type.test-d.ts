import { describe, expectTypeOf, it } from "vitest";
import { findBesluittype, findInformatieobjecttype, findZaaktype } from "../../../src/apis/catalogi/index.js";
import type { FoundZaaktype, ZaaktypeFinder } from "../../../src/apis/catalogi/index.js";
import { createCatalogiClient as c120 } from "../../../src/generated/catalogi/1.2.0/index.js";
import { createCatalogiClient as c131oz } from "../../../src/generated/catalogi/1.3.1-openzaak-1.30.0/index.js";
import { createCatalogiClient as c131 } from "../../../src/generated/catalogi/1.3.1/index.js";
import { createCatalogiClient as c132 } from "../../../src/generated/catalogi/1.3.2/index.js";
import { createCatalogiClient as c133 } from "../../../src/generated/catalogi/1.3.3/index.js";
import { createZakenClient } from "../../../src/generated/zaken/1.7.0/index.js";

const options = { baseUrl: "https://open-zaak.example.nl/catalogi/api/v1" };

describe("catalogue type lookups accept every registered Catalogi version", () => {
  it("fits 1.3.3, 1.3.2, 1.3.1, 1.2.0 and Open Zaak 1.3.1 clients", () => {
    for (const client of [c133(options), c132(options), c131(options), c120(options), c131oz(options)]) {
      expectTypeOf(findZaaktype(client, { identificatie: "ZAAKTYPE-1" })).resolves.toEqualTypeOf<FoundZaaktype>();
      findInformatieobjecttype(client, { omschrijving: "Aanvraag" });
      findBesluittype(client, { omschrijving: "Vergunning" });
    }
  });

  it("refuses a client without the list, and a lookup without its key", () => {
    const zaken = createZakenClient({ baseUrl: "https://open-zaak.example.nl/zaken/api/v1" });
    // @ts-expect-error a Zaken client has no GET /zaaktypen
    findZaaktype(zaken, { identificatie: "ZAAKTYPE-1" });
    // @ts-expect-error a client that cannot paginate /zaaktypen does not fit
    const bare: ZaaktypeFinder = { paginate: (_path: "/besluittypen") => (async function* () {})() };
    void bare;
    // @ts-expect-error zaaktypen are keyed on identificatie, not omschrijving
    findZaaktype(c133(options), { omschrijving: "Aanvraag" });
    // @ts-expect-error informatieobjecttypen have no identificatie
    findInformatieobjecttype(c133(options), { identificatie: "IOT-1" });
  });
});
