/**
 * Observability hooks on a real wire (loopback server): onRequest per attempt, onResponse with the
 * status and a duration, onRetry with the reason and the wait, onError with the typed error that
 * ends the call; URLs redacted (BSN) in every event.
 */
import { describe, expect, it } from "vitest";
import { apiKey } from "../../src/auth/api-key.js";
import type { AuthStrategy } from "../../src/auth/auth-strategy.js";
import { AuthError } from "../../src/errors/auth-error.js";
import { NetworkError } from "../../src/errors/network-error.js";
import { TimeoutError } from "../../src/errors/timeout-error.js";
import { createBrpPersonenClient } from "../../src/generated/brp-personen/1.3.1/index.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import type { ErrorEvent, Hooks, RequestEvent, ResponseEvent, RetryEvent } from "../../src/observability/hooks.js";
import { delayed, hang, json, noUnhandledRejections, reset, sequence, useLoopback } from "../transport/loopback-server.js";

const server = useLoopback();
noUnhandledRejections();

const BSN = "999993653";
const RETRY = { random: () => 0.5, minDelayMs: 4, maxDelayMs: 40 };
const LIST = { count: 0, next: null, previous: null, results: [] };

/** Hooks that record every event in order. */
function recording() {
  const events: { type: string; event: RequestEvent | ResponseEvent | RetryEvent | ErrorEvent }[] = [];
  const hooks: Hooks = {
    onRequest: (event) => void events.push({ type: "request", event }),
    onResponse: (event) => void events.push({ type: "response", event }),
    onRetry: (event) => void events.push({ type: "retry", event }),
    onError: (event) => void events.push({ type: "error", event }),
  };
  const of = <T>(type: string) => events.filter((e) => e.type === type).map((e) => e.event as T);
  return { hooks, events, of, types: () => events.map((e) => `${e.type}:${e.event.attempt}`) };
}

const zaken = (hooks: Hooks, extra: { timeout?: number } = {}) => createZakenClient({ baseUrl: `${server.origin}/zaken/api/v1`, retry: RETRY, hooks, ...extra });
const url = () => `${server.origin}/zaken/api/v1/zaken`;

