import { expect, expectTypeOf, it } from "vitest";
import { createObjecttypenClient } from "../../src/generated/objecttypen/index.js";
import { answer, expectOne, testdata, useMsw } from "./wire.js";

const BASE = "https://objecttypen.example.nl/api/v2";
const UUID = "feeaa795-d212-4fa2-bb38-2c34996e5702";
const TYPE = `${BASE}/objecttypes/${UUID}`;
// The example objecttype JSON schemas of the Objects API docs (shared test data).
const example = (name: string) => JSON.parse(testdata("objecttypen", "objecttype-examples", `${name}.json`)) as { title: string; required?: string[] };

useMsw();
const objecttypen = createObjecttypenClient({ baseUrl: BASE, headers: { Authorization: "Token test-token" } });

it("GET /objecttypes/{uuid}/versions/{version} returns the version with its JSON schema", async () => {
  const boom = example("boom");
  const seen = answer("get", `${BASE}/objecttypes/:uuid/versions/:version`, {
    url: `${TYPE}/versions/1`,
    version: 1,
    objectType: TYPE,
    status: "published",
    jsonSchema: boom,
    createdAt: "2024-01-10",
    modifiedAt: "2024-01-10",
    publishedAt: "2024-01-10",
  });
  const { data } = await objecttypen.GET("/objecttypes/{objecttype_uuid}/versions/{version}", { params: { path: { objecttype_uuid: UUID, version: 1 } } });
  expectOne(seen, { method: "GET", path: `/api/v2/objecttypes/${UUID}/versions/1`, search: "", headers: { Authorization: "Token test-token" } });
  expectTypeOf(data!.status).toEqualTypeOf<"published" | "draft" | "deprecated" | "" | undefined>();
  expectTypeOf(data!.jsonSchema).toBeUnknown();
  expect(data?.status).toBe("published");
  expect(data?.jsonSchema).toMatchObject({ title: "Boom", type: "object" });
});

it("POST /objecttypes/{uuid}/versions sends a new draft version with the melding schema", async () => {
  const melding = example("melding");
  const body = { status: "draft" as const, jsonSchema: melding };
  const seen = answer("post", `${BASE}/objecttypes/:uuid/versions`, { url: `${TYPE}/versions/2`, version: 2, objectType: TYPE, ...body }, { status: 201 });
  const { data } = await objecttypen.POST("/objecttypes/{objecttype_uuid}/versions", { params: { path: { objecttype_uuid: UUID } }, body });
  expectOne(seen, { method: "POST", path: `/api/v2/objecttypes/${UUID}/versions`, headers: { "Content-Type": "application/json" }, json: body });
  expect(melding.required).toContain("hoofdcategorie");
  expect(data?.version).toBe(2);
});

it("GET /objecttypes filters on dataClassification and pages", async () => {
  const seen = answer("get", `${BASE}/objecttypes`, {
    count: 1,
    next: null,
    previous: null,
    results: [{ url: TYPE, uuid: UUID, name: "boom", namePlural: "bomen", dataClassification: "open", versions: [`${TYPE}/versions/1`] }],
  });
  const { data } = await objecttypen.GET("/objecttypes", { params: { query: { dataClassification: "open", pageSize: 20 } } });
  expectOne(seen, { method: "GET", path: "/api/v2/objecttypes", search: "?dataClassification=open&pageSize=20" });
  expect(data?.results[0]?.namePlural).toBe("bomen");
});
