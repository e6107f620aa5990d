import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { downloadDocument, isUploadError, resumeUpload, uploadDocument, withLock } from "../../../src/apis/documenten/index.js";
import { zgwJwt } from "../../../src/auth/zgw-jwt.js";
import { createDocumentenClient } from "../../../src/generated/documenten/index.js";
import { type MockCommonGround, SEED, createMockCommonGround, seedUuid } from "../../../src/testing/index.js";

let mock: MockCommonGround;
let origin: string;
const CHUNK = 10;
const documenten = () => createDocumentenClient({ baseUrl: mock.baseUrls.documenten, auth: zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }) });
const b64 = (text: string) => btoa(text);

beforeAll(async () => {
  mock = await createMockCommonGround({ notify: false, uploadChunkSize: CHUNK });
  ({ origin } = await mock.listen({ port: 0 }));
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const metadata = () => ({
  bronorganisatie: SEED.rsin,
  creatiedatum: "2025-05-01",
  titel: "Aanvraag",
  auteur: "Gemeente Demodam",
  taal: "nld",
  informatieobjecttype: `${origin}${SEED.informatieobjecttypeAanvraag}`,
});

async function create(body: Record<string, unknown>) {
  return documenten().POST("/enkelvoudiginformatieobjecten", { body: { ...metadata(), ...body } as never });
}
const uuidOf = (url: string) => url.split("/").pop() ?? "";
const invalid = (error: unknown) => (error as { invalidParams?: { name: string; code: string }[] }).invalidParams?.map((p) => [p.name, p.code]);

async function raw(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}) {
  const token = await zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }).headers(new Request("http://localhost/"));
  return fetch(`${mock.baseUrls.documenten}${path}`, { method, ...(init.body !== undefined ? { body: init.body } : {}), headers: { ...token, ...init.headers } });
}

