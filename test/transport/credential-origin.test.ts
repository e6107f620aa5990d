/**
 * Credentials go only to the base URL's origin: a call aimed at another origin (openapi-fetch's
 * per-call `baseUrl`, a redirect) never carries them, and plain http to a non-loopback host with
 * credentials is refused when the client is made.
 */
import { describe, expect, it, vi } from "vitest";
import type { AuthStrategy } from "../../src/auth/auth-strategy.js";
import { apiKey } from "../../src/auth/api-key.js";
import { tokenAuth } from "../../src/auth/token-auth.js";
import { ConfigError } from "../../src/errors/config-error.js";
import { createObjectenClient } from "../../src/generated/objecten/index.js";
import { DEFAULT_RETRY } from "../../src/transport/retry-policy.js";
import { createTransport } from "../../src/transport/transport.js";
import { json, noUnhandledRejections, useLoopback } from "./loopback-server.js";

const api = useLoopback();
const other = useLoopback();
noUnhandledRejections();

const TOKEN = "0f3c9a8e7d6b5a4c3e2f1a0b9c8d7e6f5a4b3c2d";
const PAGE = { count: 0, next: null, previous: null, results: [] };
const objecten = () => createObjectenClient({ baseUrl: `${api.origin}/api/v2`, auth: tokenAuth(TOKEN), retry: false });

describe("credentials and origins (Objects API with tokenAuth)", () => {
  it("a call under the base URL carries Authorization: Token …", async () => {
    api.answer(json(200, PAGE));
    const { data } = await objecten().GET("/objects");
    expect(data).toEqual(PAGE);
    expect(api.hits).toMatchObject([{ method: "GET", path: "/api/v2/objects", headers: { authorization: `Token ${TOKEN}` } }]);
  });

  it("the same origin spelled in upper case still gets them", async () => {
    api.answer(json(200, PAGE));
    const port = new URL(api.origin).port;
    const client = createObjectenClient({ baseUrl: `HTTP://127.0.0.1:${port}/api/v2`, auth: tokenAuth(TOKEN), retry: false });
    await client.GET("/objects");
    expect(api.hits[0]?.headers.authorization).toBe(`Token ${TOKEN}`);
  });

  it("a per-call baseUrl on another origin gets no Authorization", async () => {
    api.answer(json(200, PAGE));
    other.answer(json(200, PAGE));
    const { data } = await objecten().GET("/objects", { baseUrl: `${other.origin}/api/v2` });
    expect(data).toEqual(PAGE);
    expect(api.hits).toHaveLength(0);
    expect(other.hits).toHaveLength(1);
    expect(other.hits[0]?.path).toBe("/api/v2/objects");
    expect(other.hits[0]?.headers.authorization).toBeUndefined();
  });

  it("the same server under another host name is another origin: no Authorization", async () => {
    api.answer(json(200, PAGE));
    const port = new URL(api.origin).port;
    await objecten().GET("/objects", { baseUrl: `http://localhost:${port}/api/v2` });
    expect(api.hits).toHaveLength(1);
    expect(api.hits[0]?.headers.authorization).toBeUndefined();
  });

  it("a redirect to another origin does not carry Authorization along", async () => {
    api.answer((_req, res) => res.writeHead(302, { Location: `${other.origin}/elsewhere/objects` }).end());
    other.answer(json(200, PAGE));
    const { data } = await objecten().GET("/objects");
    expect(data).toEqual(PAGE);
    expect(api.hits[0]?.headers.authorization).toBe(`Token ${TOKEN}`);
    expect(other.hits).toHaveLength(1);
    expect(other.hits[0]?.path).toBe("/elsewhere/objects");
    expect(other.hits[0]?.headers.authorization).toBeUndefined();
  });

  it("a redirect to another origin does not carry an API key header along (fetch only drops Authorization)", async () => {
    api.answer((_req, res) => res.writeHead(307, { Location: `${other.origin}/steal` }).end());
    other.answer(json(200, PAGE));
    const client = createObjectenClient({ baseUrl: `${api.origin}/api/v2`, auth: apiKey({ header: "X-Api-Key", key: TOKEN }), retry: false });
    const { data } = await client.GET("/objects");
    expect(data).toEqual(PAGE);
    expect(api.hits[0]?.headers["x-api-key"]).toBe(TOKEN);
    expect(other.hits).toHaveLength(1);
    expect(other.hits[0]?.headers["x-api-key"]).toBeUndefined();
  });

  it("a redirect within the origin keeps the credentials", async () => {
    const page = json(200, PAGE);
    api.answer((req, res, attempt) => (attempt === 0 ? res.writeHead(301, { Location: "/api/v2/objects/" }).end() : page(req, res, attempt)));
    const { data } = await objecten().GET("/objects");
    expect(data).toEqual(PAGE);
    expect(api.hits.map((h) => [h.path, h.headers.authorization])).toEqual([
      ["/api/v2/objects", `Token ${TOKEN}`],
      ["/api/v2/objects/", `Token ${TOKEN}`],
    ]);
  });

  it("a 3xx without Location is answered as it is, with credentials sent once", async () => {
    api.answer((_req, res) => res.writeHead(304).end());
    const { response } = await objecten().GET("/objects");
    expect(response.status).toBe(304);
    expect(api.hits).toHaveLength(1);
    expect(api.hits[0]?.headers.authorization).toBe(`Token ${TOKEN}`);
  });

  it("a 303 after a POST is followed as a GET without the body or its Content-Type", async () => {
    api.answer((req, res, attempt) =>
      attempt === 0 ? res.writeHead(303, { Location: "/api/v2/objects/1" }).end() : json(200, { uuid: "1" })(req, res, attempt),
    );
    const client = createObjectenClient({ baseUrl: `${api.origin}/api/v2`, auth: tokenAuth(TOKEN), retry: false, throwOnError: true });
    await client.POST("/objects", { body: { type: "https://objecttypen.example.nl/api/v2/objecttypes/1", record: { typeVersion: 1, startAt: "2026-11-28", references: [] } } });
    expect(api.hits.map((h) => [h.method, h.path, h.headers["content-type"], h.headers.authorization])).toEqual([
      ["POST", "/api/v2/objects", "application/json", `Token ${TOKEN}`],
      ["GET", "/api/v2/objects/1", undefined, `Token ${TOKEN}`],
    ]);
  });

  it("an opaque redirect (what a browser's fetch gives for redirect: manual) is a NetworkError that says what to do", async () => {
    const opaque = Object.defineProperties(new Response(null), { status: { value: 0 }, type: { value: "opaqueredirect" } });
    const client = createObjectenClient({ baseUrl: "https://objecten.example.nl/api/v2", auth: tokenAuth(TOKEN), retry: false, fetch: async () => opaque });
    const error = await client.GET("/objects").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: "network" });
    expect((error as Error).message).toMatch(/redirected.*call the final URL directly/);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it("a 401 from another origin does not make the strategy refresh", async () => {
    const refresh = vi.fn(async () => true);
    const auth: AuthStrategy = { name: "spy", headers: () => ({ Authorization: `Bearer ${TOKEN}` }), refresh, secrets: () => [TOKEN] };
    other.answer(json(401, { detail: "Authenticatiegegevens zijn niet opgegeven." }));
    const client = createObjectenClient({ baseUrl: `${api.origin}/api/v2`, auth, retry: false });
    const { error, response } = await client.GET("/objects", { baseUrl: `${other.origin}/api/v2` });
    expect(response.status).toBe(401);
    expect(error).toEqual({ detail: "Authenticatiegegevens zijn niet opgegeven." });
    expect(refresh).not.toHaveBeenCalled();
    expect(other.hits).toHaveLength(1);
    expect(other.hits[0]?.headers.authorization).toBeUndefined();
  });
});

