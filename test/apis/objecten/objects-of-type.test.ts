import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { objectsOfType } from "../../../src/apis/objecten/index.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { isValidationError } from "../../../src/errors/guards.js";
import { createObjectenClient } from "../../../src/generated/objecten/index.js";
import { createObjecttypenClient } from "../../../src/generated/objecttypen/index.js";
import { recorder, server } from "../../helpers/msw.js";
import { testdata, useMsw } from "../wire.js";

const OBJECTEN = "https://objecten.example.nl/api/v2";
const OBJECTTYPEN = "https://objecttypen.example.nl/api/v2";
const TYPE_UUID = "feeaa795-d212-4fa2-bb38-2c34996e5702";
const TYPE = `${OBJECTTYPEN}/objecttypes/${TYPE_UUID}`;
const UUID = "0b5c4a7e-3f21-4d8b-9a6c-5e4d3c2b1a09";

/** A real example objecttype schema (maykinmedia/objects-api docs); vordering.json starts with a BOM. */
const example = (name: string): Record<string, unknown> => JSON.parse(testdata("objecttypen", "objecttype-examples", `${name}.json`).replace(/^\uFEFF/, ""));
const boom = example("boom") as { properties: { beleidsstatus: { enum: string[] } } };
const BOOM = { beleidsstatus: boom.properties.beleidsstatus.enum[0] as string, kiemjaar: 1987, boomhoogteactueel: 14 };

useMsw();
const objecten = createObjectenClient({ baseUrl: OBJECTEN, headers: { Authorization: "Token objecten-token" } });
const objecttypen = createObjecttypenClient({ baseUrl: OBJECTTYPEN, headers: { Authorization: "Token objecttypen-token" } });

/** Serves version 1 of the objecttype with `jsonSchema`, and an Objects API that echoes writes as objects. */
function fakeApis(jsonSchema: unknown) {
  const { seen, record } = recorder();
  const asObject = (body: { type: string; record: Record<string, unknown> }, uuid = UUID) => ({
    url: `${OBJECTEN}/objects/${uuid}`,
    uuid,
    type: body.type,
    record: { index: 1, ...body.record, endAt: null, registrationAt: "2024-06-03", correctionFor: null, correctedBy: null },
  });
  server.use(
    http.get(`${OBJECTTYPEN}/objecttypes/:uuid/versions/:version`, async ({ request, params }) => {
      await record(request);
      return HttpResponse.json({ url: request.url, version: Number(params.version), objectType: TYPE, status: "published", jsonSchema });
    }),
    http.post(`${OBJECTEN}/objects`, async ({ request }) => {
      await record(request);
      return HttpResponse.json(asObject((await request.json()) as never), { status: 201 });
    }),
    http.put(`${OBJECTEN}/objects/:uuid`, async ({ request, params }) => {
      await record(request);
      return HttpResponse.json(asObject((await request.json()) as never, String(params.uuid)));
    }),
    http.patch(`${OBJECTEN}/objects/:uuid`, async ({ request, params }) => {
      await record(request);
      return HttpResponse.json(asObject((await request.json()) as never, String(params.uuid)));
    }),
  );
  return seen;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected a rejection"),
    (error: unknown) => error,
  );
}

