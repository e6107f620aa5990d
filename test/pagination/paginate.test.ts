/**
 * `client.paginate()` over the real specs' list shapes (msw): page objects, bare arrays, HAL; loops,
 * limits, abort, POST searches, and parallel pages that answer out of order.
 */
import { HttpResponse, delay, http } from "msw";
import { describe, expect, it } from "vitest";
import { tokenAuth } from "../../src/auth/token-auth.js";
import { isConfigError } from "../../src/errors/config-error.js";
import { PaginationError } from "../../src/errors/pagination-error.js";
import { createBagClient } from "../../src/generated/bag/index.js";
import { createObjectenClient } from "../../src/generated/objecten/index.js";
import { createZakenClient } from "../../src/generated/zaken/1.5.1/index.js";
import { useMsw } from "../helpers/msw.js";

const server = useMsw();
const ZAKEN = "https://open-zaak.example.nl/zaken/api/v1";
const zaken = createZakenClient({ baseUrl: ZAKEN, retry: false });
const zaak = (n: number) => ({ url: `${ZAKEN}/zaken/${n}`, identificatie: `ZAAK-${n}` });

/** A page-object list of `total` zaken, `size` per page, answering `/zaken?page=N`. */
function zakenList(total: number, size: number, onPage: (page: number) => Promise<void> | void = () => undefined) {
  const seen: number[] = [];
  server.use(
    http.get(`${ZAKEN}/zaken`, async ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get("page") ?? "1");
      seen.push(page);
      await onPage(page);
      const first = (page - 1) * size + 1;
      const results = Array.from({ length: Math.max(0, Math.min(size, total - first + 1)) }, (_, i) => zaak(first + i));
      const next = first + size <= total ? `${ZAKEN}/zaken?page=${page + 1}` : null;
      return HttpResponse.json({ count: total, next, previous: page > 1 ? `${ZAKEN}/zaken?page=${page - 1}` : null, results });
    }),
  );
  return seen;
}

describe("page objects", () => {
  it("walks three pages in order, sequentially with concurrency 1, and reports progress", async () => {
    const seen = zakenList(25, 10);
    const progress: unknown[] = [];
    const ids: string[] = [];
    for await (const z of zaken.paginate("/zaken", undefined, { concurrency: 1, onProgress: (p) => progress.push(p) })) ids.push(z.identificatie ?? "");
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => `ZAAK-${i + 1}`));
    expect(seen).toEqual([1, 2, 3]);
    expect(progress).toEqual([
      { pages: 1, items: 10, total: 25 },
      { pages: 2, items: 20, total: 25 },
      { pages: 3, items: 25, total: 25 },
    ]);
  });

  it("yields pages with their metadata", async () => {
    zakenList(15, 10);
    const pages = [];
    for await (const page of zaken.paginate("/zaken").byPage()) pages.push({ n: page.number, items: page.items.length, count: page.count, next: page.next, previous: page.previous });
    expect(pages).toEqual([
      { n: 1, items: 10, count: 15, next: `${ZAKEN}/zaken?page=2`, previous: null },
      { n: 2, items: 5, count: 15, next: null, previous: `${ZAKEN}/zaken?page=1` },
    ]);
  });

  it("fetches the remaining pages in parallel, in order, when pages answer out of order", async () => {
    let inFlight = 0;
    let most = 0;
    const seen = zakenList(100, 10, async (page) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await delay(page === 1 ? 0 : 60 - page * 5); // later pages answer sooner
      inFlight--;
    });
    const items = await zaken.paginate("/zaken", undefined, { concurrency: 3 }).toArray({ maxItems: 1000 });
    expect(items.map((z) => z.identificatie)).toEqual(Array.from({ length: 100 }, (_, i) => `ZAAK-${i + 1}`));
    expect(new Set(seen)).toEqual(new Set(Array.from({ length: 10 }, (_, i) => i + 1)));
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
  });

  it("does not rely on count: an overstated count ends where next does, pages past the end are ignored", async () => {
    server.use(
      http.get(`${ZAKEN}/zaken`, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get("page") ?? "1");
        if (page > 3) return HttpResponse.json({ detail: "Ongeldige pagina." }, { status: 404 });
        const results = Array.from({ length: 10 }, (_, i) => zaak((page - 1) * 10 + i + 1));
        return HttpResponse.json({ count: 100, next: page < 3 ? `${ZAKEN}/zaken?page=${page + 1}` : null, previous: null, results });
      }),
    );
    const items = await zaken.paginate("/zaken", undefined, { concurrency: 4 }).toArray({ maxItems: 1000 });
    expect(items).toHaveLength(30);
  });

  it("goes on sequentially after a parallel page fails", async () => {
    let failedOnce = false;
    zakenList(40, 10);
    server.use(
      http.get(`${ZAKEN}/zaken`, ({ request }) => {
        if (new URL(request.url).searchParams.get("page") === "3" && !failedOnce) {
          failedOnce = true;
          return HttpResponse.json({ title: "busy" }, { status: 503 });
        }
        return undefined;
      }),
    );
    const items = await zaken.paginate("/zaken", undefined, { concurrency: 4 }).toArray({ maxItems: 100 });
    expect(items).toHaveLength(40);
    expect(failedOnce).toBe(true);
  });

  it("stops at maxItems without fetching further pages", async () => {
    const seen = zakenList(100, 10);
    const items = await zaken.paginate("/zaken", undefined, { concurrency: 1 }).toArray({ maxItems: 15 });
    expect(items).toHaveLength(15);
    expect(seen).toEqual([1, 2]);
  });

  it("ends a repeated next link with a typed error instead of looping", async () => {
    server.use(http.get(`${ZAKEN}/zaken`, () => HttpResponse.json({ next: `${ZAKEN}/zaken?page=2`, results: [zaak(1)] })));
    const walk = zaken.paginate("/zaken").toArray({ maxItems: 1000 });
    await expect(walk).rejects.toBeInstanceOf(PaginationError);
    await expect(walk).rejects.toMatchObject({ kind: "pagination", reason: "loop" });
  });

  it("ends with a typed error past maxPages", async () => {
    zakenList(50, 10);
    await expect(zaken.paginate("/zaken", undefined, { maxPages: 2, concurrency: 1 }).toArray({ maxItems: 1000 })).rejects.toMatchObject({ reason: "max-pages" });
  });

  it("stops when the signal aborts mid-walk", async () => {
    const controller = new AbortController();
    const seen = zakenList(50, 10);
    const ids: string[] = [];
    const walk = (async () => {
      for await (const z of zaken.paginate("/zaken", undefined, { concurrency: 1, signal: controller.signal })) {
        ids.push(z.identificatie ?? "");
        if (ids.length === 12) controller.abort(new Error("enough"));
      }
    })();
    await expect(walk).rejects.toThrow("enough");
    expect(seen).toEqual([1, 2]);
  });

  it("requires maxItems for toArray", async () => {
    // @ts-expect-error maxItems is required
    await expect(zaken.paginate("/zaken").toArray({})).rejects.toSatisfy(isConfigError);
  });
});

