/**
 * BRP Personen 1.3 (legacy `GET /ingeschrevenpersonen`, HAL): the generic `client.paginate` reads the
 * `_embedded.ingeschrevenpersonen` collection, typed, and follows a `_links.next` when a gateway adds one.
 */
import type { ReadableBody } from "../../../src/client/client-types.js";
import { expect, expectTypeOf, it } from "vitest";
import { createBrpPersonenClient, type Schemas } from "../../../src/generated/brp-personen/1.3.1/index.js";
import { answer, expectWire, useMsw } from "../wire.js";

const BASE = "https://www.haalcentraal.nl/haalcentraal/api/brp";
useMsw();

// Shaped like the spec's IngeschrevenPersoonHalCollectie; persons from testdata/v1.3.1/testdata.json.
const person = (bsn: string, geslachtsnaam: string) => ({
  burgerservicenummer: bsn,
  naam: { geslachtsnaam },
  _links: { self: { href: `${BASE}/ingeschrevenpersonen/${bsn}` } },
});

it("paginates GET /ingeschrevenpersonen over the HAL collection (and a next link)", async () => {
  const seen = answer("get", `${BASE}/ingeschrevenpersonen`, (url: URL) =>
    url.searchParams.get("page") === "2"
      ? { _links: { self: { href: url.href } }, _embedded: { ingeschrevenpersonen: [person("999990032", "Jansen")] } }
      : {
          _links: { self: { href: url.href }, next: { href: `${BASE}/ingeschrevenpersonen?naam__geslachtsnaam=Jansen&geboorte__datum=1983-05-26&fields=burgerservicenummer,naam&page=2` } },
          _embedded: { ingeschrevenpersonen: [person("999990019", "Jansen"), person("999990020", "Jansen")] },
        },
    { type: "application/hal+json" },
  );
  const brp = createBrpPersonenClient({ baseUrl: BASE });
  const found = brp.paginate("/ingeschrevenpersonen", { params: { query: { naam__geslachtsnaam: "Jansen", geboorte__datum: "1983-05-26", fields: "burgerservicenummer,naam" } } });
  const personen = await found.toArray({ maxItems: 10 });
  expectTypeOf(personen).toEqualTypeOf<ReadableBody<Schemas["IngeschrevenPersoonHal"]>[]>();
  expect(personen.map((p) => p.burgerservicenummer)).toEqual(["999990019", "999990020", "999990032"]);
  expect(seen).toHaveLength(2);
  expectWire(seen[0]!, { method: "GET", path: "/haalcentraal/api/brp/ingeschrevenpersonen", search: "?naam__geslachtsnaam=Jansen&geboorte__datum=1983-05-26&fields=burgerservicenummer%2Cnaam" });
  expect(seen[1]?.url.searchParams.get("page")).toBe("2");
});

it("a single HAL page without next ends the walk; burgerservicenummer is sent comma-separated", async () => {
  const seen = answer("get", `${BASE}/ingeschrevenpersonen`, { _links: { self: { href: `${BASE}/ingeschrevenpersonen` } }, _embedded: { ingeschrevenpersonen: [person("999990019", "Jansen")] } }, { type: "application/hal+json" });
  const brp = createBrpPersonenClient({ baseUrl: BASE });
  const personen = await brp.paginate("/ingeschrevenpersonen", { params: { query: { burgerservicenummer: ["999990019", "999990020"] } } }).toArray({ maxItems: 10 });
  expect(personen).toHaveLength(1);
  expect(seen).toHaveLength(1);
  expect(seen[0]?.url.searchParams.get("burgerservicenummer")).toBe("999990019,999990020");
});
