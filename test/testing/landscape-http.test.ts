import { createServer } from "node:http";
import { SignJWT } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createNotificationHandler } from "../../src/apis/notificaties/index.js";
import { findZaaktype } from "../../src/apis/catalogi/index.js";
import { startZaak } from "../../src/apis/zaken/index.js";
import { apiKey } from "../../src/auth/api-key.js";
import { zgwJwt } from "../../src/auth/zgw-jwt.js";
import { createBagClient } from "../../src/generated/bag/index.js";
import { createCatalogiClient } from "../../src/generated/catalogi/index.js";
import { createNotificatiesClient } from "../../src/generated/notificaties/index.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { toNodeListener } from "../../src/node/to-node-listener.js";
import { createCommonGround } from "../../src/references/create-common-ground.js";
import { type MockCommonGround, SEED, createMockCommonGround, seedPart, seedUuid } from "../../src/testing/index.js";

let mock: MockCommonGround;
let origin: string;
const auth = () => zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret });
const zaken = () => createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: auth() });
const catalogi = () => createCatalogiClient({ baseUrl: mock.baseUrls.catalogi, auth: auth() });

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("expected a response body");
  return value;
}

async function jwt(clientId: string, secret: string): Promise<string> {
  return new SignJWT({ client_id: clientId }).setProtectedHeader({ alg: "HS256" }).setIssuer(clientId).setIssuedAt().sign(new TextEncoder().encode(secret));
}

