
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { objectsOfType } from "../../../src/apis/objecten/index.js";
import { isDataValidationError } from "../../../src/errors/data-validation-error.js";
import { isValidationError } from "../../../src/errors/guards.js";
import { createObjectenClient } from "../../../src/generated/objecten/index.js";
import { createObjecttypenClient } from "../../../src/generated/objecttypen/index.js";
import { recorder, server } from "../../helpers/msw.js";
import { testdata, useMsw } from "../wire.js";

const OBJECTEN = "https://objecten.example.nl/api/v2";
const OBJECTTYPEN = "https://objecttypen.example.nl/api/v2";
const TYPE = `${OBJECTTYPEN}/objecttypes/feeaa795-d212-4fa2-bb38-2c34996e5702`;
const boomSchema = JSON.parse(testdata("objecttypen", "objecttype-examples", "boom.json").replace(/^\uFEFF/, "")) as { properties: { beleidsstatus: { enum: string[] } } };
const BOOM = { beleidsstatus: boomSchema.properties.beleidsstatus.enum[0], kiemjaar: 1987 };

useMsw();
const objecten = createObjectenClient({ baseUrl: OBJECTEN, retry: false });
const objecttypen = createObjecttypenClient({ baseUrl: OBJECTTYPEN, retry: false });

/** The objecttype version (answers after `delay` ms, or with `fail()` first) and an Objects API that echoes creates. */
function serve(options: { delay?: number; fail?: number } = {}) {
  const { seen, record } = recorder();
  let failures = options.fail ?? 0;
  server.use(
    http.get(`${OBJECTTYPEN}/objecttypes/:uuid/versions/:version`, async ({ request }) => {
      await record(request);
      if (options.delay) await new Promise((r) => setTimeout(r, options.delay));
      if (failures-- > 0) return HttpResponse.json({ title: "boom" }, { status: 503 });
      return HttpResponse.json({ url: request.url, version: 1, objectType: TYPE, status: "published", jsonSchema: boomSchema });
    }),
    http.post(`${OBJECTEN}/objects`, async ({ request }) => {
      await record(request);
      const body = (await request.json()) as { type: string; record: object };
      return HttpResponse.json({ url: `${OBJECTEN}/objects/0b5c4a7e-3f21-4d8b-9a6c-5e4d3c2b1a09`, uuid: "0b5c4a7e-3f21-4d8b-9a6c-5e4d3c2b1a09", ...body }, { status: 201 });
    }),
  );
  return seen;
}
const schemaLoads = (seen: { url: URL }[]) => seen.filter((r) => r.url.hostname === "objecttypen.example.nl").length;

describe("objectsOfType schema cache (review 1.5)", () => {
  it("one caller aborting does not fail another write waiting for the same schema; the schema is fetched once", async () => {
    const seen = serve({ delay: 60 });
    const bomen = objectsOfType<typeof BOOM>(objecten, { type: TYPE, typeVersion: 1, objecttypen });
    const controller = new AbortController();
    const first = bomen.create(BOOM, { signal: controller.signal });
    const second = bomen.create(BOOM);
    controller.abort(new Error("user left"));
    await expect(first).rejects.toThrow("user left");
    await expect(second).resolves.toMatchObject({ type: TYPE });
    expect(schemaLoads(seen)).toBe(1);
  });

  it("a failed schema load is tried again on the next write", async () => {
    const seen = serve({ fail: 1 });
    const bomen = objectsOfType<typeof BOOM>(objecten, { type: TYPE, typeVersion: 1, objecttypen });
    await expect(bomen.create(BOOM)).rejects.toMatchObject({ status: 503 });
    await expect(bomen.create(BOOM)).resolves.toMatchObject({ type: TYPE });
    expect(schemaLoads(seen)).toBe(2);
  });
});

describe("objectsOfType data validation error (review 7)", () => {
  it("is a DataValidationError (a ValidationError) with invalidParams named data.field and the validator's message", async () => {
    const seen = serve();
    const bomen = objectsOfType<Record<string, unknown>>(objecten, { type: TYPE, typeVersion: 1, objecttypen });
    const error = await bomen.create({ ...BOOM, kiemjaar: "oud" }).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect(isDataValidationError(error)).toBe(true);
    if (!isDataValidationError(error)) return;
    const param = error.invalidParams.find((p) => p.name === "data.kiemjaar");
    expect(param?.code).toBe("invalid_type");
    expect(param?.reason).toBe(error.issues.find((i) => i.path.join(".") === "data.kiemjaar")?.message);
    expect(seen.filter((r) => r.url.hostname === "objecten.example.nl")).toEqual([]);
  });
});

describe("objectsOfType search dates and checks (review 1.4, 4)", () => {
  it("sends a Date filter as its Europe/Amsterdam day, not the UTC day", async () => {
    const { seen, record } = recorder();
    server.use(http.get(`${OBJECTEN}/objects`, async ({ request }) => {
      await record(request);
      return HttpResponse.json({ count: 0, next: null, previous: null, results: [] });
    }));
    const bomen = objectsOfType(objecten, { type: TYPE });
    await bomen.search({ where: [{ path: "geplant", op: "gte", value: new Date("2024-06-30T22:30:00Z") }] }).toArray({ maxItems: 10 });
    expect(seen[0]?.url.searchParams.getAll("data_attr")).toEqual(["geplant__gte__2024-07-01"]);
  });
});

describe("bundle hygiene (review 5)", () => {
  it("works without URL.canParse (Safari < 17, Chrome < 120)", () => {
    const canParse = URL.canParse;
    Reflect.deleteProperty(URL, "canParse"); // as in an older runtime
    try {
      expect(() => objectsOfType(objecten, { type: TYPE })).not.toThrow();
    } finally {
      URL.canParse = canParse;
    }
  });
});
