import { type Server, createServer } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createNotificationHandler, ensureSubscription, publishNotification } from "../../../src/apis/notificaties/index.js";
import { zgwJwt } from "../../../src/auth/zgw-jwt.js";
import { createNotificatiesClient } from "../../../src/generated/notificaties/index.js";
import { toNodeListener } from "../../../src/node/to-node-listener.js";
import { type MockCommonGround, SEED, createMockCommonGround } from "../../../src/testing/index.js";

let mock: MockCommonGround;
let origin: string;
const AUTH = "Bearer webhook-secret";
const received: { kanaal: string; resourceUrl: string; kenmerken?: Record<string, string> }[] = [];
let webhook: Server;
let callbackUrl: string;
/** A careless webhook: 204 to anything, also without auth. */
let careless: Server;
let carelessUrl: string;

async function serve(listener: Parameters<typeof createServer>[1]): Promise<[Server, string]> {
  const server = createServer(listener);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  return [server, `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/callbacks`];
}

const nrc = () => createNotificatiesClient({ baseUrl: mock.baseUrls.notificaties, auth: zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }) });
const invalid = (error: unknown) => (error as { invalidParams?: { name: string; code: string }[] }).invalidParams?.map((p) => [p.name, p.code]);

beforeAll(async () => {
  mock = await createMockCommonGround({ notify: { retries: 1, backoffMs: 5 } });
  ({ origin } = await mock.listen({ port: 0 }));
  const handler = createNotificationHandler({ authorization: AUTH, onNotification: ({ notificatie }) => void received.push(notificatie as never) });
  [webhook, callbackUrl] = await serve(toNodeListener(handler));
  [careless, carelessUrl] = await serve((_req, res) => {
    res.writeHead(204).end();
  });
});
afterAll(async () => {
  await mock.close();
  await new Promise((done) => webhook.close(done));
  await new Promise((done) => careless.close(done));
});
beforeEach(() => {
  mock.reset();
  received.length = 0;
});