describe("Documenten in the mock: creating (5.1, 5.8)", () => {
  it("drc-001 5.1: stores inline base64 inhoud as bytes, renders inhoud as the download URL, versie 1, generated identificatie, VA from the IOT", async () => {
    const { data, response } = await create({ inhoud: b64("hallo wereld") });
    expect(response.status).toBe(201);
    const doc = data as Record<string, unknown>;
    expect(doc).toMatchObject({ versie: 1, bestandsomvang: 12, locked: false, lock: "", bestandsdelen: [], identificatie: "DOCUMENT-2025-0000000004", vertrouwelijkheidaanduiding: "zaakvertrouwelijk" });
    expect(doc.inhoud).toBe(`${doc.url}/download?versie=1`);
    const bytes = await (await raw("GET", `/enkelvoudiginformatieobjecten/${uuidOf(String(doc.url))}/download`)).text();
    expect(bytes).toBe("hallo wereld");
    const read = (await documenten().GET("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(String(doc.url)) } }, throwOnError: true })).data as Record<string, unknown>;
    expect(read).not.toHaveProperty("lock");
  });

  it("drc-001: a concept informatieobjecttype is 400 not-published @informatieobjecttype", async () => {
    mock.seed({ catalogi: { "/informatieobjecttypen": [{ url: `/catalogi/api/v1/informatieobjecttypen/${seedUuid(7777)}`, catalogus: SEED.catalogus, omschrijving: "Concept", vertrouwelijkheidaanduiding: "openbaar", concept: true }] } });
    const { error, response } = await create({ informatieobjecttype: `${origin}/catalogi/api/v1/informatieobjecttypen/${seedUuid(7777)}`, inhoud: b64("x") });
    expect(response.status).toBe(400);
    expect(invalid(error)).toEqual([["informatieobjecttype", "not-published"]]);
  });

  it("5.1: bad base64 → invalid-base64 / incorrect-base64-padding @inhoud; inhoud and bestandsomvang disagree → file-size @nonFieldErrors", async () => {
    expect(invalid((await create({ inhoud: "***" })).error)).toEqual([["inhoud", "invalid-base64"]]);
    expect(invalid((await create({ inhoud: "aGVsbG8" })).error)).toEqual([["inhoud", "incorrect-base64-padding"]]);
    expect(invalid((await create({ inhoud: b64("hallo"), bestandsomvang: 6 })).error)).toEqual([["nonFieldErrors", "file-size"]]);
  });

  it("5.1: identificatie unique per bronorganisatie (identificatie-niet-uniek); indicatieGebruiksrecht true → missing-gebruiksrechten", async () => {
    expect(invalid((await create({ identificatie: "DOCUMENT-2025-0000000001", inhoud: b64("x") })).error)).toEqual([["identificatie", "identificatie-niet-uniek"]]);
    expect(invalid((await create({ indicatieGebruiksrecht: true, inhoud: b64("x") })).error)).toEqual([["indicatieGebruiksrecht", "missing-gebruiksrechten"]]);
  });

  it("drc-005 5.8: with an ontvangstdatum the status cannot be in_bewerking → invalid_for_received @status", async () => {
    const { error, response } = await create({ ontvangstdatum: "2025-05-01", status: "in_bewerking", inhoud: b64("x") });
    expect(response.status).toBe(400);
    expect(invalid(error)).toEqual([["status", "invalid_for_received"]]);
    expect((await create({ ontvangstdatum: "2025-05-01", status: "definitief", inhoud: b64("x") })).response.status).toBe(201);
  });
});

describe("Documenten in the mock: versions, locking, download (5.2, 5.3, 5.5)", () => {
  it("drc-009 drc-010 5.3: lock → {lock}, twice → existing-lock; PATCH without/with wrong lock, unlocked document; unlock with the wrong lock → incorrect-lock-id", async () => {
    const doc = (await create({ inhoud: b64("v1") })).data as { url: string };
    const uuid = uuidOf(doc.url);
    const path = { params: { path: { uuid } } };
    const unlocked = await documenten().PATCH("/enkelvoudiginformatieobjecten/{uuid}", { ...path, body: { titel: "x", lock: "abc" } });
    expect(invalid(unlocked.error)).toEqual([["nonFieldErrors", "unlocked"]]);
    const { data } = await documenten().POST("/enkelvoudiginformatieobjecten/{uuid}/lock", { ...path, throwOnError: true });
    const lock = (data as { lock: string }).lock;
    expect(lock).toMatch(/^[0-9a-f]{32}$/);
    const again = await documenten().POST("/enkelvoudiginformatieobjecten/{uuid}/lock", path);
    expect(invalid(again.error)).toEqual([["nonFieldErrors", "existing-lock"]]);
    const missing = await documenten().PATCH("/enkelvoudiginformatieobjecten/{uuid}", { ...path, body: { titel: "x" } });
    expect(missing.response.status).toBe(400);
    expect(invalid(missing.error)).toEqual([["nonFieldErrors", "missing-lock-id"]]);
    const wrong = await documenten().PATCH("/enkelvoudiginformatieobjecten/{uuid}", { ...path, body: { titel: "x", lock: "not-the-lock" } });
    expect(invalid(wrong.error)).toEqual([["nonFieldErrors", "incorrect-lock-id"]]);
    const put = await documenten().PUT("/enkelvoudiginformatieobjecten/{uuid}", { ...path, body: { ...metadata() } as never });
    expect(invalid(put.error)).toEqual([["lock", "required"]]);
    const badUnlock = await documenten().POST("/enkelvoudiginformatieobjecten/{uuid}/unlock", { ...path, body: { lock: "nope" } });
    expect(invalid(badUnlock.error)).toEqual([["nonFieldErrors", "incorrect-lock-id"]]);
    const ok = await documenten().POST("/enkelvoudiginformatieobjecten/{uuid}/unlock", { ...path, body: { lock } });
    expect(ok.response.status).toBe(204);
  });

  it("5.3: heeftAlleAutorisaties may unlock without the lock (forced)", async () => {
    const doc = (await create({ inhoud: b64("v1") })).data as { url: string };
    const path = { params: { path: { uuid: uuidOf(doc.url) } } };
    await documenten().POST("/enkelvoudiginformatieobjecten/{uuid}/lock", { ...path, throwOnError: true });
    const forced = await documenten().POST("/enkelvoudiginformatieobjecten/{uuid}/unlock", { ...path, body: {} });
    expect(forced.response.status).toBe(204);
    const after = (await documenten().GET("/enkelvoudiginformatieobjecten/{uuid}", { ...path, throwOnError: true })).data as { locked: boolean };
    expect(after.locked).toBe(false);
  });

  it("5.2 5.5: withLock + PATCH makes versie 2; ?versie=1 and …/download?versie=1 give the old version; registratieOp picks by time; unknown versie → 404", async () => {
    let clock = new Date("2025-05-01T10:00:00Z");
    const timed = await createMockCommonGround({ notify: false, now: () => clock });
    const { origin: o } = await timed.listen({ port: 0 });
    try {
      const client = createDocumentenClient({ baseUrl: timed.baseUrls.documenten, auth: zgwJwt({ clientId: timed.credentials.clientId, secret: timed.credentials.secret }) });
      const created = (await client.POST("/enkelvoudiginformatieobjecten", { body: { ...metadata(), informatieobjecttype: `${o}${SEED.informatieobjecttypeAanvraag}`, inhoud: b64("eerste") } as never, throwOnError: true })).data as { url: string };
      const uuid = uuidOf(created.url);
      clock = new Date("2025-05-02T10:00:00Z");
      const patched = await withLock(client, created.url, async (lock) =>
        (await client.PATCH("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid } }, body: { lock, titel: "Tweede", inhoud: b64("tweede versie") }, throwOnError: true })).data,
      );
      expect(patched).toMatchObject({ versie: 2, titel: "Tweede", beginRegistratie: "2025-05-02T10:00:00.000Z", bestandsomvang: 13, inhoud: `${created.url}/download?versie=2` });
      const v1 = (await client.GET("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid }, query: { versie: 1 } }, throwOnError: true })).data;
      expect(v1).toMatchObject({ versie: 1, titel: "Aanvraag" });
      const atTime = (await client.GET("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid }, query: { registratieOp: "2025-05-01T12:00:00Z" } }, throwOnError: true })).data;
      expect(atTime).toMatchObject({ versie: 1 });
      const old = await downloadDocument(client, created.url, { versie: 1 });
      expect(await new Response(old.body).text()).toBe("eerste");
      const latest = await downloadDocument(client, created.url);
      expect(await new Response(latest.body).text()).toBe("tweede versie");
      const missing = await client.GET("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid }, query: { versie: 9 } } });
      expect(missing.response.status).toBe(404);
      const list = (await client.GET("/enkelvoudiginformatieobjecten", { params: { query: { identificatie: (patched as { identificatie: string }).identificatie } }, throwOnError: true })).data;
      expect(list?.results?.map((d) => d.versie)).toEqual([2]);
    } finally {
      await timed.close();
    }
  });

  it("5.5: download answers application/octet-stream with the bytes of the seeded versions", async () => {
    const response = await raw("GET", `/enkelvoudiginformatieobjecten/${seedUuid(701)}/download?versie=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(await response.text()).toBe("Concept besluitbrief\n");
    expect(await (await raw("GET", `/enkelvoudiginformatieobjecten/${seedUuid(701)}/download`)).text()).toBe("Besluitbrief parkeervergunning, verleend\n");
  });
});

describe("Documenten in the mock: bestandsdelen (5.4)", () => {
  const content = "0123456789abcdefghijklmnopqrstuvwxy"; // 35 bytes → parts of 10, 10, 10, 5

  it("5.4: create with bestandsomvang and no inhoud cuts parts and locks the document; the SDK's uploadDocument sends them concurrently and unlocks", async () => {
    const created = (await create({ bestandsomvang: 35 })).data as { lock: string; locked: boolean; bestandsdelen: { volgnummer: number; omvang: number; voltooid: boolean }[] };
    expect(created.locked).toBe(true);
    expect(created.lock).toMatch(/^[0-9a-f]{32}$/);
    expect(created.bestandsdelen.map((p) => [p.volgnummer, p.omvang, p.voltooid])).toEqual([[1, 10, false], [2, 10, false], [3, 10, false], [4, 5, false]]);

    const doc = await uploadDocument(documenten(), { ...metadata(), content: new TextEncoder().encode(content), bestandsnaam: "groot.txt" }, { inlineLimit: 4, partConcurrency: 3 });
    expect(doc).toMatchObject({ locked: false, bestandsomvang: 35, bestandsdelen: [] });
    const down = await downloadDocument(documenten(), doc.url);
    expect(await new Response(down.body).text()).toBe(content);
  });

  it("5.4: a part PUT with the wrong lock → incorrect-lock-id, wrong size → file-size, JSON → 415, PATCH → 405; unlock before all parts → incomplete-upload", async () => {
    const created = (await create({ bestandsomvang: 15, bestandsnaam: "x.txt" })).data as { url: string; lock: string; bestandsdelen: { url: string }[] };
    const [first, second] = created.bestandsdelen.map((p) => `/bestandsdelen/${uuidOf(p.url)}`);
    const form = (lock: string, text: string) => {
      const f = new FormData();
      f.set("lock", lock);
      f.set("inhoud", new Blob([text]), "x.txt");
      return f;
    };
    const wrongLock = await raw("PUT", String(first), { body: form("nope", "0123456789") });
    expect(wrongLock.status).toBe(400);
    expect(await wrongLock.json()).toMatchObject({ invalidParams: [{ name: "nonFieldErrors", code: "incorrect-lock-id" }] });
    const wrongSize = await raw("PUT", String(first), { body: form(created.lock, "0123") });
    expect(await wrongSize.json()).toMatchObject({ invalidParams: [{ name: "nonFieldErrors", code: "file-size" }] });
    const json = await raw("PUT", String(first), { body: JSON.stringify({ lock: created.lock }), headers: { "Content-Type": "application/json" } });
    expect(json.status).toBe(415);
    expect(await json.json()).toMatchObject({ code: "unsupported_media_type" });
    const patch = await raw("PATCH", String(first), { body: "{}", headers: { "Content-Type": "application/json" } });
    expect(patch.status).toBe(405);
    const ok = await raw("PUT", String(first), { body: form(created.lock, "0123456789") });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ volgnummer: 1, omvang: 10, voltooid: true });
    const early = await documenten().POST("/enkelvoudiginformatieobjecten/{uuid}/unlock", { params: { path: { uuid: uuidOf(created.url) } }, body: { lock: created.lock } });
    expect(invalid(early.error)).toEqual([["nonFieldErrors", "incomplete-upload"]]);
    expect((await raw("PUT", String(second), { body: form(created.lock, "abcde") })).status).toBe(200);
    const done = await documenten().POST("/enkelvoudiginformatieobjecten/{uuid}/unlock", { params: { path: { uuid: uuidOf(created.url) } }, body: { lock: created.lock } });
    expect(done.response.status).toBe(204);
    expect(await (await raw("GET", `/enkelvoudiginformatieobjecten/${uuidOf(created.url)}/download`)).text()).toBe("0123456789abcde");
  });

  it("5.4: unlock with no part uploaded → file-size; resumeUpload finishes after a failed part", async () => {
    const created = (await create({ bestandsomvang: 15 })).data as { url: string; lock: string };
    const none = await documenten().POST("/enkelvoudiginformatieobjecten/{uuid}/unlock", { params: { path: { uuid: uuidOf(created.url) } }, body: { lock: created.lock } });
    expect(invalid(none.error)).toEqual([["nonFieldErrors", "file-size"]]);

    // The third part fails once (a network hiccup): uploadDocument throws UploadError, resumeUpload sends only what is missing.
    let failed = false;
    const flaky = createDocumentenClient({
      baseUrl: mock.baseUrls.documenten,
      auth: zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }),
      retry: false,
      fetch: async (input: Request | string | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        if (request.method === "PUT" && request.url.includes("/bestandsdelen/") && !failed && (await request.clone().text()).includes("klmnopqrst")) {
          failed = true;
          return new Response(JSON.stringify({ code: "error", title: "boom", status: 500, detail: "boom", instance: "urn:x" }), { status: 500, headers: { "Content-Type": "application/problem+json" } });
        }
        return fetch(request);
      },
    } as never);
    const bytes = new TextEncoder().encode("0123456789abcdefghijklmnopqrstuvwxyz!"); // 37 bytes: 4 parts
    let error: unknown;
    try {
      await uploadDocument(flaky, { ...metadata(), content: bytes, bestandsnaam: "r.bin" }, { inlineLimit: 1, partConcurrency: 2 });
    } catch (e) {
      error = e;
    }
    expect(isUploadError(error)).toBe(true);
    if (!isUploadError(error)) return;
    expect(error.missingParts).toContain(3);
    const finished = await resumeUpload(documenten(), error.documentUrl, { content: bytes, lock: error.lock });
    expect(finished).toMatchObject({ locked: false, bestandsomvang: 37 });
    expect(await new Response((await downloadDocument(documenten(), error.documentUrl)).body).text()).toBe("0123456789abcdefghijklmnopqrstuvwxyz!");
  });
});

describe("Documenten in the mock: bestandsdelen, forced unlock and defaults (5.3, 5.4)", () => {
  it("5.4: a PUT with a new bestandsomvang and no inhoud cuts new parts under the same lock; a forced unlock of an unfinished upload drops them (bestandsomvang null)", async () => {
    const doc = (await create({ inhoud: b64("klein") })).data as { url: string };
    const uuid = uuidOf(doc.url);
    const path = { params: { path: { uuid } } };
    const lock = ((await documenten().POST("/enkelvoudiginformatieobjecten/{uuid}/lock", { ...path, throwOnError: true })).data as { lock: string }).lock;
    const put = (await documenten().PUT("/enkelvoudiginformatieobjecten/{uuid}", { ...path, body: { ...metadata(), lock, bestandsomvang: 25 } as never, throwOnError: true })).data as Record<string, unknown>;
    expect(put).toMatchObject({ versie: 2, locked: true, inhoud: null });
    expect((put.bestandsdelen as { omvang: number; lock: string }[]).map((p) => [p.omvang, p.lock])).toEqual([[10, lock], [10, lock], [5, lock]]);
    expect((await documenten().POST("/enkelvoudiginformatieobjecten/{uuid}/unlock", { ...path, body: {} })).response.status).toBe(204);
    const after = (await documenten().GET("/enkelvoudiginformatieobjecten/{uuid}", { ...path, throwOnError: true })).data as Record<string, unknown>;
    expect(after).toMatchObject({ locked: false, bestandsomvang: null, bestandsdelen: [] });
  });

  it("5.4: uploadChunkSize must be a whole number ≥ 1 (ConfigError)", async () => {
    await expect(createMockCommonGround({ uploadChunkSize: 0 })).rejects.toMatchObject({ name: "ConfigError" });
  });

  it("5.4: without uploadChunkSize the part size is Open Zaak's 4 GiB: one part", async () => {
    const plain = await createMockCommonGround({ notify: false });
    const token = await zgwJwt({ clientId: plain.credentials.clientId, secret: plain.credentials.secret }).headers(new Request("http://localhost/"));
    const response = await plain.fetch(
      new Request(`${plain.baseUrls.documenten}/enkelvoudiginformatieobjecten`, {
        method: "POST",
        headers: { ...token, "Content-Type": "application/json" },
        body: JSON.stringify({ ...metadata(), informatieobjecttype: `http://localhost${SEED.informatieobjecttypeAanvraag}`, bestandsomvang: 5_000_000 }),
      }),
    );
    expect(response.status).toBe(201);
    expect(((await response.json()) as { bestandsdelen: { omvang: number }[] }).bestandsdelen.map((p) => p.omvang)).toEqual([5_000_000]);
  });
});

describe("Documenten in the mock: verzendingen, search, notifications (5.10–5.12)", () => {
  it("5.10: a verzending needs exactly one address kind → invalid-address @nonFieldErrors", async () => {
    const informatieobject = `${origin}/documenten/api/v1/enkelvoudiginformatieobjecten/${seedUuid(700)}`;
    const base = { informatieobject, betrokkene: "https://klanten.example.nl/klanten/1", contactPersoon: "https://klanten.example.nl/contactpersonen/1", aardRelatie: "geadresseerde", toelichting: "", verzenddatum: "2025-05-01" };
    const none = await documenten().POST("/verzendingen", { body: base as never });
    expect(invalid(none.error)).toEqual([["nonFieldErrors", "invalid-address"]]);
    const two = await documenten().POST("/verzendingen", { body: { ...base, emailadres: "a@example.nl", telefoonnummer: "0101234567" } as never });
    expect(invalid(two.error)).toEqual([["nonFieldErrors", "invalid-address"]]);
    const one = await documenten().POST("/verzendingen", { body: { ...base, emailadres: "a@example.nl" } as never });
    expect(one.response.status).toBe(201);
    const patch = await documenten().PATCH("/verzendingen/{uuid}", { params: { path: { uuid: uuidOf(String((one.data as { url: string }).url)) } }, body: { telefoonnummer: "0101234567" } as never });
    expect(invalid(patch.error)).toEqual([["nonFieldErrors", "invalid-address"]]);
  });

  it("5.11: _zoek with uuid__in finds the documents; an empty body → empty_search_body", async () => {
    const found = await documenten().POST("/enkelvoudiginformatieobjecten/_zoek", { body: { uuid__in: [seedUuid(700), seedUuid(702)] } as never, throwOnError: true });
    expect((found.data as { results: { identificatie: string }[] }).results.map((d) => d.identificatie).sort()).toEqual(["DOCUMENT-2025-0000000001", "DOCUMENT-2025-0000000003"]);
    const empty = await documenten().POST("/enkelvoudiginformatieobjecten/_zoek", { body: {} as never });
    expect(invalid(empty.error)).toEqual([["nonFieldErrors", "empty_search_body"]]);
  });

  it("5.12: create and update publish on kanaal documenten with the kenmerken; lock, unlock and parts send nothing", async () => {
    const doc = await uploadDocument(documenten(), { ...metadata(), content: "0123456789abcdefghij-", bestandsnaam: "n.txt" }, { inlineLimit: 1 });
    const messages = mock.notifications.filter((n) => n.message.hoofdObject === doc.url).map((n) => n.message);
    expect(messages).toEqual([
      expect.objectContaining({
        kanaal: "documenten",
        resource: "enkelvoudiginformatieobject",
        actie: "create",
        kenmerken: { bronorganisatie: SEED.rsin, informatieobjecttype: `${origin}${SEED.informatieobjecttypeAanvraag}`, vertrouwelijkheidaanduiding: "zaakvertrouwelijk", "informatieobjecttype.catalogus": `${origin}${SEED.catalogus}` },
      }),
    ]);
    await withLock(documenten(), doc.url, (lock) => documenten().PATCH("/enkelvoudiginformatieobjecten/{uuid}", { params: { path: { uuid: uuidOf(doc.url) } }, body: { lock, titel: "Nieuw" }, throwOnError: true }));
    expect(mock.notifications.filter((n) => n.message.hoofdObject === doc.url).map((n) => n.message.actie)).toEqual(["create", "partial_update"]);
  });
});
