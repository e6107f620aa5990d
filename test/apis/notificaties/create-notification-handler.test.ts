import { describe, expect, it, vi } from "vitest";
import { type NotificationEvent, createNotificationHandler } from "../../../src/apis/notificaties/index.js";
import { isConfigError } from "../../../src/errors/config-error.js";

const AUTH = "Bearer 9f3c1b7e-webhook-secret";
const HOOK = "https://zac.example.nl/api/notificaties";
// A delivery as Open Notificaties posts it for a new status of a zaak (Notificatie, webhook spec 1.0.0-rc1).
const NOTIFICATIE = {
  kanaal: "zaken",
  hoofdObject: "https://open-zaak.example.nl/zaken/api/v1/zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11",
  resource: "status",
  resourceUrl: "https://open-zaak.example.nl/zaken/api/v1/statussen/0c5f4f0d-8d6e-4a2a-b6b4-1d2e3f4a5b6c",
  actie: "create",
  aanmaakdatum: "2024-06-03T10:15:00.123456Z",
  kenmerken: {
    bronorganisatie: "002220647",
    zaaktype: "https://open-zaak.example.nl/catalogi/api/v1/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1",
    vertrouwelijkheidaanduiding: "openbaar",
  },
};

function deliver(body: unknown, init: { auth?: string | null; method?: string; raw?: boolean } = {}): Request {
  const headers = new Headers({ "Content-Type": "application/json" });
  if (init.auth !== null) headers.set("Authorization", init.auth ?? AUTH);
  const method = init.method ?? "POST";
  return new Request(HOOK, { method, headers, body: method === "GET" || method === "HEAD" ? null : init.raw ? (body as string) : JSON.stringify(body) });
}

function setup(onNotification: (event: NotificationEvent) => void | Promise<void> = () => undefined) {
  const calls: NotificationEvent[] = [];
  const onError = vi.fn();
  const handler = createNotificationHandler({
    authorization: AUTH,
    onNotification: async (event) => {
      calls.push(event);
      await onNotification(event);
    },
    onError,
  });
  return { handler, calls, onError };
}

