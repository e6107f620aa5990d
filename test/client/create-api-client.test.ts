/**
 * The ways one call is sent (src/client/create-api-client.ts): with a first deadline, without one but
 * with per-call options, and through the client's shared fetch (no deadline, no per-call options).
 * Each path must still honour timeouts, the caller's signal, per-call headers and credentials.
 */
import { describe, expect, it } from "vitest";
import { tokenAuth } from "../../src/auth/token-auth.js";
import { TimeoutError } from "../../src/errors/timeout-error.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { delayed, hang, json, noUnhandledRejections, useLoopback } from "../transport/loopback-server.js";

const api = useLoopback();
const other = useLoopback();
noUnhandledRejections();

const TOKEN = "9b1deb4d3b7d4bad9bdd2b0d7b3dcb6d9b1deb4d";
const PAGE = { count: 0, next: null, previous: null, results: [] };
type Options = Omit<Parameters<typeof createZakenClient>[0], "baseUrl">;
const zaken = (options: Options = {}) => createZakenClient({ baseUrl: `${api.origin}/zaken/api/v1`, retry: false, ...options });
const settle = (call: Promise<unknown>): Promise<unknown> => call.then(() => undefined, (error: unknown) => error);

describe("createApiClient: how a call is sent", () => {
  it("shared fetch (timeout off, no call options): the caller's signal still aborts the request", async () => {
    api.answer(hang);
    const controller = new AbortController();
    const reason = new Error("user left the page");
    const call = zaken({ timeout: false, auth: tokenAuth(TOKEN) }).GET("/zaken", { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    expect(await settle(call)).toBe(reason);
    expect(api.hits).toHaveLength(1);
    expect(api.hits[0]?.headers.authorization).toBe(`Token ${TOKEN}`);
  });

  it("shared fetch: defaults and credentials on the wire, credentials not sent to another origin", async () => {
    api.answer(json(200, PAGE));
    other.answer(json(200, PAGE));
    const client = zaken({ timeout: false, auth: tokenAuth(TOKEN) });
    await client.GET("/zaken");
    await client.GET("/zaken", { baseUrl: `${other.origin}/zaken/api/v1` });
    expect(api.hits[0]?.headers).toMatchObject({ authorization: `Token ${TOKEN}`, "accept-crs": "EPSG:4326", "content-crs": "EPSG:4326" });
    expect(other.hits[0]?.headers.authorization).toBeUndefined();
    expect(other.hits[0]?.headers["accept-crs"]).toBe("EPSG:4326");
  });

  it("client timeout off, a per-call timeout on: that call times out", async () => {
    api.answer(hang);
    const error = await settle(zaken({ timeout: false }).GET("/zaken", { timeout: 80 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: "timeout", timeoutMs: 80 });
  });

  it("client timeout on, a per-call timeout: false: that call waits for a slow answer", async () => {
    api.answer(delayed(250, json(200, PAGE)));
    const { data } = await zaken({ timeout: 80 }).GET("/zaken", { timeout: false, throwOnError: true });
    expect(data).toEqual(PAGE);
  });

  it("per-call options without a deadline reach the wire (audit reason, traceparent) with the credentials", async () => {
    api.answer(json(200, PAGE));
    const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    await zaken({ timeout: false, auth: tokenAuth(TOKEN) }).GET("/zaken", { auditToelichting: "Bezwaar behandeld", traceparent });
    expect(api.hits[0]?.headers).toMatchObject({ authorization: `Token ${TOKEN}`, "x-audit-toelichting": "Bezwaar behandeld", traceparent });
  });

  it("never changes the caller's init, and the same init can be sent twice", async () => {
    api.answer(json(200, PAGE));
    const init = { params: { query: { identificatie: "ZAAK-1" } }, timeout: 5_000 } as const;
    const copy = structuredClone(init);
    const client = zaken({ auth: tokenAuth(TOKEN) });
    await client.GET("/zaken", init);
    await client.GET("/zaken", init);
    expect(init).toEqual(copy);
    expect(api.hits.map((h) => h.path)).toEqual(["/zaken/api/v1/zaken?identificatie=ZAAK-1", "/zaken/api/v1/zaken?identificatie=ZAAK-1"]);
  });
});
