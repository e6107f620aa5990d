/**
 * Regressions from the fault review of the transport: each case failed before its fix.
 */
import { describe, expect, it } from "vitest";
import { oauth2ClientCredentials } from "../../src/auth/oauth2-client-credentials.js";
import { isTimeoutError } from "../../src/errors/guards.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { json, noUnhandledRejections, useLoopback } from "./loopback-server.js";

const api = useLoopback();
const tokens = useLoopback();
noUnhandledRejections();
const PAGE = { count: 0, next: null, previous: null, results: [] };
const zaken = (extra: Parameters<typeof createZakenClient>[0] | object = {}) =>
  createZakenClient({ baseUrl: `${api.origin}/zaken/api/v1`, retry: { random: () => 0.5, minDelayMs: 1, maxDelayMs: 2 }, ...extra });

describe("transport review regressions", () => {
  it("the timeout also covers a body that stalls after the headers", async () => {
    api.answer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"count":0,');
    });
    const started = performance.now();
    const failure = await zaken({ timeout: 150, retry: false }).GET("/zaken").catch((e: unknown) => e);
    expect(isTimeoutError(failure)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("a hook that throws or rejects does not break a successful call", async () => {
    api.answer(json(200, PAGE));
    const client = zaken({
      hooks: {
        onRequest: () => {
          throw new Error("sync boom");
        },
        onResponse: () => Promise.reject(new Error("async boom")),
      },
    });
    const { data } = await client.GET("/zaken");
    expect(data).toEqual(PAGE);
  });

  it("a custom abort reason reaches the caller unchanged, also while waiting for a retry", async () => {
    api.answer(json(503, { title: "busy" }));
    const controller = new AbortController();
    const reason = new Error("user cancelled");
    const call = zaken({ retry: { minDelayMs: 5000, maxDelayMs: 5000, random: () => 0.99 } }).GET("/zaken", { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 100);
    await expect(call).rejects.toBe(reason);
    expect(api.hits).toHaveLength(1);
  });

  it("20 calls refused for the same old token share one new token", async () => {
    let issued = 0;
    tokens.answer((_req, res) => json(200, { access_token: `tok-${++issued}`, expires_in: 3600 })(_req, res, 0));
    api.answer((req, res, attempt) => json(req.headers.authorization === "Bearer tok-1" ? 401 : 200, attempt >= 0 ? PAGE : {})(req, res, attempt));
    const auth = oauth2ClientCredentials({ tokenUrl: `${tokens.origin}/token`, clientId: "app", clientSecret: "a-client-secret-for-tests" });
    const client = zaken({ auth });
    const results = await Promise.all(Array.from({ length: 20 }, () => client.GET("/zaken")));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(tokens.hits).toHaveLength(2);
  });
});
