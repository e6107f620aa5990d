import { delay, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { oauth2ClientCredentials } from "../../src/auth/oauth2-client-credentials.js";
import type { OAuth2ClientCredentialsOptions } from "../../src/auth/oauth2-options.js";
import { AuthError } from "../../src/errors/auth-error.js";
import { ConfigError } from "../../src/errors/config-error.js";
import { fakeClock } from "./fake-clock.js";
import { anyRequest, rejected, thrown } from "./capture.js";

const TOKEN_URL = "https://auth.example.test/oauth2/token";
const SECRET = "client-secret-that-must-never-leak";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A token endpoint that hands out token-1, token-2, … and records the form bodies. */
function tokenEndpoint(extra: Record<string, unknown> = { expires_in: 120 }, url: string | RegExp = TOKEN_URL) {
  const forms: URLSearchParams[] = [];
  const contentTypes: (string | null)[] = [];
  server.use(
    http.post(url, async ({ request }) => {
      contentTypes.push(request.headers.get("content-type"));
      forms.push(new URLSearchParams(await request.text()));
      await delay(5);
      return HttpResponse.json({ access_token: `token-${forms.length}`, token_type: "Bearer", ...extra });
    }),
  );
  return { forms, contentTypes };
}


const base: OAuth2ClientCredentialsOptions = { tokenUrl: TOKEN_URL, clientId: "my-app", clientSecret: SECRET };
const authorization = async (auth: ReturnType<typeof oauth2ClientCredentials>) => (await auth.headers(anyRequest())).Authorization;

function expectNoSecret(error: Error): void {
  expect(error.message).not.toContain(SECRET);
  expect(JSON.stringify(error)).not.toContain(SECRET);
  expect(error.message).not.toMatch(/token-\d/);
}

describe("oauth2ClientCredentials", () => {
  it("posts a client-credentials form with scope and extra params (RvIG's resourceServer)", async () => {
    const { forms, contentTypes } = tokenEndpoint();
    const auth = oauth2ClientCredentials({ ...base, scope: ["brp", "bewoning"], extraParams: { resourceServer: "ResourceServer01" } });
    expect(auth.name).toBe("oauth2");
    expect(await authorization(auth)).toBe("Bearer token-1");
    expect(contentTypes).toEqual(["application/x-www-form-urlencoded"]);
    expect(Object.fromEntries(forms[0]!)).toEqual({
      grant_type: "client_credentials",
      client_id: "my-app",
      client_secret: SECRET,
      scope: "brp bewoning",
      resourceServer: "ResourceServer01",
    });
  });

  it("leaves scope out when none is given", async () => {
    const { forms } = tokenEndpoint();
    await authorization(oauth2ClientCredentials(base));
    expect(forms[0]!.has("scope")).toBe(false);
  });

  it("sends exactly one token request for 50 concurrent callers", async () => {
    const { forms } = tokenEndpoint();
    const auth = oauth2ClientCredentials(base);
    const headers = await Promise.all(Array.from({ length: 50 }, () => auth.headers(anyRequest())));
    expect(forms).toHaveLength(1);
    expect(new Set(headers.map((h) => h.Authorization))).toEqual(new Set(["Bearer token-1"]));
  });

  it("caches the token until refreshSkewMs before expires_in", async () => {
    const { forms } = tokenEndpoint({ expires_in: 120 });
    const c = fakeClock();
    const auth = oauth2ClientCredentials({ ...base, now: c.now, refreshSkewMs: 30_000 });
    expect(await authorization(auth)).toBe("Bearer token-1");
    c.advance(89_999);
    expect(await authorization(auth)).toBe("Bearer token-1");
    c.advance(1);
    expect(await authorization(auth)).toBe("Bearer token-2");
    expect(forms).toHaveLength(2);
  });

  it("answers a cached token synchronously, and an expired one with a promise of a new token", async () => {
    tokenEndpoint({ expires_in: 120 });
    const c = fakeClock();
    const auth = oauth2ClientCredentials({ ...base, now: c.now, refreshSkewMs: 30_000 });
    const first = auth.headers(anyRequest());
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toEqual({ Authorization: "Bearer token-1" });
    const cached = auth.headers(anyRequest());
    expect(cached).not.toBeInstanceOf(Promise);
    expect(cached).toEqual({ Authorization: "Bearer token-1" });
    c.advance(90_000);
    const renewed = auth.headers(anyRequest());
    expect(renewed).toBeInstanceOf(Promise);
    expect(await renewed).toEqual({ Authorization: "Bearer token-2" });
  });

  it("assumes 300 s when expires_in is absent", async () => {
    tokenEndpoint({});
    const c = fakeClock();
    const auth = oauth2ClientCredentials({ ...base, now: c.now });
    await authorization(auth);
    c.advance(269_999);
    expect(await authorization(auth)).toBe("Bearer token-1");
    c.advance(1);
    expect(await authorization(auth)).toBe("Bearer token-2");
  });

  it("refresh() fetches a new token (once for concurrent refreshes) and lists tokens as secrets", async () => {
    const { forms } = tokenEndpoint();
    const auth = oauth2ClientCredentials(base);
    expect(await authorization(auth)).toBe("Bearer token-1");
    expect(await Promise.all([auth.refresh?.(), auth.refresh?.(), auth.refresh?.()])).toEqual([true, true, true]);
    expect(forms).toHaveLength(2);
    expect(await authorization(auth)).toBe("Bearer token-2");
    expect(auth.secrets()).toEqual([SECRET, "token-1", "token-2"]);
  });

  it("rejects refresh() with the AuthError when the new token cannot be had", async () => {
    tokenEndpoint();
    const auth = oauth2ClientCredentials(base);
    await authorization(auth);
    server.use(http.post(TOKEN_URL, () => HttpResponse.json({ error: "invalid_client" }, { status: 401 })));
    const error = await rejected(auth.refresh?.());
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).status).toBe(401);
  });

  it("uses an injected fetch instead of the global one", async () => {
    const fetch = vi.fn(async (_request: Request) => Response.json({ access_token: "from-injected-fetch" }));
    const auth = oauth2ClientCredentials({ ...base, fetch });
    expect(await authorization(auth)).toBe("Bearer from-injected-fetch");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0].method).toBe("POST");
  });

  it.each([
    ["401 with OAuth error fields", () => HttpResponse.json({ error: "invalid_client", error_description: "Client authentication failed" }, { status: 401 }), 401, /answered HTTP 401: invalid_client \(Client authentication failed\)/],
    ["500 with an HTML page", () => HttpResponse.html("<html><body>Oops</body></html>", { status: 500 }), 500, /answered HTTP 500 with a non-JSON body \(text\/html/],
    ["200 with an HTML page", () => HttpResponse.html("<html>login</html>"), 200, /answered HTTP 200 with a body that is not JSON \(text\/html/],
    ["200 without access_token", () => HttpResponse.json({ token_type: "Bearer" }), 200, /answered HTTP 200 without an access_token/],
    ["400 that echoes the secret", () => HttpResponse.json({ error: "invalid_request", error_description: `bad secret ${SECRET}` }, { status: 400 }), 400, /invalid_request \(bad secret \[REDACTED\]\)/],
  ])("turns %s into an AuthError without the secret", async (_label, respond, status, message) => {
    server.use(http.post(TOKEN_URL, respond));
    const error = await rejected(oauth2ClientCredentials(base).headers(anyRequest()));
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).status).toBe(status);
    expect(error.message).toContain(`oauth2: the token endpoint ${TOKEN_URL}`);
    expect(error.message).toMatch(message);
    expectNoSecret(error);
  });

  it("turns a network failure and a timeout into AuthErrors, then tries again on the next call", async () => {
    server.use(http.post(TOKEN_URL, () => HttpResponse.error()));
    const auth = oauth2ClientCredentials({ ...base, timeoutMs: 50 });
    const network = await rejected(auth.headers(anyRequest()));
    expect(network).toBeInstanceOf(AuthError);
    expect(network.message).toBe(`oauth2: the token endpoint ${TOKEN_URL} could not be reached`);
    expectNoSecret(network);
    server.use(http.post(TOKEN_URL, () => delay("infinite")));
    const timeout = await rejected(auth.headers(anyRequest()));
    expect(timeout.message).toBe(`oauth2: the token endpoint ${TOKEN_URL} did not answer within 50 ms`);
    tokenEndpoint();
    expect(await authorization(auth)).toBe("Bearer token-1");
  });

  it.each([
    ["http://auth.example.test/token", /uses http:\/\/, which would send the client secret in clear text: use https:\/\//],
    ["auth.example.test/token", /is not an absolute URL/],
    ["https://user:pw@auth.example.test/token", /must not hold credentials/],
    ["ftp://auth.example.test/token", /has scheme "ftp:"/],
  ])("refuses tokenUrl %s", (tokenUrl, message) => {
    const error = thrown(() => oauth2ClientCredentials({ ...base, tokenUrl }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/tokenUrl: /);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(SECRET);
  });

  it.each(["http://localhost:8080/token", "http://127.0.0.1/token", "http://127.10.0.3:9000/token", "http://[::1]:8080/token"])(
    "allows http on loopback: %s",
    async (tokenUrl) => {
      // msw's path patterns cannot hold "[::1]:8080", so match the exact URL with a RegExp
      tokenEndpoint({}, new RegExp(`^${tokenUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
      expect(await authorization(oauth2ClientCredentials({ ...base, tokenUrl }))).toBe("Bearer token-1");
    },
  );

  it.each([
    [{ clientSecret: "" }, "clientSecret", /is empty/],
    [{ clientId: undefined }, "clientId", /is required/],
    [{ extraParams: { client_secret: "x" } }, "extraParams", /must not set grant_type, client_id, client_secret, scope/],
    [{ refreshSkewMs: -1 }, "refreshSkewMs", /0 or more/],
    [{ fetch: "fetch" }, "fetch", /must be a function/],
  ])("refuses %j with a ConfigError", (patch, path, message) => {
    const error = thrown(() => oauth2ClientCredentials({ ...base, ...(patch as object) } as never));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.path)).toContain(path);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(SECRET);
  });
});