describe("objectsOfType writes", () => {
  it("validates boom data against the objecttype's JSON schema and sends the record (schema fetched once)", async () => {
    const seen = fakeApis(example("boom"));
    const bomen = objectsOfType<typeof BOOM>(objecten, { type: TYPE, typeVersion: 1, objecttypen });
    const created = await bomen.create(BOOM, { startAt: "2024-06-03", geometry: { type: "Point", coordinates: [5.1214, 52.0907] } });
    expect(created.record.data).toEqual(BOOM);
    await bomen.update(UUID, { ...BOOM, kiemjaar: 1988 }, { startAt: "2024-06-04" });
    const versionReads = seen.filter((r) => r.url.pathname.includes("/versions/"));
    expect(versionReads).toHaveLength(1);
    expect(versionReads[0]?.url.pathname).toBe(`/api/v2/objecttypes/${TYPE_UUID}/versions/1`);
    expect(versionReads[0]?.headers.get("Authorization")).toBe("Token objecttypen-token");
    const [post, put] = seen.filter((r) => r.url.hostname === "objecten.example.nl");
    expect(post?.method).toBe("POST");
    expect(post?.headers.get("Content-Crs")).toBe("EPSG:4326");
    expect(JSON.parse(post?.body ?? "")).toEqual({ type: TYPE, record: { typeVersion: 1, data: BOOM, startAt: "2024-06-03", geometry: { type: "Point", coordinates: [5.1214, 52.0907] } } });
    expect(put?.method).toBe("PUT");
    expect(put?.url.pathname).toBe(`/api/v2/objects/${UUID}`);
    expect(JSON.parse(put?.body ?? "").record).toEqual({ typeVersion: 1, data: { ...BOOM, kiemjaar: 1988 }, startAt: "2024-06-04" });
  });

  it("sends nothing for invalid boom data; the ValidationError names the fields with the schema's rules", async () => {
    const seen = fakeApis(example("boom"));
    const bomen = objectsOfType<Record<string, unknown>>(objecten, { type: TYPE, typeVersion: 1, objecttypen });
    const error = await rejection(bomen.create({ beleidsstatus: "Gekapt", kiemjaar: "1987", onbekend: true }));
    expect(isValidationError(error)).toBe(true);
    if (!isValidationError(error)) return;
    const byPath = Object.fromEntries(error.issues.map((i) => [i.path.join("."), i.message]));
    // The enum of the schema, the integer type of kiemjaar, and additionalProperties: false.
    expect(byPath["data.beleidsstatus"]).toContain(boom.properties.beleidsstatus.enum[0]);
    expect(byPath["data.kiemjaar"]).toMatch(/expected number/);
    expect(Object.keys(byPath)).toContain("data");
    expect(error.message).toContain("data.beleidsstatus");
    expect(seen.filter((r) => r.url.hostname === "objecten.example.nl")).toEqual([]);
  });

  it("enforces melding's required fields even where the schema gives a default, except in a patch", async () => {
    const seen = fakeApis(example("melding"));
    const meldingen = objectsOfType<Record<string, unknown>>(objecten, { type: TYPE, typeVersion: 1, objecttypen });
    const error = await rejection(meldingen.create({ hoofdcategorie: "groen" }));
    expect(isValidationError(error) && error.issues.map((i) => i.path.join(".")).sort()).toEqual(["data.locatie", "data.toelichting"]);
    const ok = (example("melding") as { examples: Record<string, unknown>[] }).examples[0] as Record<string, unknown>;
    await meldingen.create(ok, { startAt: "2024-06-03" });
    await meldingen.patch(UUID, { toelichting: "struiken weggehaald" }, { startAt: "2024-06-05" });
    const writes = seen.filter((r) => r.url.hostname === "objecten.example.nl");
    expect(writes.map((r) => r.method)).toEqual(["POST", "PATCH"]);
    expect(JSON.parse(writes[1]?.body ?? "").record).toEqual({ typeVersion: 1, data: { toelichting: "struiken weggehaald" }, startAt: "2024-06-05" });
    // A patch is still checked on the fields it has.
    const badPatch = await rejection(meldingen.patch(UUID, { toelichting: 12 }));
    expect(isValidationError(badPatch) && badPatch.issues[0]?.path).toEqual(["data", "toelichting"]);
  });

  it("checks vordering's nested definitions ($ref) with the schema's pattern", async () => {
    const seen = fakeApis(example("vordering"));
    const vorderingen = objectsOfType<Record<string, unknown>>(objecten, { type: TYPE, typeVersion: 1, objecttypen });
    const error = await rejection(vorderingen.create({ Vordering: { Id: "not-a-guid", Categorie: "Gehuwd" } }));
    expect(isValidationError(error)).toBe(true);
    if (isValidationError(error)) {
      expect(error.issues[0]?.path).toEqual(["data", "Vordering", "Id"]);
      expect(error.issues[0]?.message).toContain("[0-9a-fA-F]");
    }
    const VORDERING = {
      Id: "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
      Status: "open",
      Subcategorie: "terugvordering",
      Categorie: "Gehuwd",
      VaststeldatumTerugvordering: "2024-05-01",
      Priotype: "normaal",
      Vorderingtype: "Algemeen",
      Regeling: "Participatiewet",
      Fiscaal: "Nee",
      PeriodeStartdatum: "2024-01-01",
      PeriodeEinddatum: "2024-03-31",
    };
    const missing = await rejection(vorderingen.create({ Vordering: { ...VORDERING, Status: undefined } }));
    expect(isValidationError(missing) && missing.issues.map((i) => i.path.join("."))).toEqual(["data.Vordering.Status"]);
    await vorderingen.create({ Vordering: VORDERING });
    expect(seen.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("checks its arguments before any request", async () => {
    const seen = fakeApis(example("boom"));
    expect(() => objectsOfType(objecten, { type: "objecttypes/1" })).toThrow(expect.objectContaining({ name: "ConfigError" }));
    expect(() => objectsOfType(objecten, { type: TYPE, typeVersion: 0 })).toThrow(expect.objectContaining({ name: "ConfigError" }));
    const unversioned = objectsOfType<typeof BOOM>(objecten, { type: TYPE });
    expect(isConfigError(await rejection(unversioned.create(BOOM)))).toBe(true);
    const bomen = objectsOfType<typeof BOOM>(objecten, { type: TYPE, typeVersion: 1, objecttypen });
    expect(isConfigError(await rejection(bomen.update("not-a-uuid", BOOM)))).toBe(true);
    expect(isConfigError(await rejection(bomen.create(BOOM, { startAt: "3 juni" })))).toBe(true);
    expect(isConfigError(await rejection(bomen.create([] as never)))).toBe(true);
    // An objecttype of another API than the objecttypen client's cannot be looked up there.
    const elsewhere = objectsOfType<typeof BOOM>(objecten, { type: `https://elders.example.nl/api/v2/objecttypes/${TYPE_UUID}`, typeVersion: 1, objecttypen });
    expect(isConfigError(await rejection(elsewhere.create(BOOM)))).toBe(true);
    expect(seen).toEqual([]);
  });

  it("defaults startAt to today in Europe/Amsterdam and skips validation without objecttypen", async () => {
    const seen = fakeApis(example("boom"));
    await objectsOfType<Record<string, unknown>>(objecten, { type: TYPE, typeVersion: 2 }).create({ anything: "goes" });
    expect(seen).toHaveLength(1);
    const record = JSON.parse(seen[0]?.body ?? "").record;
    expect(record.startAt).toBe(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date()));
    expect(record.typeVersion).toBe(2);
  });
});