describe("hooks", () => {
  it("one attempt: request, then response with status and a duration", async () => {
    server.answer(delayed(30, json(200, LIST)));
    const r = recording();
    await zaken(r.hooks).GET("/zaken");
    expect(r.types()).toEqual(["request:0", "response:0"]);
    expect(r.of<RequestEvent>("request")[0]).toEqual({ method: "GET", url: url(), attempt: 0 });
    const [response] = r.of<ResponseEvent>("response");
    expect(response).toMatchObject({ method: "GET", url: url(), attempt: 0, status: 200 });
    expect(response?.durationMs).toBeGreaterThanOrEqual(25);
    expect(response?.durationMs).toBeLessThan(5_000);
  });

  it("503, 503, 200: attempts 0-2, two retries with their reason and delay", async () => {
    server.answer(sequence(json(503, {}), json(503, {}), json(200, LIST)));
    const r = recording();
    const { data } = await zaken(r.hooks).GET("/zaken");
    expect(data).toEqual(LIST);
    expect(r.types()).toEqual(["request:0", "response:0", "retry:0", "request:1", "response:1", "retry:1", "request:2", "response:2"]);
    expect(r.of<ResponseEvent>("response").map((e) => e.status)).toEqual([503, 503, 200]);
    // Full jitter with random 0.5: half of min(maxDelayMs, minDelayMs · 2^attempt).
    expect(r.of<RetryEvent>("retry")).toEqual([
      { method: "GET", url: url(), attempt: 0, reason: "503", delayMs: 2 },
      { method: "GET", url: url(), attempt: 1, reason: "503", delayMs: 4 },
    ]);
    for (const e of r.of<ResponseEvent>("response")) expect(e.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("Retry-After sets the retry's delay", async () => {
    server.answer(sequence(json(429, {}, { "Retry-After": "0" }), json(200, LIST)));
    const r = recording();
    await zaken(r.hooks).GET("/zaken");
    expect(r.of<RetryEvent>("retry")).toMatchObject([{ reason: "429", delayMs: 0 }]);
  });

  it("connection resets: retries with reason network, then onError with the NetworkError", async () => {
    server.answer(reset);
    const r = recording();
    await expect(zaken(r.hooks).GET("/zaken")).rejects.toBeInstanceOf(NetworkError);
    expect(r.types()).toEqual(["request:0", "retry:0", "request:1", "retry:1", "request:2", "error:2"]);
    expect(r.of<RetryEvent>("retry").map((e) => e.reason)).toEqual(["network", "network"]);
    const [error] = r.of<ErrorEvent>("error");
    expect(error?.error).toBeInstanceOf(NetworkError);
    expect(error?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("timeouts: reason timeout, and onError's duration covers the last attempt's timeout", async () => {
    server.answer(hang);
    const r = recording();
    await expect(zaken(r.hooks, { timeout: 60 }).GET("/zaken", { retry: { retries: 1 } })).rejects.toBeInstanceOf(TimeoutError);
    expect(r.types()).toEqual(["request:0", "retry:0", "request:1", "error:1"]);
    expect(r.of<RetryEvent>("retry")[0]?.reason).toBe("timeout");
    expect(r.of<ErrorEvent>("error")[0]?.durationMs).toBeGreaterThanOrEqual(55);
  });

  it("a 401 with a refreshing strategy: a 401-refresh retry, then onError with the AuthError", async () => {
    server.answer(json(401, { detail: "Token verlopen." }));
    const auth: AuthStrategy = { name: "test", headers: () => ({ Authorization: "Bearer t0k3n-abcdef" }), refresh: async () => true, secrets: () => ["t0k3n-abcdef"] };
    const r = recording();
    const client = createZakenClient({ baseUrl: `${server.origin}/zaken/api/v1`, auth, hooks: r.hooks });
    await expect(client.GET("/zaken")).rejects.toBeInstanceOf(AuthError);
    expect(r.events.map((e) => e.type)).toEqual(["request", "response", "retry", "request", "response", "error"]);
    expect(r.of<RetryEvent>("retry")).toMatchObject([{ reason: "401-refresh", delayMs: 0 }]);
    expect(r.of<ErrorEvent>("error")[0]?.error).toBeInstanceOf(AuthError);
  });

  it("POST without idempotent: one request, one response, no retry", async () => {
    server.answer(json(503, {}));
    const r = recording();
    await zaken(r.hooks).POST("/zaken", { body: { bronorganisatie: "002220647", zaaktype: "https://x.nl/zt/1", verantwoordelijkeOrganisatie: "002220647", startdatum: "2024-05-01" } });
    expect(r.types()).toEqual(["request:0", "response:0"]);
  });

  it("every event's URL is redacted (BSN in the path), and the API key never appears", async () => {
    server.answer(sequence(json(503, {}), json(404, { detail: `Persoon ${BSN} niet gevonden` })));
    const r = recording();
    const brp = createBrpPersonenClient({ baseUrl: `${server.origin}/haalcentraal/api/brp`, auth: apiKey({ header: "X-Api-Key", key: "bag-key-0123456789abcdef" }), retry: RETRY, hooks: r.hooks });
    await brp.GET("/ingeschrevenpersonen/{burgerservicenummer}", { params: { path: { burgerservicenummer: BSN } } });
    expect(server.hits[0]?.path).toBe(`/haalcentraal/api/brp/ingeschrevenpersonen/${BSN}`);
    expect(r.events).toHaveLength(5);
    for (const { event } of r.events) expect(event.url).toBe(`${server.origin}/haalcentraal/api/brp/ingeschrevenpersonen/[BSN]`);
    expect(JSON.stringify(r.events)).not.toContain(BSN);
    expect(JSON.stringify(r.events)).not.toContain("bag-key-0123456789abcdef");
  });
});
