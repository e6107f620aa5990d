import { expect, expectTypeOf, it } from "vitest";
import { createKlantenClient } from "../../src/generated/klanten/index.js";
import { cassette, expectWire, replay, useMsw } from "./wire.js";

// Recorded by Open Klant's migration tests against a real Klanten API 1.0 (Open Klant 1.x).
const CASSETTES = "vcr-cassettes-openklant-migration";
const BASE = "http://localhost:8000/klanten/api/v1";

useMsw();
const klanten = createKlantenClient({ baseUrl: BASE });

it("GET /klanten answers a recorded response, blank geslachtsaanduiding (\"\") included", async () => {
  const seen = replay(cassette("klanten", CASSETTES, "test_natuurlijk_persoon.yaml"));
  const { data, error } = await klanten.GET("/klanten");
  expect(error).toBeUndefined();
  expectWire(seen[0]!, { method: "GET", path: "/klanten/api/v1/klanten", search: "", absent: ["Content-Type"] });
  expect(data?.count).toBe(1);
  const klant = data?.results[0];
  expect(klant?.subjectType).toBe("natuurlijk_persoon");
  expect(klant?.achternaam).toBe("Potter");
  // Klant's discriminator on subjectType has no explicit mapping: the overlay maps it by schema name.
  const persoon = klant?.subjectType === "natuurlijk_persoon" ? klant : undefined;
  expectTypeOf(persoon!.subjectIdentificatie!.geslachtsaanduiding).toEqualTypeOf<"m" | "v" | "o" | "" | undefined>();
  expect(persoon?.subjectIdentificatie?.geslachtsaanduiding).toBe("");
  expect(persoon?.subjectIdentificatie?.geboortedatum).toBe("1973-02-23");
});

it("GET /klanten?page=2 follows the recorded `next` link", async () => {
  const seen = replay(cassette("klanten", CASSETTES, "test_pagination.yaml"));
  const first = await klanten.GET("/klanten");
  expect(first.data?.next).toBe(`${BASE}/klanten?page=2`);
  const page = Number(new URL(first.data?.next ?? "").searchParams.get("page"));
  const second = await klanten.GET("/klanten", { params: { query: { page } } });
  expect(seen.map((r) => r.url.search)).toEqual(["", "?page=2"]);
  expect(second.data?.next).toBeNull();
  expect(second.data?.previous).toBe(`${BASE}/klanten`);
  expect((first.data?.results.length ?? 0) + (second.data?.results.length ?? 0)).toBe(first.data?.count);
});
