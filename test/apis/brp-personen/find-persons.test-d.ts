import { describe, expectTypeOf, it } from "vitest";
import { createBrpPersonenClient as createV1 } from "../../../src/generated/brp-personen/1.3.1/index.js";
import { createBrpPersonenClient, findPersons, type FindPersonsResult, type PersonenClient } from "../../../src/generated/brp-personen/index.js";

describe("findPersons client typing", () => {
  it("takes a 2.x client and refuses the 1.3 client, which has no POST /personen", () => {
    const v2 = createBrpPersonenClient({ baseUrl: "https://example.nl/haalcentraal/api/brp" });
    const v1 = createV1({ baseUrl: "https://example.nl/haalcentraal/api/brp" });
    expectTypeOf(v2).toMatchTypeOf<PersonenClient>();
    // @ts-expect-error: BRP 1.3 has GET /ingeschrevenpersonen, not POST /personen
    findPersons(v1, { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["999993653"], fields: ["naam"] });
    expectTypeOf(findPersons(v2, { type: "ZoekMetNummeraanduidingIdentificatie", nummeraanduidingIdentificatie: "0599200051001501", fields: ["naam"] })).resolves.toEqualTypeOf<
      FindPersonsResult<"ZoekMetNummeraanduidingIdentificatie">
    >();
    // @ts-expect-error: fields is required
    findPersons(v2, { type: "ZoekMetNummeraanduidingIdentificatie", nummeraanduidingIdentificatie: "0599200051001501" });
  });
});
