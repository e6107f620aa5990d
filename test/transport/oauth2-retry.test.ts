/**
 * OAuth2 client credentials through a client (BRP Personen): one token request however many calls
 * wait for it, one refresh and one retry after a 401, an AuthError after a second 401. Token
 * endpoint and API are loopback servers (http is allowed for loopback token URLs).
 */
import { describe, expect, it } from "vitest";
import { oauth2ClientCredentials } from "../../src/auth/oauth2-client-credentials.js";
import { AuthError } from "../../src/errors/auth-error.js";
import { createBrpPersonenClient } from "../../src/generated/brp-personen/index.js";
import { type Reply, json, noUnhandledRejections, useLoopback } from "./loopback-server.js";

const api = useLoopback();
const auth = useLoopback();
noUnhandledRejections();

const CLIENT_SECRET = "cs-7f1d0c9b8a7e6d5c4b3a29180f7e6d5c";
const QUERY = { type: "RaadpleegMetBurgerservicenummer" as const, burgerservicenummer: ["999993653"], fields: ["naam"] };
const FOUND = { type: "RaadpleegMetBurgerservicenummer", personen: [{ naam: { voornamen: "Suzanne", geslachtsnaam: "Moulin" } }] };
const REFUSED = { type: "https://datatracker.ietf.org/doc/html/rfc7235#section-3.1", title: "Niet correct geauthenticeerd.", status: 401, instance: "/haalcentraal/api/brp/personen", code: "authentication" };
const token = (n: number): string => `tok-${n}-a1b2c3d4e5f6a7b8`;

/** The token endpoint hands out tok-1, tok-2, … after 20 ms; returns the forms it was sent. */
function tokenEndpoint(): URLSearchParams[] {
  const forms: URLSearchParams[] = [];
  auth.answer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on("end", () => {
      forms.push(new URLSearchParams(body));
      const n = forms.length;
      setTimeout(() => json(200, { access_token: token(n), token_type: "Bearer", expires_in: 3600 })(req, res, n), 20);
    });
  });
  return forms;
}

/** The API answers 200 or 401 per attempt (0-based). */
function personenApi(status: (attempt: number) => 200 | 401): void {
  const reply: Reply = (req, res, attempt) => (status(attempt) === 200 ? json(200, FOUND) : json(401, REFUSED))(req, res, attempt);
  api.answer(reply);
}

const authorizations = (): (string | undefined)[] => api.hits.map((h) => h.headers.authorization);

const brp = () =>
  createBrpPersonenClient({
    baseUrl: `${api.origin}/haalcentraal/api/brp`,
    auth: oauth2ClientCredentials({
      tokenUrl: `${auth.origin}/oauth2/token`, clientId: "gemeente-utrecht", clientSecret: CLIENT_SECRET, scope: "brp", extraParams: { resourceServer: "ResourceServer01" },
    }),
  });

describe("oauth2ClientCredentials through a client", () => {
  it("50 concurrent calls share one token request", async () => {
    const forms = tokenEndpoint();
    personenApi(() => 200);
    const client = brp();
    const results = await Promise.all(Array.from({ length: 50 }, () => client.POST("/personen", { body: QUERY })));
    expect(forms).toHaveLength(1);
    expect(Object.fromEntries(forms[0] ?? [])).toEqual({
      grant_type: "client_credentials", client_id: "gemeente-utrecht", client_secret: CLIENT_SECRET, scope: "brp", resourceServer: "ResourceServer01",
    });
    expect(auth.hits).toMatchObject([{ method: "POST", path: "/oauth2/token" }]);
    expect(api.hits).toHaveLength(50);
    expect(new Set(authorizations())).toEqual(new Set([`Bearer ${token(1)}`]));
    for (const { data } of results) expect(data).toEqual(FOUND);
  });

  it("a 401 → one token refresh and one retry with the new token → success", async () => {
    const forms = tokenEndpoint();
    personenApi((attempt) => (attempt === 0 ? 401 : 200));
    const { data, response } = await brp().POST("/personen", { body: QUERY, throwOnError: true });
    expect(response.status).toBe(200);
    expect(data).toEqual(FOUND);
    expect(forms).toHaveLength(2);
    expect(authorizations()).toEqual([`Bearer ${token(1)}`, `Bearer ${token(2)}`]);
    expect(api.hits.map((h) => h.headers["content-type"])).toEqual(["application/json", "application/json"]);
  });

  it("later calls reuse the refreshed token", async () => {
    const forms = tokenEndpoint();
    personenApi((attempt) => (attempt === 0 ? 401 : 200));
    const client = brp();
    await client.POST("/personen", { body: QUERY });
    await client.POST("/personen", { body: QUERY });
    expect(forms).toHaveLength(2);
    expect(authorizations()).toEqual([`Bearer ${token(1)}`, `Bearer ${token(2)}`, `Bearer ${token(2)}`]);
  });

  it.each([true, false])("two 401s → AuthError (kind auth, status 401), token endpoint hit exactly twice (throwOnError: %s)", async (throwOnError) => {
    const forms = tokenEndpoint();
    personenApi(() => 401);
    let error: unknown;
    try {
      await brp().POST("/personen", { body: QUERY, throwOnError });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ kind: "auth", status: 401, name: "AuthError" });
    expect((error as Error).message).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/haalcentraal\/api\/brp\/personen → 401: the oauth2 credentials were refused again after a refresh$/);
    expect(forms).toHaveLength(2);
    expect(api.hits).toHaveLength(2);
    const serialised = `${JSON.stringify(error)} ${String(error)} ${(error as Error).stack}`;
    for (const secret of [CLIENT_SECRET, token(1), token(2)]) expect(serialised).not.toContain(secret);
  });

  it("a token endpoint that refuses the client gives an AuthError; the API is never called", async () => {
    auth.answer(json(401, { error: "invalid_client", error_description: "Client authentication failed" }));
    personenApi(() => 200);
    await expect(brp().POST("/personen", { body: QUERY })).rejects.toMatchObject({ kind: "auth", status: 401, message: expect.stringMatching(/invalid_client \(Client authentication failed\)/) });
    expect(api.hits).toHaveLength(0);
  });
});
