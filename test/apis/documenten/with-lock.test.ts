import { http, HttpResponse } from "msw";
import { expect, it } from "vitest";
import { isLockError, type LockError } from "../../../src/errors/lock-error.js";
import { createDocumentenClient as createOpenZaakClient } from "../../../src/generated/documenten/1.4.2-openzaak-1.30.0/index.js";
import { createDocumentenClient } from "../../../src/generated/documenten/index.js";
import { uploadDocument, withLock } from "../../../src/apis/documenten/index.js";
import { server, useMsw } from "../../helpers/msw.js";
import { METADATA, fakeDrc } from "./fake-drc.js";

const BASE = "https://open-zaak.example.nl/documenten/api/v1";
useMsw();
const documenten = createDocumentenClient({ baseUrl: BASE, retry: false });

async function newDocument(): Promise<{ url: string; fake: ReturnType<typeof fakeDrc> }> {
  const fake = fakeDrc(BASE, { chunkSize: 1000 });
  const { url } = await uploadDocument(documenten, { ...METADATA, content: "inhoud", bestandsnaam: "a.txt" });
  return { url, fake };
}

it("locks, runs the callback with the lock, unlocks with that lock and returns the result", async () => {
  const { url, fake } = await newDocument();
  const result = await withLock(documenten, url, async (lock) => {
    expect([...fake.documents.values()][0]?.lock).toBe(lock);
    return `bijgewerkt met ${lock.length}`;
  });
  expect(result).toBe("bijgewerkt met 32");
  expect(fake.unlocks).toEqual([{ uuid: url.split("/").at(-1), lock: fake.locks[0], status: 204 }]);
  expect([...fake.documents.values()][0]?.lock).toBe("");
});

it("a throwing callback still unlocks, and its own error is rethrown", async () => {
  const { url, fake } = await newDocument();
  const failure = new Error("PATCH mislukt");
  await expect(withLock(documenten, url, () => Promise.reject(failure))).rejects.toBe(failure);
  expect(fake.unlocks.map((u) => u.status)).toEqual([204]);
  expect([...fake.documents.values()][0]?.lock).toBe("");
});

it("when the callback and the unlock both fail: a LockError keeps both (callback's as cause) and the lock", async () => {
  const { url, fake } = await newDocument();
  fake.failUnlock = () => HttpResponse.json({ code: "error", title: "Serverfout" }, { status: 400, headers: { "Content-Type": "application/problem+json" } });
  const failure = new Error("PATCH mislukt");
  const error = (await withLock(documenten, url, () => {
    throw failure;
  }).catch((e: unknown) => e)) as LockError;
  expect(isLockError(error)).toBe(true);
  expect(error.cause).toBe(failure);
  expect((error.unlockError as { status?: number }).status).toBe(400);
  expect(error.lock).toBe(fake.locks[0]);
  expect(error.documentUrl).toBe(url);
  expect(error.message).not.toContain(error.lock);
});

it("when only the unlock fails: a LockError, not a silent success", async () => {
  const { url, fake } = await newDocument();
  fake.failUnlock = () => HttpResponse.json({ code: "error" }, { status: 400, headers: { "Content-Type": "application/problem+json" } });
  const error = await withLock(documenten, url, () => "klaar").catch((e: unknown) => e);
  expect(isLockError(error)).toBe(true);
  expect((error as LockError).cause).toBe((error as LockError).unlockError);
});

it("works on Open Zaak 1.4.2 and with a uuid", async () => {
  const uuid = "7ab3b1c8-8e1f-4c1e-9d87-2f3b5a3c9e10";
  const seen: string[] = [];
  server.use(
    http.post(`${BASE}/enkelvoudiginformatieobjecten/:uuid/lock`, ({ params }) => {
      seen.push(`lock ${params.uuid}`);
      return HttpResponse.json({ lock: "0f3c" });
    }),
    http.post(`${BASE}/enkelvoudiginformatieobjecten/:uuid/unlock`, async ({ request }) => {
      seen.push(`unlock ${JSON.stringify(await request.json())}`);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  await withLock(createOpenZaakClient({ baseUrl: BASE }), uuid, (lock) => seen.push(`work ${lock}`));
  expect(seen).toEqual([`lock ${uuid}`, "work 0f3c", 'unlock {"lock":"0f3c"}']);
});
