import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import createClient from "openapi-fetch";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AUTH_MIDDLEWARE_NAME, authMiddleware } from "../../src/auth/auth-middleware.js";
import { composeAuth } from "../../src/auth/compose.js";
import { protocolHeaders } from "../../src/auth/protocol-headers.js";
import { tokenAuth } from "../../src/auth/token-auth.js";
import { zgwJwt } from "../../src/auth/zgw-jwt.js";
import { ConfigError } from "../../src/errors/config-error.js";
import { thrown } from "./capture.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Answers GET <base>/objects with the request's headers. */
function echo(base: string): void {
  server.use(http.get(`${base}/objects`, ({ request }) => HttpResponse.json({ headers: Object.fromEntries(request.headers) })));
}

describe("authMiddleware", () => {
  it("is named", () => {
    expect(AUTH_MIDDLEWARE_NAME).toBe("commonground-auth");
    expect(authMiddleware(tokenAuth("t")).name).toBe(AUTH_MIDDLEWARE_NAME);
  });

  it("sets the strategy's headers through a bare openapi-fetch client", async () => {
    echo("https://objecten.example.test/api/v2");
    const client = createClient<ObjectsPaths>({ baseUrl: "https://objecten.example.test/api/v2" });
    client.use(authMiddleware(composeAuth(tokenAuth("objects-token"), protocolHeaders({ gebruiker: "jan" }))));
    const { data } = await client.GET("/objects");
    expect(data?.headers).toMatchObject({ authorization: "Token objects-token", "x-gebruiker": "jan" });
  });

  it("signs a ZGW JWT per request", async () => {
    echo("https://open-zaak.example.test/zaken/api/v1");
    const client = createClient<ObjectsPaths>({ baseUrl: "https://open-zaak.example.test/zaken/api/v1" });
    client.use(authMiddleware(zgwJwt({ clientId: "c", secret: "s".repeat(32) })));
    const { data } = await client.GET("/objects");
    expect(data?.headers.authorization).toMatch(/^Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9\./);
  });

  it("allows plain http to loopback", async () => {
    echo("http://localhost:8000/api/v2");
    const client = createClient<ObjectsPaths>({ baseUrl: "http://localhost:8000/api/v2" });
    client.use(authMiddleware(tokenAuth("t")));
    expect((await client.GET("/objects")).data?.headers.authorization).toBe("Token t");
  });

  it("refuses to send credentials over plain http to another host", async () => {
    const client = createClient<ObjectsPaths>({ baseUrl: "http://objecten.example.test/api/v2" });
    client.use(authMiddleware(tokenAuth("secret-token")));
    const error = await client.GET("/objects").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/refusing to send token credentials over plain http to objecten\.example\.test/);
    expect((error as Error).message).not.toContain("secret-token");
  });

  it("refuses something that is not a strategy", () => {
    expect(thrown(() => authMiddleware({} as never))).toBeInstanceOf(ConfigError);
  });
});

/** A one-operation paths type, enough for a bare openapi-fetch client. */
interface ObjectsPaths {
  "/objects": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content: { "application/json": { headers: Record<string, string> } } } };
    };
  };
}
