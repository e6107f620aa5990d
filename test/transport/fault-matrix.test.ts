/**
 * The transport against real failures on the wire (a loopback server): which faults are retried,
 * how often, and which typed error or result comes out, with and without `throwOnError`.
 */
import { describe, expect, it } from "vitest";
import type { ClientOptions } from "../../src/client/client-options.js";
import { NetworkError } from "../../src/errors/network-error.js";
import { RateLimitError } from "../../src/errors/rate-limit-error.js";
import { ServerError } from "../../src/errors/server-error.js";
import { TimeoutError } from "../../src/errors/timeout-error.js";
import { ValidationError } from "../../src/errors/validation-error.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import type { RetryEvent } from "../../src/observability/hooks.js";
import { type Reply, delayed, hang, json, noUnhandledRejections, reset, sequence, truncated, useLoopback } from "./loopback-server.js";

const server = useLoopback();
noUnhandledRejections();

const RETRY = { random: () => 0.5, minDelayMs: 1, maxDelayMs: 5 };
const zaken = (options: Partial<ClientOptions> = {}) => createZakenClient({ baseUrl: `${server.origin}/zaken/api/v1`, retry: RETRY, ...options });
const LIST = { count: 0, next: null, previous: null, results: [] };
const FOUT = { type: "https://open-zaak.example.nl/ref/fouten/ServiceUnavailable/", code: "unavailable", title: "Service tijdelijk niet beschikbaar", status: 503, detail: "Probeer het later opnieuw.", instance: "urn:uuid:6d4bde0a-1b68-4b1f-8d2d-1a0bb6b7b1c1" };
const HTML = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
const httpDate = (offsetMs: number): string => new Date(Date.now() + offsetMs).toUTCString();

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, but the call resolved");
}

interface StatusFault {
  readonly name: string;
  readonly reply: () => Reply;
  readonly attempts: number;
  readonly errorClass: typeof ServerError | typeof RateLimitError;
  readonly status: number;
  /** What `{ error }` holds without throwOnError. */
  readonly body: unknown;
}

const statusFaults: StatusFault[] = [
  { name: "500 (not retried)", reply: () => json(500, FOUT), attempts: 1, errorClass: ServerError, status: 500, body: FOUT },
  { name: "502", reply: () => json(502, FOUT), attempts: 3, errorClass: ServerError, status: 502, body: FOUT },
  { name: "503", reply: () => json(503, FOUT), attempts: 3, errorClass: ServerError, status: 503, body: FOUT },
  { name: "504", reply: () => json(504, FOUT), attempts: 3, errorClass: ServerError, status: 504, body: FOUT },
  { name: "429 with Retry-After: 0", reply: () => json(429, FOUT, { "Retry-After": "0" }), attempts: 3, errorClass: RateLimitError, status: 429, body: FOUT },
  { name: "429 with a Retry-After date in the past", reply: () => json(429, FOUT, { "Retry-After": httpDate(-60_000) }), attempts: 3, errorClass: RateLimitError, status: 429, body: FOUT },
  { name: "502 with a gateway's HTML page", reply: () => json(502, HTML, { "Content-Type": "text/html" }), attempts: 3, errorClass: ServerError, status: 502, body: HTML },
];

describe("fault matrix: statuses", () => {
  it.each(statusFaults)("$name → $attempts attempt(s), then a typed error", async ({ reply, attempts, errorClass, status }) => {
    server.answer(reply());
    const error = await rejection(zaken({ throwOnError: true }).GET("/zaken"));
    expect(server.hits).toHaveLength(attempts);
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ kind: "http", status, method: "GET" });
    expect((error as Error).message).toContain(`GET ${server.origin}/zaken/api/v1/zaken → ${status}`);
  });

  it.each(statusFaults)("$name → $attempts attempt(s), then { error, response } without throwOnError", async ({ reply, attempts, status, body }) => {
    server.answer(reply());
    const { data, error, response } = await zaken().GET("/zaken");
    expect(server.hits).toHaveLength(attempts);
    expect(data).toBeUndefined();
    expect(response.status).toBe(status);
    expect(error).toEqual(body);
  });

  it("a gateway's HTML page gives an error without problem details, naming the content type", async () => {
    server.answer(json(502, HTML, { "Content-Type": "text/html" }));
    const error = (await rejection(zaken({ throwOnError: true }).GET("/zaken"))) as ServerError;
    expect(error.problem).toBeUndefined();
    expect(error.contentType).toBe("text/html");
    expect(error.message).toContain("(text/html body)");
  });

  it("a Retry-After date in the near future is waited for", async () => {
    // Whole seconds on the wire: between ~300 ms and 1.3 s from now.
    const at = new Date(Math.ceil((Date.now() + 300) / 1000) * 1000).toUTCString();
    server.answer(sequence(json(429, FOUT, { "Retry-After": at }), json(200, LIST)));
    const retries: RetryEvent[] = [];
    const { data } = await zaken({ hooks: { onRetry: (e) => retries.push(e) } }).GET("/zaken", { throwOnError: true });
    expect(data).toEqual(LIST);
    expect(server.hits).toHaveLength(2);
    expect(retries).toHaveLength(1);
    expect(retries[0]?.reason).toBe("429");
    expect(retries[0]?.delayMs).toBeGreaterThan(150);
    expect(retries[0]?.delayMs).toBeLessThanOrEqual(1300);
    const [first, second] = server.hits;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(150);
  });

  it.each([
    ["seconds", () => "120", 120_000],
    ["an HTTP date", () => httpDate(3_600_000), 3_600_000],
  ])("a Retry-After (%s) beyond maxRetryAfterMs is returned at once (1 attempt)", async (_form, value, ms) => {
    server.answer(json(503, FOUT, { "Retry-After": value() }));
    const error = (await rejection(zaken({ throwOnError: true }).GET("/zaken"))) as ServerError;
    expect(server.hits).toHaveLength(1);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.retryAfterMs).toBeGreaterThan(ms - 60_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(ms);
  });
});