beforeAll(async () => {
  mock = await createMockCommonGround({ notify: { retries: 2, backoffMs: 5 } });
  ({ origin } = await mock.listen({ port: 0 }));
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const newZaak = () => ({
  bronorganisatie: SEED.rsin,
  verantwoordelijkeOrganisatie: SEED.rsin,
  zaaktype: `${origin}${SEED.zaaktypeParkeren2025}`,
  startdatum: "2025-04-01",
});

describe("the landscape mock over real HTTP with the SDK's clients", () => {
  it("creates a zaak, reads it back, and lists it (server-set url, uuid, identificatie; API-version)", async () => {
    const { data, response } = await zaken().POST("/zaken", { body: newZaak(), throwOnError: true });
    const zaak = must(data);
    expect(response.status).toBe(201);
    expect(response.headers.get("API-version")).toBe("1.7.0");
    expect(zaak.url).toBe(`${origin}/zaken/api/v1/zaken/${zaak.uuid}`);
    expect(zaak.identificatie).toBe("ZAAK-2025-0000000004");
    const back = must((await zaken().GET("/zaken/{uuid}", { params: { path: { uuid: zaak.uuid } }, throwOnError: true })).data);
    expect(back.zaaktype).toBe(`${origin}${SEED.zaaktypeParkeren2025}`);
    const list = must((await zaken().GET("/zaken", { params: { query: { identificatie: zaak.identificatie ?? "" } }, throwOnError: true })).data);
    expect(list.count).toBe(1);
    expect(list.results?.[0]?.url).toBe(zaak.url);
  });

  it("pages zaken in page objects of 100 (count/next/previous) and answers 404 past the end", async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ url: `/zaken/api/v1/zaken/${seedUuid(10_000 + i)}`, uuid: seedUuid(10_000 + i), identificatie: `BULK-${i}`, bronorganisatie: SEED.rsin, zaaktype: SEED.zaaktypeParkeren2025, vertrouwelijkheidaanduiding: "openbaar" }));
    mock.seed({ zaken: { "/zaken": many } });
    const page1 = must((await zaken().GET("/zaken", { throwOnError: true })).data);
    expect(page1.count).toBe(153);
    expect(page1.results).toHaveLength(100);
    expect(page1.previous).toBeNull();
    expect(page1.next).toBe(`${mock.baseUrls.zaken}/zaken?page=2`);
    const items: unknown[] = [];
    for await (const item of zaken().paginate("/zaken")) items.push(item);
    expect(items).toHaveLength(153);
    const past = await zaken().GET("/zaken", { params: { query: { page: 3 } } });
    expect(past.response.status).toBe(404);
    expect(past.error).toMatchObject({ code: "not_found", status: 404 });
  });

  it("serves bare-array lists (kanaal) and HAL lists (BAG adressen)", async () => {
    const nrc = createNotificatiesClient({ baseUrl: mock.baseUrls.notificaties, auth: auth() });
    const kanalen = must((await nrc.GET("/kanaal", { throwOnError: true })).data);
    expect(Array.isArray(kanalen)).toBe(true);
    expect(kanalen.map((k) => k.naam)).toContain("zaken");
    const bag = createBagClient({ baseUrl: mock.baseUrls.bag, auth: apiKey({ header: "X-Api-Key", key: mock.credentials.apiKey }) });
    const data = must((await bag.GET("/adressen", { params: { query: { postcode: "3011AD", huisnummer: 40 } }, throwOnError: true })).data);
    expect(data._embedded?.adressen?.map((a) => a.nummeraanduidingIdentificatie)).toEqual(["0599200000219679"]);
    expect(data._links?.self?.href).toContain("/lvbag/individuelebevragingen/v2/adressen?");
  });

  it("resolves URLs the mock produced across APIs with createCommonGround", async () => {
    const cg = createCommonGround({ zaken: zaken(), catalogi: catalogi() });
    const zaak = must((await cg.zaken.POST("/zaken", { body: newZaak(), throwOnError: true })).data);
    const zaaktype = (await cg.resolve(zaak.zaaktype, "zaaktype")) as { identificatie: string; catalogus: string };
    expect(zaaktype.identificatie).toBe(SEED.parkerenIdentificatie);
    expect(zaaktype.catalogus).toBe(`${origin}${SEED.catalogus}`);
  });

  it("answers 403 without a token and with a wrong secret, with the Open Zaak codes", async () => {
    const none = await fetch(`${mock.baseUrls.zaken}/zaken`, { headers: { "Accept-Crs": "EPSG:4326" } });
    expect(none.status).toBe(403);
    expect(none.headers.get("content-type")).toBe("application/problem+json");
    const wrong = await fetch(`${mock.baseUrls.zaken}/zaken`, { headers: { "Accept-Crs": "EPSG:4326", Authorization: `Bearer ${await jwt("demo-app", "not-the-secret-not-the-secret-xx")}` } });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ code: "invalid-jwt-signature", status: 403 });
    const unknownClient = await fetch(`${mock.baseUrls.zaken}/zaken`, { headers: { "Accept-Crs": "EPSG:4326", Authorization: `Bearer ${await jwt("nobody", "x".repeat(32))}` } });
    expect(await unknownClient.json()).toMatchObject({ code: "invalid-client-identifier" });
  });

  it("filters zaken by the restricted applicatie's zaaktype (invisible in lists, 403 on detail)", async () => {
    const token = await jwt(SEED.restrictedClientId, SEED.restrictedSecret);
    const headers = { "Accept-Crs": "EPSG:4326", Authorization: `Bearer ${token}` };
    const list = await fetch(`${mock.baseUrls.zaken}/zaken`, { headers });
    expect(((await list.json()) as { count: number }).count).toBe(0); // seeded zaken use the 2025 version
    const detail = await fetch(`${mock.baseUrls.zaken}/zaken/${seedUuid(100)}`, { headers });
    expect(detail.status).toBe(403);
  });

  it("registers a JWT secret at run time with POST /jwtsecret", async () => {
    const headers = { Authorization: `Bearer ${await jwt(SEED.demoClientId, SEED.demoSecret)}`, "Content-Type": "application/json" };
    const created = await fetch(`${mock.baseUrls.zaken}/jwtsecret`, { method: "POST", headers, body: JSON.stringify({ identifier: "new-app", secret: "n".repeat(32) }) });
    expect(created.status).toBe(201);
    const later = await fetch(`${mock.baseUrls.zaken}/zaken`, { headers: { "Accept-Crs": "EPSG:4326", Authorization: `Bearer ${await jwt("new-app", "n".repeat(32))}` } });
    // The secret is known now, but no applicatie holds the client id: permission_denied, not invalid-client-identifier.
    expect(await later.json()).toMatchObject({ status: 403, code: "permission_denied" });
  });

  it("answers 412 without Accept-Crs on Zaken, 404/400 problem bodies, unknown-parameters", async () => {
    const bearer = `Bearer ${await jwt(SEED.demoClientId, SEED.demoSecret)}`;
    const noCrs = await fetch(`${mock.baseUrls.zaken}/zaken`, { headers: { Authorization: bearer } });
    expect(noCrs.status).toBe(412);
    expect(await noCrs.json()).toMatchObject({ code: "precondition_failed" });
    const missing = await zaken().GET("/zaken/{uuid}", { params: { path: { uuid: seedUuid(999_999) } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ code: "not_found", title: "Niet gevonden.", instance: expect.stringMatching(/^urn:uuid:/) });
    const unknown = await fetch(`${mock.baseUrls.zaken}/zaken?foo=bar`, { headers: { Authorization: bearer, "Accept-Crs": "EPSG:4326" } });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ invalidParams: [{ name: "nonFieldErrors", code: "unknown-parameters" }] });
  });

  it("rejects a bad body naming each field, and a URL reference to a zaaktype that does not exist", async () => {
    const bad = await zaken().POST("/zaken", { body: { ...newZaak(), bronorganisatie: "1234567890", startdatum: "1 april" } });
    expect(bad.response.status).toBe(400);
    const names = (bad.error as { invalidParams: { name: string; code: string }[] }).invalidParams;
    expect(names).toEqual(expect.arrayContaining([expect.objectContaining({ name: "bronorganisatie", code: "max_length" }), expect.objectContaining({ name: "startdatum", code: "invalid" })]));
    const ghost = await zaken().POST("/zaken", { body: { ...newZaak(), zaaktype: `${origin}/catalogi/api/v1/zaaktypen/${seedUuid(424242)}` } });
    expect(ghost.response.status).toBe(400);
    expect(ghost.error).toMatchObject({ invalidParams: [{ name: "zaaktype", code: "does_not_exist" }] });
    const concept = await zaken().POST("/zaken", { body: { ...newZaak(), zaaktype: `${origin}${SEED.zaaktypeMeldingConcept}` } });
    expect(concept.error).toMatchObject({ invalidParams: [{ name: "zaaktype", code: "not-published" }] });
    const wrongKind = await zaken().POST("/zaken", { body: { ...newZaak(), zaaktype: `${origin}${SEED.catalogus}` } });
    expect(wrongKind.error).toMatchObject({ invalidParams: [{ name: "zaaktype", code: "invalid-resource" }] });
  });

  it("delivers a notification to a local webhook after creating a zaak, visible in mock.notifications", async () => {
    const received: unknown[] = [];
    const handler = createNotificationHandler({ authorization: "Bearer webhook-secret", onNotification: ({ notificatie }) => void received.push(notificatie) });
    const webhook = createServer(toNodeListener(handler));
    await new Promise<void>((done) => webhook.listen(0, "127.0.0.1", done));
    const address = webhook.address();
    const callbackUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/callbacks`;
    try {
      const nrc = createNotificatiesClient({ baseUrl: mock.baseUrls.notificaties, auth: auth() });
      await nrc.POST("/abonnement", { body: { callbackUrl, auth: "Bearer webhook-secret", kanalen: [{ naam: "zaken", filters: { bronorganisatie: SEED.rsin } }] }, throwOnError: true });
      const zaak = must((await zaken().POST("/zaken", { body: newZaak(), throwOnError: true })).data);
      await mock.notificationsSettled();
      const sent = mock.notifications.find((n) => n.message.resourceUrl === zaak.url);
      expect(sent?.message).toMatchObject({ kanaal: "zaken", resource: "zaak", actie: "create", hoofdObject: zaak.url, kenmerken: { bronorganisatie: SEED.rsin, "zaaktype.catalogus": `${origin}${SEED.catalogus}` } });
      expect(sent?.deliveries).toEqual([expect.objectContaining({ callbackUrl, ok: true, status: 204 })]);
      // The first delivery is the NRC's callback check (kanaal "test", zgw-rules 7.2), then the zaak.
      expect(received).toEqual([expect.objectContaining({ kanaal: "test" }), expect.objectContaining({ kanaal: "zaken", resourceUrl: zaak.url })]);
    } finally {
      await new Promise((done) => webhook.close(done));
    }
  });

  it("runs the workflows findZaaktype and startZaak against the mock", async () => {
    const found = await findZaaktype(catalogi(), { identificatie: SEED.parkerenIdentificatie, validOn: "2025-06-01" });
    expect(found.url).toBe(`${origin}${SEED.zaaktypeParkeren2025}`);
    const older = await findZaaktype(catalogi(), { identificatie: SEED.parkerenIdentificatie, validOn: "2024-06-01" });
    expect(older.url).toBe(`${origin}${SEED.zaaktypeParkeren2023}`);
    const started = await startZaak(zaken(), {
      zaak: { ...newZaak(), zaaktype: found.url },
      status: { statustype: `${origin}${seedPart("statustypen", 11, 0)}`, datumStatusGezet: "2025-04-01T10:00:00Z" },
      initiator: { roltype: `${origin}${seedPart("roltypen", 11, 0)}`, betrokkeneType: "natuurlijk_persoon", betrokkeneIdentificatie: { inpBsn: SEED.bsnJansen }, roltoelichting: "Aanvrager" },
    });
    expect(started.status?.zaak).toBe(started.zaak.url);
    const reread = must((await zaken().GET("/zaken/{uuid}", { params: { path: { uuid: started.zaak.uuid } }, throwOnError: true })).data);
    expect(reread.status).toBe(started.status?.url);
  });
});
