import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tokenAuth } from "../../../src/auth/token-auth.js";
import { createKlantinteractiesClient } from "../../../src/generated/klantinteracties/index.js";
import { type MockCommonGround, createMockCommonGround, seedUuid } from "../../../src/testing/index.js";

let mock: MockCommonGround;
beforeAll(async () => {
  mock = await createMockCommonGround({ notify: false });
  await mock.listen({ port: 0 });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const client = () => createKlantinteractiesClient({ baseUrl: mock.baseUrls.klantinteracties, auth: tokenAuth(mock.credentials.token) });

describe("Klantinteracties (Open Klant 2) in the landscape mock: seed and generic CRUD with Token auth", () => {
  it("lists the seeded klantcontact and reads the seeded partij", async () => {
    const { data } = await client().GET("/klantcontacten", { throwOnError: true });
    expect(data?.results?.map((k) => k.onderwerp)).toEqual(["Vraag over parkeervergunning"]);
    const partij = await client().GET("/partijen/{uuid}", { params: { path: { uuid: seedUuid(720) } }, throwOnError: true });
    expect(partij.data?.soortPartij).toBe("persoon");
  });

  it("creates, updates and deletes a klantcontact; a missing required field → 400 required", async () => {
    const body = { kanaal: "e-mail", onderwerp: "Afspraak", taal: "nld", vertrouwelijk: false };
    const created = await client().POST("/klantcontacten", { body: body as never, throwOnError: true });
    expect(created.response.status).toBe(201);
    const uuid = String(created.data?.uuid);
    expect(created.data?.url).toBe(`${mock.baseUrls.klantinteracties}/klantcontacten/${uuid}`);
    const patched = await client().PATCH("/klantcontacten/{uuid}", { params: { path: { uuid } }, body: { onderwerp: "Afspraak verzet" } as never, throwOnError: true });
    expect(patched.data?.onderwerp).toBe("Afspraak verzet");
    const removed = await client().DELETE("/klantcontacten/{uuid}", { params: { path: { uuid } }, throwOnError: true });
    expect(removed.response.status).toBe(204);
    const gone = await client().GET("/klantcontacten/{uuid}", { params: { path: { uuid } } });
    expect(gone.response.status).toBe(404);
    const bad = await client().POST("/klantcontacten", { body: { kanaal: "e-mail", taal: "nld", vertrouwelijk: false } as never });
    expect(bad.response.status).toBe(400);
    expect((bad.error as unknown as { invalidParams?: { name: string; code: string }[] }).invalidParams?.map(({ name, code }) => ({ name, code }))).toEqual([{ name: "onderwerp", code: "required" }]);
  });

  it("401 without or with a wrong Token", async () => {
    expect((await fetch(`${mock.baseUrls.klantinteracties}/partijen`)).status).toBe(401);
    const wrong = await fetch(`${mock.baseUrls.klantinteracties}/partijen`, { headers: { Authorization: "Token nope" } });
    expect(wrong.status).toBe(401);
  });
});