describe("Notificaties in the mock (section 7)", () => {
  it("7.1: a kanaal naam is unique → 400 unique @naam", async () => {
    const { error, response } = await nrc().POST("/kanaal", { body: { naam: "zaken", filters: [] } });
    expect(response.status).toBe(400);
    expect(invalid(error)).toEqual([["naam", "unique"]]);
    expect((await nrc().POST("/kanaal", { body: { naam: "eigen-kanaal", filters: ["soort"] } })).response.status).toBe(201);
  });

  it("7.2: the kanaal must exist (kanaal_naam @naam) and the filters be a subset or superset of its filters (inconsistent-abonnement-filters @filters)", async () => {
    const unknown = await nrc().POST("/abonnement", { body: { callbackUrl, auth: AUTH, kanalen: [{ naam: "bestaat-niet" }] } });
    expect(invalid(unknown.error)).toEqual([["naam", "kanaal_naam"]]);
    const mixed = await nrc().POST("/abonnement", { body: { callbackUrl, auth: AUTH, kanalen: [{ naam: "zaken", filters: { bronorganisatie: SEED.rsin, onbekend: "x" } }] } });
    expect(invalid(mixed.error)).toEqual([["filters", "inconsistent-abonnement-filters"]]);
  });

  it("7.2: the callback check: a test notificatie with auth needs 2xx (invalid-callback-url), without auth 401/403 (no-auth-on-callback-url); auth is never shown", async () => {
    const dead = await nrc().POST("/abonnement", { body: { callbackUrl: "http://127.0.0.1:9/callbacks", auth: AUTH, kanalen: [{ naam: "zaken" }] } });
    expect(dead.response.status).toBe(400);
    expect(invalid(dead.error)).toEqual([["nonFieldErrors", "invalid-callback-url"]]);
    const open = await nrc().POST("/abonnement", { body: { callbackUrl: carelessUrl, auth: AUTH, kanalen: [{ naam: "zaken" }] } });
    expect(invalid(open.error)).toEqual([["callbackUrl", "no-auth-on-callback-url"]]);
    const ok = await nrc().POST("/abonnement", { body: { callbackUrl, auth: AUTH, kanalen: [{ naam: "zaken" }] }, throwOnError: true });
    expect(ok.data).not.toHaveProperty("auth");
    expect(received).toEqual([expect.objectContaining({ kanaal: "test" })]);
    const list = (await nrc().GET("/abonnement", { throwOnError: true })).data as unknown[];
    expect(list).toEqual([expect.not.objectContaining({ auth: expect.anything() })]);
  });

  it("7.2: an abonnement is changed only by the client that made it (403 permission_denied)", async () => {
    const made = (await nrc().POST("/abonnement", { body: { callbackUrl, auth: AUTH, kanalen: [{ naam: "zaken" }] }, throwOnError: true })).data as { url: string };
    // A second client with every authorisation, registered at run time.
    mock.seed({ autorisaties: { "/applicaties": [{ url: "/autorisaties/api/v1/applicaties/x", clientIds: ["ander"], heeftAlleAutorisaties: true, autorisaties: [] }] } });
    const token = await zgwJwt({ clientId: "ander", secret: "a".repeat(32) }).headers(new Request("http://localhost/"));
    const registered = await fetch(`${mock.baseUrls.zaken}/jwtsecret`, { method: "POST", headers: { ...(await zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }).headers(new Request("http://localhost/"))), "Content-Type": "application/json" }, body: JSON.stringify({ identifier: "ander", secret: "a".repeat(32) }) });
    expect(registered.status).toBe(201);
    const denied = await fetch(made.url, { method: "DELETE", headers: token });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ code: "permission_denied" });
    const own = await nrc().DELETE("/abonnement/{uuid}", { params: { path: { uuid: made.url.split("/").pop() ?? "" } } });
    expect(own.response.status).toBe(204);
  });

  it("7.3: POST /notificaties validates (message_kanaal @kanaal, kenmerken_inconsistent @kenmerken, future_not_allowed @aanmaakdatum) and answers 200", async () => {
    const message = { kanaal: "zaken", hoofdObject: "https://example.nl/zaken/1", resource: "zaak", resourceUrl: "https://example.nl/zaken/1", actie: "create", aanmaakdatum: "2025-01-01T10:00:00Z", kenmerken: { bronorganisatie: SEED.rsin } };
    const ok = await nrc().POST("/notificaties", { body: message });
    expect(ok.response.status).toBe(200);
    expect(ok.data).toMatchObject(message);
    expect(invalid((await nrc().POST("/notificaties", { body: { ...message, kanaal: "onbekend" } })).error)).toEqual([["kanaal", "message_kanaal"]]);
    expect(invalid((await nrc().POST("/notificaties", { body: { ...message, kenmerken: { bronorganisatie: SEED.rsin, vreemd: "x" } } })).error)).toEqual([["kenmerken", "kenmerken_inconsistent"]]);
    expect(invalid((await nrc().POST("/notificaties", { body: { ...message, aanmaakdatum: "2999-01-01T00:00:00Z" } })).error)).toEqual([["aanmaakdatum", "future_not_allowed"]]);
    expect(invalid((await nrc().POST("/notificaties", { body: { ...message, hoofdObject: "geen url" } })).error)).toEqual([["hoofdObject", "bad-url"]]);
  });

  it("7.4 end to end: ensureSubscription against the mock with a real webhook, then publishNotification reaches it only when the filters match", async () => {
    const kanalen = [{ naam: "zaken", filters: { bronorganisatie: SEED.rsin } }];
    const first = await ensureSubscription(nrc(), { callbackUrl, auth: AUTH, kanalen });
    expect(first.status).toBe("created");
    const again = await ensureSubscription(nrc(), { callbackUrl, auth: AUTH, kanalen });
    expect(again.status).toBe("unchanged");
    received.length = 0;
    const base = { kanaal: "zaken", hoofdObject: `${origin}/zaken/api/v1/zaken/x`, resource: "zaak", resourceUrl: `${origin}/zaken/api/v1/zaken/x`, actie: "create" };
    await publishNotification(nrc(), { ...base, kenmerken: { bronorganisatie: SEED.rsin, vertrouwelijkheidaanduiding: "openbaar" } });
    await publishNotification(nrc(), { ...base, resourceUrl: `${origin}/zaken/api/v1/zaken/y`, kenmerken: { bronorganisatie: "123456782" } });
    await mock.notificationsSettled();
    expect(received).toEqual([expect.objectContaining({ kanaal: "zaken", resourceUrl: `${origin}/zaken/api/v1/zaken/x`, kenmerken: { bronorganisatie: SEED.rsin, vertrouwelijkheidaanduiding: "openbaar" } })]);
    const updated = await ensureSubscription(nrc(), { callbackUrl, auth: AUTH, kanalen: [{ naam: "zaken" }, { naam: "documenten" }] });
    expect(updated.status).toBe("updated");
  });
});