describe("other shapes and methods", () => {
  it("reads a bare array as one page", async () => {
    server.use(http.get(`${ZAKEN}/zaakinformatieobjecten`, () => HttpResponse.json([{ url: `${ZAKEN}/zaakinformatieobjecten/1` }, { url: `${ZAKEN}/zaakinformatieobjecten/2` }])));
    const sizes: number[] = [];
    for await (const page of zaken.paginate("/zaakinformatieobjecten").byPage()) sizes.push(page.items.length);
    expect(sizes).toEqual([2]);
  });

  it("re-sends the body of a POST search for every page", async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(`${ZAKEN}/zaken/_zoek`, async ({ request }) => {
        bodies.push(await request.json());
        const page = new URL(request.url).searchParams.get("page");
        return HttpResponse.json(page === "2" ? { count: 2, next: null, results: [zaak(2)] } : { count: 2, next: `${ZAKEN}/zaken/_zoek?page=2`, results: [zaak(1)] });
      }),
    );
    const items = await zaken.paginate("/zaken/_zoek", { body: { zaaktype__in: ["https://x"] } }, { concurrency: 1 }).toArray({ maxItems: 10 });
    expect(items.map((z) => z.identificatie)).toEqual(["ZAAK-1", "ZAAK-2"]);
    expect(bodies).toEqual([{ zaaktype__in: ["https://x"] }, { zaaktype__in: ["https://x"] }]);
  });

  it("follows BAG HAL pages by _links.next.href, page=N without pageSize (paginering.feature)", async () => {
    const BAG = "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2";
    const requested: string[] = [];
    server.use(
      http.get(`${BAG}/adressen`, ({ request }) => {
        const url = new URL(request.url);
        requested.push(url.search);
        const page = Number(url.searchParams.get("page") ?? "1");
        const adressen = Array.from({ length: page < 4 ? 20 : 5 }, (_, i) => ({ postcode: "2631CR", huisnummer: (page - 1) * 20 + i + 1 }));
        const link = (p: number) => ({ href: `${BAG}/adressen?postcode=2631CR&page=${p}` });
        return HttpResponse.json({ _links: { self: link(page), ...(page < 4 ? { next: link(page + 1) } : {}), last: link(4) }, _embedded: { adressen } }, { headers: { "content-type": "application/hal+json" } });
      }),
    );
    const bag = createBagClient({ baseUrl: BAG });
    const all = await bag.paginate("/adressen", { params: { query: { postcode: "2631CR" } } }).toArray({ maxItems: 1000 });
    expect(all).toHaveLength(65);
    expect(all[64]?.huisnummer).toBe(65);
    expect(requested).toEqual(["?postcode=2631CR", "?postcode=2631CR&page=2", "?postcode=2631CR&page=3", "?postcode=2631CR&page=4"]);
  });

  it("sends credentials to a next link on another host never", async () => {
    const OBJECTS = "https://objecten.example.nl/api/v2";
    const auth: (string | null)[] = [];
    server.use(
      http.get(`${OBJECTS}/objects`, ({ request }) => {
        auth.push(request.headers.get("authorization"));
        return HttpResponse.json({ count: 2, next: "https://elders.example.nl/api/v2/objects?page=2", previous: null, results: [{ uuid: "1" }] });
      }),
      http.get("https://elders.example.nl/api/v2/objects", ({ request }) => {
        auth.push(request.headers.get("authorization"));
        return HttpResponse.json({ count: 2, next: null, previous: null, results: [{ uuid: "2" }] });
      }),
    );
    const objecten = createObjectenClient({ baseUrl: OBJECTS, auth: tokenAuth("objects-token-0123456789") });
    expect(await objecten.paginate("/objects", undefined, { concurrency: 1 }).toArray({ maxItems: 10 })).toHaveLength(2);
    expect(auth).toEqual(["Token objects-token-0123456789", null]);
  });

  it("refuses a path that is not a list, at run time too", () => {
    expect(() => (zaken.paginate as (p: string) => unknown)("/zaken/{uuid}")).toThrow(/not a list operation/);
  });
});