describe("createNotificationHandler", () => {
  it("answers 204 to a delivery with the right Authorization and passes the typed notificatie with a dedupeKey", async () => {
    const { handler, calls } = setup();
    const response = await handler(deliver(NOTIFICATIE));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(calls).toHaveLength(1);
    expect(calls[0]?.notificatie).toEqual(NOTIFICATIE);
    expect(calls[0]?.notificatie.aanmaakdatum).toBe("2024-06-03T10:15:00.123456Z");
    expect(calls[0]?.dedupeKey).toMatch(/^[0-9a-f]{64}$/);
  });

  it("drops members the spec does not declare", async () => {
    const { handler, calls } = setup();
    expect((await handler(deliver({ ...NOTIFICATIE, extra: "x" }))).status).toBe(204);
    expect(calls[0]?.notificatie).not.toHaveProperty("extra");
  });

  it("accepts a notificatie without kenmerken and an aanmaakdatum with an offset", async () => {
    const { handler, calls } = setup();
    const { kenmerken: _, ...bare } = NOTIFICATIE;
    expect((await handler(deliver({ ...bare, aanmaakdatum: "2024-06-03T12:15:00+02:00" }))).status).toBe(204);
    expect(calls[0]?.notificatie.kenmerken).toBeUndefined();
  });

  it.each([
    ["a wrong Authorization", "Bearer wrong"],
    ["a prefix of the right one", AUTH.slice(0, -1)],
    ["the right one with a byte more", `${AUTH}x`],
    ["a missing Authorization header", null],
  ])("answers 401 problem+json to %s, without calling onNotification", async (_, auth) => {
    const { handler, calls } = setup();
    const response = await handler(deliver(NOTIFICATIE, { auth }));
    expect(response.status).toBe(401);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    const body = await response.json();
    expect(body).toMatchObject({ status: 401, code: "not_authenticated" });
    expect(body.instance).toMatch(/^urn:uuid:/);
    expect(JSON.stringify(body)).not.toContain("webhook-secret");
    expect(calls).toHaveLength(0);
  });

  it("accepts the old and the new value during a rotation", async () => {
    const seen: string[] = [];
    const handler = createNotificationHandler({ authorization: ["Bearer old", "Bearer new"], onNotification: ({ notificatie }) => void seen.push(notificatie.actie) });
    expect((await handler(deliver(NOTIFICATIE, { auth: "Bearer old" }))).status).toBe(204);
    expect((await handler(deliver(NOTIFICATIE, { auth: "Bearer new" }))).status).toBe(204);
    expect((await handler(deliver(NOTIFICATIE, { auth: "Bearer other" }))).status).toBe(401);
    expect(seen).toEqual(["create", "create"]);
  });

  it("answers 405 with Allow: POST to other methods", async () => {
    const { handler, calls } = setup();
    for (const method of ["GET", "PUT"]) {
      const response = await handler(deliver(NOTIFICATIE, { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("Allow")).toBe("POST");
    }
    expect(calls).toHaveLength(0);
  });

  it("answers 400 ValidatieFout naming the invalid fields", async () => {
    const { handler, calls } = setup();
    const { resourceUrl: _, ...missing } = NOTIFICATIE;
    const response = await handler(deliver({ ...missing, kanaal: "k".repeat(51), kenmerken: { zaaktype: "" } }));
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    const body = await response.json();
    expect(body).toMatchObject({ status: 400, code: "invalid", title: expect.any(String), detail: expect.any(String), instance: expect.stringMatching(/^urn:uuid:/) });
    const names = body["invalid-params"].map((p: { name: string }) => p.name).sort();
    expect(names).toEqual(["kanaal", "kenmerken.zaaktype", "resourceUrl"]);
    expect(body.invalidParams).toEqual(body["invalid-params"]);
    for (const param of body.invalidParams) expect(param).toEqual({ name: expect.any(String), code: expect.any(String), reason: expect.any(String) });
    expect(body.invalidParams.find((p: { name: string }) => p.name === "resourceUrl").reason).not.toBe("Invalid input");
    expect(calls).toHaveLength(0);
  });

  it("answers 400 to a body that is not JSON, and to JSON that is not an object", async () => {
    const { handler, calls } = setup();
    const notJson = await handler(deliver("{kanaal: zaken", { raw: true }));
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).invalidParams).toEqual([{ name: "nonFieldErrors", code: "parse_error", reason: "The body is not valid JSON." }]);
    const array = await handler(deliver([NOTIFICATIE]));
    expect(array.status).toBe(400);
    expect((await array.json()).invalidParams[0].name).toBe("nonFieldErrors");
    expect(calls).toHaveLength(0);
  });

  it("answers 413 to a body over maxBodyBytes without calling onNotification", async () => {
    const onNotification = vi.fn();
    const handler = createNotificationHandler({ authorization: AUTH, onNotification, maxBodyBytes: 100 });
    expect((await handler(deliver(NOTIFICATIE))).status).toBe(413);
    expect(onNotification).not.toHaveBeenCalled();
  });

  it("answers 500 without the error's message when onNotification throws, and reports the error to onError", async () => {
    const { handler, onError } = setup(() => {
      throw new Error("database down for BSN 999993653");
    });
    const response = await handler(deliver(NOTIFICATIE));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ status: 500, code: "error" });
    expect(text).not.toContain("database");
    expect(text).not.toContain("999993653");
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ message: expect.stringContaining("database down") });
  });

  it("gives a redelivery the same dedupeKey and another notificatie a different one; every delivery reaches onNotification", async () => {
    const { handler, calls } = setup();
    await handler(deliver(NOTIFICATIE));
    // The same content with members and kenmerken in another order is the same notificatie.
    const { kenmerken, ...rest } = NOTIFICATIE;
    const reordered = { kenmerken: Object.fromEntries(Object.entries(kenmerken).reverse()), ...rest };
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(NOTIFICATIE));
    await handler(deliver(reordered));
    await handler(deliver({ ...NOTIFICATIE, actie: "update" }));
    await handler(deliver({ ...NOTIFICATIE, kenmerken: { ...NOTIFICATIE.kenmerken, vertrouwelijkheidaanduiding: "geheim" } }));
    expect(calls).toHaveLength(4);
    const [a, b, c, d] = calls.map((e) => e.dedupeKey);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(d).not.toBe(a);
    expect(d).not.toBe(c);
  });

  it("refuses bad options with a ConfigError", () => {
    for (const options of [
      { authorization: "", onNotification: () => undefined },
      { authorization: [], onNotification: () => undefined },
      { authorization: AUTH, onNotification: "x" },
      { authorization: AUTH, onNotification: () => undefined, maxBodyBytes: 0 },
    ]) {
      expect(() => createNotificationHandler(options as never)).toThrow(expect.objectContaining({ name: "ConfigError" }));
    }
    try {
      createNotificationHandler({ authorization: "", onNotification: () => undefined });
    } catch (error) {
      expect(isConfigError(error) && error.issues[0]?.path).toBe("authorization");
    }
  });

  it("still answers 500 when onError throws or rejects (review 1.6)", async () => {
    for (const onError of [
      () => {
        throw new Error("logger down");
      },
      () => Promise.reject(new Error("logger down")) as never,
    ]) {
      const handler = createNotificationHandler({
        authorization: AUTH,
        onNotification: () => {
          throw new Error("database down");
        },
        onError,
      });
      const response = await handler(deliver(NOTIFICATIE));
      expect(response.status).toBe(500);
    }
  });

  it("accepts Open Notificaties' test notificatie (kanaal test) with 204 and passes it on; answers 401 to the probe without auth (review 6)", async () => {
    // The body Open Notificaties' CallbackURLValidator posts when an abonnement is created or changed.
    const probe = {
      kanaal: "test",
      hoofdObject: "http://some.hoofdobject.nl/",
      resource: "some_resource",
      resourceUrl: "http://some.resource.nl/",
      actie: "create",
      aanmaakdatum: "2019-01-01T12:00:00Z",
      kenmerken: {},
    };
    const { handler, calls } = setup();
    expect((await handler(deliver(probe))).status).toBe(204);
    expect(calls.map((c) => c.notificatie.kanaal)).toEqual(["test"]);
    expect([401, 403]).toContain((await handler(deliver(probe, { auth: null }))).status);
    expect(calls).toHaveLength(1);
  });
});