describe("createTransport directly", () => {
  const transport = (seen: Request[]) =>
    createTransport({
      baseUrl: "https://objecten.example.nl/api/v2",
      fetch: () => async (request) => {
        seen.push(request);
        return new Response("{}", { headers: { "Content-Type": "application/json" } });
      },
      auth: tokenAuth(TOKEN),
      routing: undefined,
      retry: DEFAULT_RETRY,
      timeout: false,
      throwOnError: false,
      hooks: undefined,
      logger: undefined,
    });

  it.each([
    ["https://objecten.example.nl/api/v2/objects", `Token ${TOKEN}`],
    ["https://objecten.example.nl:443/api/v2/objects?type=x", `Token ${TOKEN}`],
    ["https://objecttypen.example.nl/api/v2/objecttypes", null],
    ["http://objecten.example.nl/api/v2/objects", null],
    ["https://objecten.example.nl:8443/api/v2/objects", null],
    ["https://objecten.example.nl.evil.example/api/v2/objects", null],
  ])("%s → Authorization %s", async (url, expected) => {
    const seen: Request[] = [];
    await transport(seen)(new Request(url, { headers: { Accept: "application/json" } }));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers.get("authorization")).toBe(expected);
    expect(seen[0]?.headers.get("accept")).toBe("application/json");
  });
});

describe("plain http with credentials", () => {
  const make = (baseUrl: string, extra: { allowInsecureHttp?: boolean } = {}) => () => createObjectenClient({ baseUrl, auth: tokenAuth(TOKEN), ...extra });

  it.each(["http://objecten.example.nl/api/v2", "http://10.0.0.5:8000/api/v2", "http://127.0.0.1.nip.io/api/v2", "http://localhost.example.nl/api/v2"])(
    "%s is refused with a ConfigError that does not echo the token",
    (baseUrl) => {
      let error: unknown;
      try {
        make(baseUrl)();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect(error).toMatchObject({ kind: "config", issues: [{ path: "baseUrl" }] });
      expect((error as Error).message).toMatch(/plain http/);
      expect(JSON.stringify(error)).not.toContain(TOKEN);
    },
  );

  it("allowInsecureHttp: true allows it", () => {
    expect(make("http://objecten.example.nl/api/v2", { allowInsecureHttp: true })).not.toThrow();
  });

  it.each(["http://127.0.0.1:8000/api/v2", "http://127.1.2.3/api/v2", "http://localhost:8000/api/v2", "http://[::1]:8000/api/v2", "https://objecten.example.nl/api/v2"])(
    "%s is allowed",
    (baseUrl) => {
      expect(make(baseUrl)).not.toThrow();
    },
  );

  it("plain http without credentials is allowed", () => {
    expect(() => createObjectenClient({ baseUrl: "http://objecten.example.nl/api/v2" })).not.toThrow();
  });
});
