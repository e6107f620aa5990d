/**
 * POST and PATCH are not idempotent: a 503 (or a reset connection) is not retried unless the call
 * says `idempotent: true`, because the server may have acted on the request.
 */
import { describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors/server-error.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { json, noUnhandledRejections, reset, useLoopback } from "./loopback-server.js";

const server = useLoopback();
noUnhandledRejections();

const UUID = "d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11";
const CATALOGI = "https://open-zaak.example.nl/catalogi/api/v1";
const UNAVAILABLE = { code: "unavailable", title: "Service tijdelijk niet beschikbaar", status: 503, detail: "Probeer het later opnieuw." };
const NEW_ZAAK = {
  bronorganisatie: "002220647",
  zaaktype: `${CATALOGI}/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1`,
  verantwoordelijkeOrganisatie: "002220647",
  startdatum: "2024-05-01",
};

const zaken = (retries = 2) =>
  createZakenClient({ baseUrl: `${server.origin}/zaken/api/v1`, retry: { retries, random: () => 0.5, minDelayMs: 1, maxDelayMs: 5 } });

type Call = (client: ReturnType<typeof zaken>, idempotent: boolean | undefined) => Promise<{ response: Response }>;

const calls: [string, string, string, Call][] = [
  ["POST", "/zaken", "/zaken/api/v1/zaken", (client, idempotent) =>
    client.POST("/zaken", { body: NEW_ZAAK, ...(idempotent === undefined ? {} : { idempotent }) })],
  ["PATCH", "/zaken/{uuid}", `/zaken/api/v1/zaken/${UUID}`, (client, idempotent) =>
    client.PATCH("/zaken/{uuid}", { params: { path: { uuid: UUID } }, body: { omschrijving: "Bijgewerkt" }, ...(idempotent === undefined ? {} : { idempotent }) })],
];

describe.each(calls)("%s %s against a 503", (method, _path, wirePath, call) => {
  it("is sent exactly once", async () => {
    server.answer(json(503, UNAVAILABLE));
    const { response } = await call(zaken(), undefined);
    expect(response.status).toBe(503);
    expect(server.hits).toMatchObject([{ method, path: wirePath }]);
  });

  it("is sent once with idempotent: false", async () => {
    server.answer(json(503, UNAVAILABLE));
    await call(zaken(), false);
    expect(server.hits).toHaveLength(1);
  });

  it.each([0, 1, 2, 3])("with idempotent: true and retries: %i is sent retries + 1 times, the body each time", async (retries) => {
    server.answer(json(503, UNAVAILABLE));
    const { response } = await call(zaken(retries), true);
    expect(response.status).toBe(503);
    expect(server.hits).toHaveLength(retries + 1);
    for (const hit of server.hits) expect(hit).toMatchObject({ method, path: wirePath, headers: { "content-type": "application/json" } });
  });

  it("throws a ServerError with throwOnError after a single request", async () => {
    server.answer(json(503, UNAVAILABLE));
    const client = zaken();
    await expect(method === "POST" ? client.POST("/zaken", { body: NEW_ZAAK, throwOnError: true }) : client.PATCH("/zaken/{uuid}", { params: { path: { uuid: UUID } }, body: {}, throwOnError: true })).rejects.toBeInstanceOf(ServerError);
    expect(server.hits).toHaveLength(1);
  });

  it("a reset connection is not retried either, unless idempotent: true", async () => {
    server.answer(reset);
    await expect(call(zaken(), undefined)).rejects.toMatchObject({ kind: "network" });
    expect(server.hits).toHaveLength(1);
    server.answer(reset);
    await expect(call(zaken(), true)).rejects.toMatchObject({ kind: "network" });
    expect(server.hits).toHaveLength(3);
  });
});

describe("idempotent methods against a 503", () => {
  it("PUT and DELETE are retried without asking", async () => {
    const client = zaken();
    server.answer(json(503, UNAVAILABLE));
    await client.DELETE("/zaken/{uuid}", { params: { path: { uuid: UUID } } });
    expect(server.hits.map((h) => h.method)).toEqual(["DELETE", "DELETE", "DELETE"]);
    server.answer(json(503, UNAVAILABLE));
    await client.PUT("/zaken/{uuid}", { params: { path: { uuid: UUID } }, body: NEW_ZAAK });
    expect(server.hits.map((h) => h.method)).toEqual(["PUT", "PUT", "PUT"]);
  });
});
