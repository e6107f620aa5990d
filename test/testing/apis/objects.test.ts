import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { objectsOfType } from "../../../src/apis/objecten/index.js";
import { tokenAuth } from "../../../src/auth/token-auth.js";
import { createObjectenClient } from "../../../src/generated/objecten/index.js";
import { createObjecttypenClient } from "../../../src/generated/objecttypen/index.js";
import { type MockCommonGround, createMockCommonGround, seedUuid } from "../../../src/testing/index.js";

let mock: MockCommonGround;
let origin: string;
beforeAll(async () => {
  mock = await createMockCommonGround({ notify: false });
  ({ origin } = await mock.listen({ port: 0 }));
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const objecten = () => createObjectenClient({ baseUrl: mock.baseUrls.objecten, auth: tokenAuth(mock.credentials.token) });
const objecttypen = () => createObjecttypenClient({ baseUrl: mock.baseUrls.objecttypen, auth: tokenAuth(mock.credentials.token) });
const boomType = () => `${origin}/objecttypen/api/v2/objecttypes/${seedUuid(700)}`;
const meldingType = () => `${origin}/objecttypen/api/v2/objecttypes/${seedUuid(701)}`;
interface Boom {
  boomhoogteactueel?: number;
  kiemjaar?: number;
  beleidsstatus?: string;
}

async function post(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${mock.baseUrls.objecten}/objects`, {
    method: "POST",
    headers: { Authorization: `Token ${mock.credentials.token}`, "Content-Type": "application/json", "Content-Crs": "EPSG:4326" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("Objects / Objecttypen in the landscape mock", () => {
  it("serves the seeded objecttypes with versions and jsonSchema (boom, melding)", async () => {
    const { data } = await objecttypen().GET("/objecttypes/{objecttype_uuid}/versions/{version}", { params: { path: { objecttype_uuid: seedUuid(701), version: 1 } }, throwOnError: true });
    expect(data?.status).toBe("published");
    expect((data?.jsonSchema as { required?: string[] } | undefined)?.required).toEqual(["hoofdcategorie", "toelichting", "locatie"]);
  });

  it("objectsOfType creates, patches (recursive merge, index + 1), gets and searches with data_attr against the mock", async () => {
    const bomen = objectsOfType<Boom>(objecten(), { type: boomType(), typeVersion: 2, objecttypen: objecttypen() });
    const created = await bomen.create({ boomhoogteactueel: 20, kiemjaar: 1950 }, { startAt: "2025-01-01" });
    expect(created.type).toBe(boomType());
    expect(created.record).toMatchObject({ index: 1, typeVersion: 2, data: { boomhoogteactueel: 20, kiemjaar: 1950 }, startAt: "2025-01-01" });
    const patched = await bomen.patch(created.uuid, { kiemjaar: 1951 }, { startAt: "2025-02-01" });
    expect(patched.record).toMatchObject({ index: 2, data: { boomhoogteactueel: 20, kiemjaar: 1951 } });
    expect((await bomen.get(created.uuid)).record.data.kiemjaar).toBe(1951);
    const old = await bomen.search({ where: [{ path: ["kiemjaar"], op: "lt", value: 1990 }] }).toArray({ maxItems: 10 });
    expect(old.map((o) => o.record.data.kiemjaar).sort()).toEqual([1951, 1987]);
    const all = await bomen.all().toArray({ maxItems: 10 });
    expect(all).toHaveLength(3);
  });

  it("validates record.data against the version's jsonSchema: 400 non_field_errors as the Objects API (jsonschema's words)", async () => {
    const missing = await post({ type: meldingType(), record: { typeVersion: 1, data: { hoofdcategorie: "groen", toelichting: "x" }, startAt: "2025-01-01" } });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({ non_field_errors: ["'locatie' is a required property"] });
    const wrongType = await post({ type: boomType(), record: { typeVersion: 2, data: { boomhoogteactueel: "hoog" }, startAt: "2025-01-01" } });
    expect(wrongType.json).toEqual({ non_field_errors: ["'hoog' is not of type 'integer'"] });
    const notInEnum = await post({ type: meldingType(), record: { typeVersion: 1, data: { hoofdcategorie: "lucht", toelichting: "x", locatie: "y" }, startAt: "2025-01-01" } });
    expect(notInEnum.json.non_field_errors).toEqual(["'lucht' is not one of ['groen', 'grijs', 'water', 'overig', None]"]);
    const noVersion = await post({ type: boomType(), record: { typeVersion: 9, data: {}, startAt: "2025-01-01" } });
    expect(noVersion.json).toEqual({ non_field_errors: ["Object type version can not be retrieved."] });
    const noType = await post({ record: { typeVersion: 1, data: {}, startAt: "2025-01-01" } });
    expect(noType.json).toEqual({ type: ["Dit veld is vereist."] });
  });

  it("a PUT that breaks the schema is refused and the stored record stays; changing type is refused", async () => {
    const uuid = seedUuid(710);
    const put = await fetch(`${mock.baseUrls.objecten}/objects/${uuid}`, {
      method: "PUT",
      headers: { Authorization: `Token ${mock.credentials.token}`, "Content-Type": "application/json", "Content-Crs": "EPSG:4326" },
      body: JSON.stringify({ type: boomType(), record: { typeVersion: 2, data: { kiemjaar: 1990 }, startAt: "2025-01-01" } }),
    });
    expect(put.status).toBe(400);
    expect(await put.json()).toEqual({ non_field_errors: ["'boomhoogteactueel' is a required property"] });
    const { data } = await objecten().GET("/objects/{uuid}", { params: { path: { uuid } }, throwOnError: true });
    expect(data?.record.data).toMatchObject({ boomhoogteactueel: 12, kiemjaar: 1987 });
    const retype = await fetch(`${mock.baseUrls.objecten}/objects/${uuid}`, {
      method: "PATCH",
      headers: { Authorization: `Token ${mock.credentials.token}`, "Content-Type": "application/json", "Content-Crs": "EPSG:4326" },
      body: JSON.stringify({ type: meldingType() }),
    });
    expect(await retype.json()).toEqual({ type: ["This field can't be changed"] });
  });

  it("filters GET /objects by type, data_attr (repeated) and data_attrs; POST /objects/search; bad expressions → 400 per parameter", async () => {
    const list = async (query: string) => {
      const r = await fetch(`${mock.baseUrls.objecten}/objects?${query}`, { headers: { Authorization: `Token ${mock.credentials.token}` } });
      return { status: r.status, body: (await r.json()) as { count?: number; results?: { uuid: string }[]; data_attr?: string[] } };
    };
    const type = encodeURIComponent(boomType());
    expect((await list(`type=${type}`)).body.count).toBe(2);
    expect((await list(`type=${type}&data_attr=kiemjaar__gte__2000&data_attr=boomhoogteactueel__exact__6`)).body.results?.map((o) => o.uuid)).toEqual([seedUuid(712)]);
    expect((await list(`data_attr=beleidsstatus__icontains__monumentaal`)).body.results?.map((o) => o.uuid)).toEqual([seedUuid(710)]);
    expect((await list(`data_attrs=kiemjaar__gt__2000,boomhoogteactueel__lt__10`)).body.results?.map((o) => o.uuid)).toEqual([seedUuid(712)]);
    expect(await list(`data_attr=kiemjaar__between__1`)).toEqual({ status: 400, body: { data_attr: ["Comparison operator `between` is unknown"] } });
    expect((await list(`data_attr=naam__gt__abc`)).body).toEqual({ data_attr: ["Operator `gt` supports only dates and/or numeric values"] });
    const search = await fetch(`${mock.baseUrls.objecten}/objects/search`, {
      method: "POST",
      headers: { Authorization: `Token ${mock.credentials.token}`, "Content-Type": "application/json", "Content-Crs": "EPSG:4326" },
      body: JSON.stringify({ type: meldingType(), data_attr: "hoofdcategorie__exact__groen" }),
    });
    expect(((await search.json()) as { results: { uuid: string }[] }).results.map((o) => o.uuid)).toEqual([seedUuid(711)]);
  });

  it("401 without the Token", async () => {
    expect((await fetch(`${mock.baseUrls.objecten}/objects`)).status).toBe(401);
  });
});
