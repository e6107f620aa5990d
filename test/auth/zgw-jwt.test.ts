import fc from "fast-check";
import { jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { zgwJwt } from "../../src/auth/zgw-jwt.js";
import { ConfigError } from "../../src/errors/config-error.js";
import { fakeClock } from "./fake-clock.js";
import { anyRequest, thrown } from "./capture.js";

const OPEN_ZAAK_VECTOR =
  "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJkb2NzIiwiaWF0IjoxNjAyODU3MzAxLCJjbGllbnRfaWQiOiJkb2NzIiwidXNlcl9pZCI6ImRvY3NAZXhhbXBsZS5jb20iLCJ1c2VyX3JlcHJlc2VudGF0aW9uIjoiRG9jdW1lbnRhdGlvbiBFeGFtcGxlIn0.DZu7E780xG4zqRiT8ZhrBeMudz45301wNVDT0ra-Iyw";
const SECRET = "a-shared-secret-of-at-least-32-bytes!";
const T0 = 1_700_000_000_000;

async function tokenOf(auth: ReturnType<typeof zgwJwt>): Promise<string> {
  const { Authorization } = await auth.headers(anyRequest());
  expect(Authorization).toMatch(/^Bearer /);
  return Authorization!.slice("Bearer ".length);
}

/** The raw JSON of a token part (so key order can be checked). */
function part(token: string, index: 0 | 1): string {
  return Buffer.from(token.split(".")[index]!, "base64url").toString("utf8");
}


describe("zgwJwt", () => {
  it("reproduces the Open Zaak documentation token byte for byte", async () => {
    const auth = zgwJwt({
      clientId: "docs",
      secret: "example-secret",
      now: () => 1602857301000,
      userId: "docs@example.com",
      userRepresentation: "Documentation Example",
      allowShortSecret: true,
    });
    expect(auth.name).toBe("zgw-jwt");
    expect(await auth.headers(anyRequest())).toEqual({ Authorization: `Bearer ${OPEN_ZAAK_VECTOR}` });
  });

  it("writes the header and the claims in the documented order, with empty user fields by default", async () => {
    const token = await tokenOf(zgwJwt({ clientId: "my-app", secret: SECRET, now: () => T0 + 999 }));
    expect(part(token, 0)).toBe('{"typ":"JWT","alg":"HS256"}');
    expect(part(token, 1)).toBe(`{"iss":"my-app","iat":${T0 / 1000},"client_id":"my-app","user_id":"","user_representation":""}`);
  });

  it("adds exp after the standard claims, then the extra claims", async () => {
    const token = await tokenOf(zgwJwt({ clientId: "c", secret: SECRET, now: () => T0, expiresIn: 600, claims: { nbf: T0 / 1000, roles: ["a"] } }));
    const payload = part(token, 1);
    expect(Object.keys(JSON.parse(payload))).toEqual(["iss", "iat", "client_id", "user_id", "user_representation", "exp", "nbf", "roles"]);
    expect(JSON.parse(payload)).toMatchObject({ exp: T0 / 1000 + 600, roles: ["a"] });
  });

  it("has no exp without expiresIn", async () => {
    const token = await tokenOf(zgwJwt({ clientId: "c", secret: SECRET, now: () => T0 }));
    expect(JSON.parse(part(token, 1))).not.toHaveProperty("exp");
  });

  it("reuses a token for reuseFor ms, then signs a new one", async () => {
    const c = fakeClock(T0);
    const auth = zgwJwt({ clientId: "c", secret: SECRET, now: c.now, reuseFor: 10_000 });
    const first = await tokenOf(auth);
    c.advance(9_999);
    expect(await tokenOf(auth)).toBe(first);
    c.advance(1);
    const second = await tokenOf(auth);
    expect(second).not.toBe(first);
    expect(JSON.parse(part(second, 1)).iat).toBe(T0 / 1000 + 10);
  });

  it("answers a reused token synchronously (no promise per request), and a new one as a promise", async () => {
    const c = fakeClock(T0);
    const auth = zgwJwt({ clientId: "c", secret: SECRET, now: c.now, reuseFor: 10_000 });
    const signing = auth.headers(anyRequest());
    expect(signing).toBeInstanceOf(Promise);
    const { Authorization } = await signing;
    const reused = auth.headers(anyRequest());
    expect(reused).not.toBeInstanceOf(Promise);
    expect(reused).toEqual({ Authorization });
    c.advance(10_000);
    expect(auth.headers(anyRequest())).toBeInstanceOf(Promise);
  });

  it("reuses for one minute by default and signs concurrent first calls once", async () => {
    const c = fakeClock(T0);
    const auth = zgwJwt({ clientId: "c", secret: SECRET, now: c.now });
    const tokens = await Promise.all(Array.from({ length: 10 }, () => tokenOf(auth)));
    expect(new Set(tokens).size).toBe(1);
    c.advance(59_999);
    expect(await tokenOf(auth)).toBe(tokens[0]);
    c.advance(1);
    expect(await tokenOf(auth)).not.toBe(tokens[0]);
  });

  it("signs a fresh token per request with reuseFor 0", async () => {
    const c = fakeClock(T0);
    const auth = zgwJwt({ clientId: "c", secret: SECRET, now: c.now, reuseFor: 0, claims: { jti: "x" } });
    const a = await tokenOf(auth);
    c.advance(1_000);
    const b = await tokenOf(auth);
    expect(a).not.toBe(b);
  });

  it("reuses a token with expiresIn for at most half its lifetime", async () => {
    const c = fakeClock(T0);
    const auth = zgwJwt({ clientId: "c", secret: SECRET, now: c.now, expiresIn: 60, reuseFor: 50_000 });
    const first = await tokenOf(auth);
    c.advance(29_999);
    expect(await tokenOf(auth)).toBe(first);
    c.advance(1);
    expect(await tokenOf(auth)).not.toBe(first);
  });

  it("refresh() drops the reused token once per 401 cycle", async () => {
    const c = fakeClock(T0);
    const auth = zgwJwt({ clientId: "c", secret: SECRET, now: c.now });
    const first = await tokenOf(auth);
    c.advance(1_000);
    expect(await auth.refresh?.()).toBe(true);
    expect(await auth.refresh?.()).toBe(true); // a concurrent 401 before the retry signed anything
    const fresh = await tokenOf(auth);
    expect(fresh).not.toBe(first);
    expect(await auth.refresh?.()).toBe(false); // the fresh token was refused as well: do not retry
    expect(await tokenOf(auth)).toBe(fresh);
    c.advance(60_000);
    expect(await auth.refresh?.()).toBe(true); // a new cycle
  });

  it("lists the secret and the issued tokens as secrets", async () => {
    const auth = zgwJwt({ clientId: "c", secret: SECRET, now: () => T0 });
    expect(auth.secrets()).toEqual([SECRET]);
    const token = await tokenOf(auth);
    expect(auth.secrets()).toEqual([SECRET, token]);
  });

  it("refuses a secret shorter than 32 bytes without echoing it, and says how to opt in", () => {
    const error = thrown(() => zgwJwt({ clientId: "c", secret: "example-secret" }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/secret: is shorter than 32 bytes.*allowShortSecret: true for a local test setup/);
    expect(error.message).not.toContain("example-secret");
    expect(JSON.stringify(error)).not.toContain("example-secret");
    // 31 ASCII bytes fail; 11 three-byte characters (33 bytes) pass
    expect(() => zgwJwt({ clientId: "c", secret: "x".repeat(31) })).toThrow(ConfigError);
    expect(() => zgwJwt({ clientId: "c", secret: "€".repeat(11) })).not.toThrow();
    expect(() => zgwJwt({ clientId: "c", secret: "short", allowShortSecret: true })).not.toThrow();
  });

  it.each([
    [{ reuseFor: 3_300_000 }, "reuseFor", /below 3,300,000 ms \(55 minutes\): servers reject tokens older than 1 hour/],
    [{ reuseFor: -1 }, "reuseFor", /0 \(a fresh token per request\) or more/],
    [{ clientId: "" }, "clientId", /is empty/],
    [{ clientId: undefined }, "clientId", /is required/],
    [{ secret: 42 }, "secret", /must be a string/],
    [{ expiresIn: 1.5 }, "expiresIn", /whole seconds/],
    [{ claims: { iss: "other" } }, "claims", /must not set iss/],
    [{ reuseFor: 1000, reuse: 5 }, "", /unknown option\(s\) "reuse": valid options of zgwJwt are clientId, secret/],
  ])("refuses %j with a ConfigError", (patch, path, message) => {
    const error = thrown(() => zgwJwt({ clientId: "c", secret: SECRET, ...(patch as object) } as never));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.path)).toContain(path);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(SECRET);
  });

  it("accepts reuseFor just under 55 minutes", () => {
    expect(() => zgwJwt({ clientId: "c", secret: SECRET, reuseFor: 3_299_999 })).not.toThrow();
  });

  it("property: any ≥32-byte secret and client id give a verifiable token with the claims in order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary", minLength: 32, maxLength: 80 }),
        fc.string({ minLength: 1, maxLength: 40 }).filter((id) => id.trim() !== ""),
        fc.integer({ min: 0, max: 4_000_000_000 }),
        async (secret, clientId, seconds) => {
          const token = await tokenOf(zgwJwt({ clientId, secret, now: () => seconds * 1000 + 123 }));
          const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ["HS256"], currentDate: new Date(seconds * 1000) });
          expect(protectedHeader).toEqual({ typ: "JWT", alg: "HS256" });
          expect(Object.keys(JSON.parse(part(token, 1)))).toEqual(["iss", "iat", "client_id", "user_id", "user_representation"]);
          expect(payload).toEqual({ iss: clientId, iat: seconds, client_id: clientId, user_id: "", user_representation: "" });
        },
      ),
      { numRuns: 100 },
    );
  });
});
