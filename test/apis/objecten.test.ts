import { expect, expectTypeOf, it } from "vitest";
import { createObjectenClient } from "../../src/generated/objecten/index.js";
import { answer, expectOne, testdata, useMsw } from "./wire.js";

const BASE = "https://objecten.example.nl/api/v2";
const OBJECTTYPE = "https://objecttypen.example.nl/api/v2/objecttypes/feeaa795-d212-4fa2-bb38-2c34996e5702";
const UUID = "0b5c4a7e-3f21-4d8b-9a6c-5e4d3c2b1a09";
// A record that fits the "boom" objecttype example (shared test data): a value from its enum.
const boom = JSON.parse(testdata("objecttypen", "objecttype-examples", "boom.json")) as { properties: { beleidsstatus: { enum: string[] } } };
const DATA = { beleidsstatus: boom.properties.beleidsstatus.enum[0], kiemjaar: 1987, boomhoogteactueel: 14 };
const GEOMETRY = { type: "Point" as const, coordinates: [5.1214, 52.0907] };
const OBJECT = {
  url: `${BASE}/objects/${UUID}`,
  uuid: UUID,
  type: OBJECTTYPE,
  record: { index: 1, typeVersion: 1, data: DATA, geometry: GEOMETRY, references: [], startAt: "2024-06-03", endAt: null, registrationAt: "2024-06-03", correctionFor: null, correctedBy: null },
};

useMsw();
const objecten = createObjectenClient({ baseUrl: BASE, headers: { Authorization: "Token test-token" } });

it("POST /objects sends Content-Crs and Content-Type (required by the spec) with the record", async () => {
  const body = { type: OBJECTTYPE, record: { typeVersion: 1, data: DATA, geometry: GEOMETRY, references: [], startAt: "2024-06-03" } };
  const seen = answer("post", `${BASE}/objects`, OBJECT, { status: 201, headers: { "Content-Crs": "EPSG:4326" } });
  const { data, response } = await objecten.POST("/objects", { body });
  expectOne(seen, {
    method: "POST",
    path: "/api/v2/objects",
    headers: { "Content-Crs": "EPSG:4326", "Content-Type": "application/json", Authorization: "Token test-token" },
    absent: ["Accept-Crs"],
    json: body,
  });
  expect(response.headers.get("Content-Crs")).toBe("EPSG:4326");
  expectTypeOf(data!.record.data).toEqualTypeOf<{ [key: string]: unknown } | undefined>();
  expect(data?.record.data?.beleidsstatus).toBe("Structuurbepalend/hoofd(groen/bomen)structuur");
});

it("GET /objects filters on type and data_attr; Accept-Crs is optional and passed by the caller", async () => {
  const seen = answer("get", `${BASE}/objects`, { count: 1, next: null, previous: null, results: [OBJECT] });
  const { data } = await objecten.GET("/objects", {
    params: { query: { type: OBJECTTYPE, data_attr: "kiemjaar__gte__1980", pageSize: 10 }, header: { "Accept-Crs": "EPSG:4326" } },
  });
  expectOne(seen, {
    method: "GET",
    path: "/api/v2/objects",
    search: `?type=${encodeURIComponent(OBJECTTYPE)}&data_attr=kiemjaar__gte__1980&pageSize=10`,
    headers: { "Accept-Crs": "EPSG:4326" },
  });
  const record = data?.results[0]?.record;
  expect(record?.typeVersion).toBe(1);
  expect(record?.geometry).toEqual(GEOMETRY);
  expect(record?.geometry?.type).toBe("Point");
  if (record?.geometry?.type === "Point") expectTypeOf(record.geometry.coordinates).toEqualTypeOf<number[]>();
});
