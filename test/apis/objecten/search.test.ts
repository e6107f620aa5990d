import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { objectsOfType } from "../../../src/apis/objecten/index.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { createObjectenClient } from "../../../src/generated/objecten/index.js";
import { recorder, server } from "../../helpers/msw.js";
import { useMsw } from "../wire.js";

const BASE = "https://objecten.example.nl/api/v2";
const TYPE = "https://objecttypen.example.nl/api/v2/objecttypes/feeaa795-d212-4fa2-bb38-2c34996e5702";
const object = (n: number) => ({
  url: `${BASE}/objects/0b5c4a7e-3f21-4d8b-9a6c-5e4d3c2b1a0${n}`,
  uuid: `0b5c4a7e-3f21-4d8b-9a6c-5e4d3c2b1a0${n}`,
  type: TYPE,
  record: { index: 1, typeVersion: 1, data: { kiemjaar: 1980 + n }, geometry: null, startAt: "2024-06-03", endAt: null, registrationAt: "2024-06-03", correctionFor: null, correctedBy: null },
});
const AREA = { type: "Polygon" as const, coordinates: [[[5.1, 52.0], [5.2, 52.0], [5.2, 52.1], [5.1, 52.0]]] };

useMsw();
const objecten = createObjectenClient({ baseUrl: BASE, headers: { Authorization: "Token test-token" } });
const bomen = objectsOfType<{ kiemjaar: number; naam?: string }>(objecten, { type: TYPE, typeVersion: 1 });

/** Two pages of objects, on GET /objects and POST /objects/search. */
function pagedObjects() {
  const { seen, record } = recorder();
  const page = async (request: Request) => {
    await record(request);
    const second = new URL(request.url).searchParams.get("page") === "2";
    const base = new URL(request.url);
    base.searchParams.set("page", "2");
    return HttpResponse.json(second ? { count: 3, next: null, previous: null, results: [object(3)] } : { count: 3, next: base.href, previous: null, results: [object(1), object(2)] });
  };
  server.use(http.get(`${BASE}/objects`, ({ request }) => page(request)), http.post(`${BASE}/objects/search`, ({ request }) => page(request)));
  return seen;
}

describe("objectsOfType reads", () => {
  it("all() walks every page of the type", async () => {
    const seen = pagedObjects();
    const all = [];
    for await (const boom of bomen.all()) all.push(boom.record.data.kiemjaar);
    expect(all).toEqual([1981, 1982, 1983]);
    expect(seen.map((r) => r.url.search)).toEqual([`?type=${encodeURIComponent(TYPE)}`, `?type=${encodeURIComponent(TYPE)}&page=2`]);
  });

  it("search() sends each filter as its own data_attr, so commas and quotes in values stay inside their filter", async () => {
    const seen = pagedObjects();
    const found = await bomen
      .search({
        where: [
          { path: "kiemjaar", op: "gte", value: 1980 },
          { path: ["adres", "straat"], op: "exact", value: `Dam 1, "Amsterdam" d'r` },
          { path: "soort", op: "in", value: ["eik", "beuk"] },
          { path: "geplant", op: "lt", value: new Date("2001-02-03T00:00:00Z") },
        ],
        pageSize: 2,
      })
      .toArray({ maxItems: 10 });
    expect(found).toHaveLength(3);
    const first = seen[0]?.url as URL;
    expect(first.searchParams.get("type")).toBe(TYPE);
    expect(first.searchParams.getAll("data_attr")).toEqual(["kiemjaar__gte__1980", `adres__straat__exact__Dam 1, "Amsterdam" d'r`, "soort__in__eik|beuk", "geplant__lt__2001-02-03"]);
    expect(first.searchParams.get("pageSize")).toBe("2");
    expect(first.search).not.toContain("data_attrs");
    expect(first.search).toContain("%2C");
  });

  it("search() with within POSTs /objects/search with the geometry and one data_attr", async () => {
    const seen = pagedObjects();
    const found = await bomen.search({ within: AREA, where: [{ path: "naam", op: "icontains", value: "eik, groot" }] }).toArray({ maxItems: 10 });
    expect(found).toHaveLength(3);
    expect(seen[0]?.method).toBe("POST");
    expect(seen[0]?.headers.get("Content-Crs")).toBe("EPSG:4326");
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual({ type: TYPE, geometry: { within: AREA }, data_attr: "naam__icontains__eik, groot" });
  });

  it("search() with within and several filters uses the comma-separated data_attrs, and refuses a comma in a value", async () => {
    const seen = pagedObjects();
    await bomen.search({ within: AREA, where: [{ path: "kiemjaar", op: "gt", value: 1900 }, { path: "naam", op: "exact", value: "eik" }] }).toArray({ maxItems: 10 });
    expect(JSON.parse(seen[0]?.body ?? "").data_attrs).toBe("kiemjaar__gt__1900,naam__exact__eik");
    const before = seen.length;
    expect(() => bomen.search({ within: AREA, where: [{ path: "kiemjaar", op: "gt", value: 1900 }, { path: "naam", op: "exact", value: "eik,beuk" }] })).toThrow(
      expect.objectContaining({ name: "ConfigError" }),
    );
    expect(seen).toHaveLength(before);
  });

  it.each([
    ["a value with __ (would read another operator)", { path: "naam", op: "exact", value: "eik__gt__1" }],
    ["a value starting with _", { path: "naam", op: "exact", value: "_eik" }],
    ["a key with __ (pass nested keys as a list)", { path: "adres__straat", op: "exact", value: "Dam" }],
    ["a key with a comma", { path: "a,b", op: "exact", value: "x" }],
    ["a key ending in _", { path: ["adres_", "straat"], op: "exact", value: "x" }],
    ["an in item with |", { path: "soort", op: "in", value: ["eik|beuk"] }],
    ["a list for another operator", { path: "soort", op: "exact", value: ["eik"] }],
    ["gt on text", { path: "naam", op: "gt", value: "eik" }],
    ["an unknown operator", { path: "naam", op: "startswith", value: "eik" }],
    ["a non-finite number", { path: "kiemjaar", op: "exact", value: Number.NaN }],
  ])("search() refuses %s with a ConfigError and sends nothing", (_, filter) => {
    const seen = pagedObjects();
    let error: unknown;
    try {
      bomen.search({ where: [filter as never] });
    } catch (e) {
      error = e;
    }
    expect(isConfigError(error)).toBe(true);
    if (isConfigError(error)) expect(error.issues[0]?.path).toMatch(/^where\.0\./);
    expect(seen).toEqual([]);
  });

  it("get() reads one object, and refuses one of another objecttype", async () => {
    const { seen, record } = recorder();
    server.use(
      http.get(`${BASE}/objects/:uuid`, async ({ request, params }) => {
        await record(request);
        const found = object(1);
        return HttpResponse.json(params.uuid === found.uuid ? found : { ...object(2), type: `${TYPE.slice(0, -1)}9` });
      }),
    );
    expect((await bomen.get(object(1).uuid)).record.data).toEqual({ kiemjaar: 1981 });
    await expect(bomen.get(object(2).uuid)).rejects.toMatchObject({ name: "ValidationError", issues: [{ path: ["type"], code: "other_objecttype" }] });
    expect(seen).toHaveLength(2);
  });
});
