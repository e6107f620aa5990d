import { expect, expectTypeOf, it } from "vitest";
import { createCatalogiClient } from "../../src/generated/catalogi/index.js";
import { answer, expectWire, useMsw } from "./wire.js";

const BASE = "https://open-zaak.example.nl/catalogi/api/v1";
const CATALOGUS = `${BASE}/catalogussen/f6fa4e47-8b2b-4d8e-9b5e-6a0c2f5e6a01`;

function zaaktype(n: number) {
  return {
    url: `${BASE}/zaaktypen/00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    identificatie: `ZAAKTYPE-${n}`,
    omschrijving: n === 1 ? "Aanvraag omgevingsvergunning" : `Zaaktype ${n}`,
    catalogus: CATALOGUS,
    doorlooptijd: "P8W",
    beginGeldigheid: "2024-01-01",
    concept: false,
    trefwoorden: ["vergunning"],
  };
}

/** A page as Open Zaak sends it: `next`/`previous` are absolute URLs (page 1 without `page`) or null. */
function page(numbers: number[], next: number | null, previous: number | null) {
  const list = `${BASE}/zaaktypen?catalogus=${encodeURIComponent(CATALOGUS)}`;
  const link = (p: number | null) => (p === null ? null : p === 1 ? list : `${list}&page=${p}`);
  return { count: 3, next: link(next), previous: link(previous), results: numbers.map(zaaktype) };
}

useMsw();
const catalogi = createCatalogiClient({ baseUrl: BASE, headers: { Authorization: "Bearer test-token" } });

it("GET /zaaktypen pages through {count, next, previous, results} by following `next`", async () => {
  const seen = answer("get", `${BASE}/zaaktypen`, (url: URL) => (url.searchParams.get("page") === "2" ? page([3], null, 1) : page([1, 2], 2, null)));
  const first = await catalogi.GET("/zaaktypen", { params: { query: { catalogus: CATALOGUS, status: "definitief" } } });
  expectTypeOf(first.data?.next).toEqualTypeOf<string | null | undefined>();
  expect(first.data?.results?.map((z) => z.identificatie)).toEqual(["ZAAKTYPE-1", "ZAAKTYPE-2"]);
  expect(first.data?.results?.[0]?.omschrijving).toBe("Aanvraag omgevingsvergunning");

  const nextPage = Number(new URL(first.data?.next ?? "").searchParams.get("page"));
  expect(nextPage).toBe(2);
  const second = await catalogi.GET("/zaaktypen", { params: { query: { catalogus: CATALOGUS, page: nextPage } } });
  expect(second.data?.next).toBeNull();
  expect(second.data?.results?.[0]?.identificatie).toBe("ZAAKTYPE-3");

  expect(seen).toHaveLength(2);
  expect(seen[1]?.url.search).toBe(`?catalogus=${encodeURIComponent(CATALOGUS)}&page=2`);
  expectWire(seen[0]!, {
    method: "GET",
    path: "/catalogi/api/v1/zaaktypen",
    search: `?catalogus=${encodeURIComponent(CATALOGUS)}&status=definitief`,
    headers: { Authorization: "Bearer test-token" },
    absent: ["Accept-Crs", "Content-Type"],
  });
});

it("GET /zaaktypen joins trefwoorden with commas", async () => {
  const seen = answer("get", `${BASE}/zaaktypen`, page([1], null, null));
  const { data } = await catalogi.GET("/zaaktypen", { params: { query: { trefwoorden: ["vergunning", "bouw"], page: 1 } } });
  expect(seen[0]?.url.search).toBe("?trefwoorden=vergunning,bouw&page=1");
  expect(data?.count).toBe(3);
});

it("GET /zaaktypen/{uuid} reads one zaaktype", async () => {
  const one = zaaktype(1);
  const uuid = one.url.split("/").pop() ?? "";
  const seen = answer("get", `${BASE}/zaaktypen/:uuid`, one);
  const { data } = await catalogi.GET("/zaaktypen/{uuid}", { params: { path: { uuid } } });
  expectWire(seen[0]!, { method: "GET", path: `/catalogi/api/v1/zaaktypen/${uuid}`, search: "" });
  expectTypeOf(data!.concept).toEqualTypeOf<boolean>();
  expect(data?.doorlooptijd).toBe("P8W");
});