describe("fault matrix: connections and bodies", () => {
  it.each([true, false])("a reset connection is retried, then a NetworkError (throwOnError: %s)", async (throwOnError) => {
    server.answer(reset);
    const error = await rejection(zaken({ throwOnError }).GET("/zaken"));
    expect(server.hits).toHaveLength(3);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ kind: "network", method: "GET", url: `${server.origin}/zaken/api/v1/zaken` });
  });

  it.each([true, false])("no headers within the timeout: 3 attempts, then a TimeoutError (throwOnError: %s)", async (throwOnError) => {
    server.answer(hang);
    const error = await rejection(zaken({ throwOnError, timeout: 100 }).GET("/zaken"));
    expect(server.hits).toHaveLength(3);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: "timeout", timeoutMs: 100 });
  });

  it("each attempt gets a fresh timeout: slow only at first → success on the 2nd attempt", async () => {
    // A single timer for the whole call would have run out during the second attempt.
    server.answer(sequence(hang, delayed(100, json(200, LIST))));
    const { data } = await zaken({ timeout: 200 }).GET("/zaken", { throwOnError: true });
    expect(data).toEqual(LIST);
    expect(server.hits).toHaveLength(2);
  });

  it.each([true, false])("a body cut off (Content-Length larger than sent) → NetworkError, 1 attempt (throwOnError: %s)", async (throwOnError) => {
    server.answer(truncated('{"count":', 100));
    const error = await rejection(zaken({ throwOnError }).GET("/zaken"));
    expect(server.hits).toHaveLength(1);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ kind: "network" });
  });

  it.each([
    ["a complete 200 holding cut-off JSON", json(200, '{"count":')],
    ["a 200 with an HTML page (text/html)", json(200, "<html><body>Inloggen</body></html>", { "Content-Type": "text/html" })],
  ])("%s → ValidationError, 1 attempt", async (_name, reply) => {
    for (const throwOnError of [true, false]) {
      server.answer(reply);
      const error = await rejection(zaken({ throwOnError }).GET("/zaken"));
      expect(server.hits).toHaveLength(1);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ kind: "validation", issues: [{ code: "invalid_json" }] });
    }
  });

  it.each([true, false])("an empty 204 on DELETE → { data: undefined }, 1 attempt (throwOnError: %s)", async (throwOnError) => {
    server.answer((_req, res) => res.writeHead(204).end());
    const result = await zaken({ throwOnError }).DELETE("/zaken/{uuid}", { params: { path: { uuid: "d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11" } } });
    expect(server.hits).toMatchObject([{ method: "DELETE", path: "/zaken/api/v1/zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11" }]);
    expect(result.data).toBeUndefined();
    expect(result.error).toBeUndefined();
    expect(result.response.status).toBe(204);
  });
});

describe("fault matrix: the caller's signal", () => {
  it("aborting while waiting for a retry rejects with the caller's reason; no further attempts", async () => {
    server.answer(json(503, FOUT, { "Retry-After": "10" }));
    const controller = new AbortController();
    let retrying = (): void => undefined;
    const waiting = new Promise<void>((resolve) => {
      retrying = resolve;
    });
    const call = rejection(zaken({ hooks: { onRetry: () => retrying() } }).GET("/zaken", { signal: controller.signal }));
    await waiting;
    controller.abort();
    const error = await call;
    expect(error).toBe(controller.signal.reason);
    expect((error as Error).name).toBe("AbortError");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.hits).toHaveLength(1);
  });
});
