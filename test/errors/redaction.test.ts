/**
 * Nothing secret leaves through an error or a log line: BSNs (in the path, the query, a problem
 * detail the server echoes), tokens (zgwJwt, tokenAuth, apiKey, OAuth2) and client secrets.
 * Checked in JSON.stringify(error), String(error), error.stack and everything a Logger received.
 */
import { describe, expect, it } from "vitest";
import { apiKey } from "../../src/auth/api-key.js";
import { oauth2ClientCredentials } from "../../src/auth/oauth2-client-credentials.js";
import { tokenAuth } from "../../src/auth/token-auth.js";
import { zgwJwt } from "../../src/auth/zgw-jwt.js";
import { isBsn } from "../../src/errors/redact.js";
import { createBrpPersonenClient as createBrp13Client } from "../../src/generated/brp-personen/1.3.1/index.js";
import { createBrpPersonenClient } from "../../src/generated/brp-personen/index.js";
import { createObjectenClient } from "../../src/generated/objecten/index.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import type { Logger } from "../../src/observability/logger.js";
import { hang, json, sequence, useLoopback } from "../transport/loopback-server.js";

const server = useLoopback();

const BSN = "999993653";
const BSN_2 = "999990019";
const API_KEY = "bag-key-5d41402abc4b2a76b9719d911017c592";
const OBJECTS_TOKEN = "7e240de74fb1ed08fa08d38063f6a6a91462a815";
const ZGW_SECRET = "zgw-secret-0123456789abcdef0123456789abcdef";
const CLIENT_SECRET = "cs-9f86d081884c7d659a2feaa0c55ad015";
const ACCESS_TOKEN = "at-2c26b46b68ffc68ff99b453c1d304134";
const RETRY = { random: () => 0.5, minDelayMs: 1, maxDelayMs: 5 };

/** A Logger that keeps every line, fields serialised. */
function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (message: string, fields?: Readonly<Record<string, unknown>>) => {
    lines.push(`${level} ${message} ${JSON.stringify(fields)}`);
  };
  return { lines, debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

/** Awaits the call and returns everything observable about its failure, as one text. */
async function exposed(call: Promise<unknown>, logger: { lines: string[] }): Promise<string> {
  let error: unknown;
  try {
    await call;
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(Error);
  const e = error as Error;
  return [JSON.stringify(e), String(e), e.stack, e.message, ...logger.lines].join("\n");
}

/** The secrets that reached the server in the Authorization or X-Api-Key headers. */
const sentCredentials = (): string[] =>
  server.hits.flatMap((h) => [h.headers.authorization, h.headers["x-api-key"]]).filter((v): v is string => typeof v === "string").flatMap((v) => [v, v.replace(/^\w+ /, "")]);

function expectClean(text: string, secrets: string[]): void {
  expect(text.length).toBeGreaterThan(0);
  for (const secret of secrets) expect(text, `leaks ${secret}`).not.toContain(secret);
}

describe("redaction", () => {
  it("uses valid eleven-test BSNs", () => {
    expect([BSN, BSN_2].map(isBsn)).toEqual([true, true]);
  });

  it("a BSN in the path, echoed in the problem detail, with an API key (retried, then 404)", async () => {
    const echo = { type: "https://example.nl/404", title: "Opgevraagde resource bestaat niet.", status: 404, detail: `Persoon ${BSN} niet gevonden (key ${API_KEY}).`, instance: `/haalcentraal/api/brp/ingeschrevenpersonen/${BSN}`, code: "notFound" };
    server.answer(sequence(json(503, { detail: `overloaded for ${BSN}` }), json(404, echo)));
    const logger = capturingLogger();
    const brp = createBrp13Client({ baseUrl: `${server.origin}/haalcentraal/api/brp`, auth: apiKey({ header: "X-Api-Key", key: API_KEY }), retry: RETRY, logger, throwOnError: true });
    const text = await exposed(brp.GET("/ingeschrevenpersonen/{burgerservicenummer}", { params: { path: { burgerservicenummer: BSN } } }), logger);
    expect(server.hits).toHaveLength(2);
    expect(server.hits[0]?.path).toContain(BSN);
    expect(logger.lines.some((l) => l.startsWith("warn retrying"))).toBe(true);
    expect(text).toContain("/ingeschrevenpersonen/[BSN]");
    expect(text).toContain("Persoon [BSN] niet gevonden (key [REDACTED])");
    expectClean(text, [BSN, API_KEY, ...sentCredentials()]);
  });

  it("BSNs in the query, echoed in invalidParams", async () => {
    const echo = { title: "Een of meerdere parameters zijn niet correct.", status: 400, code: "paramsValidation", invalidParams: [{ name: "burgerservicenummer", code: "pattern", reason: `${BSN},${BSN_2} is geen geldige lijst.` }] };
    server.answer(json(400, echo));
    const logger = capturingLogger();
    const brp = createBrp13Client({ baseUrl: `${server.origin}/haalcentraal/api/brp`, auth: apiKey({ header: "X-Api-Key", key: API_KEY }), logger, throwOnError: true });
    const text = await exposed(brp.GET("/ingeschrevenpersonen", { params: { query: { burgerservicenummer: [BSN, BSN_2] } } }), logger);
    expect(server.hits[0]?.path).toContain(`${BSN},${BSN_2}`);
    expectClean(text, [BSN, BSN_2, API_KEY]);
  });

  it("a zgwJwt token and secret echoed by the server", async () => {
    server.answer((req, res, n) => json(403, { title: "Geen rechten.", detail: `JWT ${req.headers.authorization} of ${ZGW_SECRET} refused`, code: "permission_denied" })(req, res, n));
    const logger = capturingLogger();
    const auth = zgwJwt({ clientId: "gemeente-utrecht", secret: ZGW_SECRET, userId: "jan@utrecht.nl" });
    const zaken = createZakenClient({ baseUrl: `${server.origin}/zaken/api/v1`, auth, logger, throwOnError: true });
    const text = await exposed(zaken.GET("/zaken/{uuid}", { params: { path: { uuid: "d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11" } } }), logger);
    const jwt = sentCredentials().find((v) => v.startsWith("ey"));
    expect(jwt).toBeDefined();
    expect(text).toContain("JWT Bearer [REDACTED] of [REDACTED] refused");
    expectClean(text, [ZGW_SECRET, ...sentCredentials()]);
  });

  it("a tokenAuth token echoed in the detail, a response header and the instance", async () => {
    server.answer(json(401, { detail: `Ongeldige token: ${OBJECTS_TOKEN}`, instance: `/api/v2/objects?token=${OBJECTS_TOKEN}` }, { Warning: `199 - "token ${OBJECTS_TOKEN} expires"`, Location: `/login?next=${OBJECTS_TOKEN}` }));
    const logger = capturingLogger();
    const objecten = createObjectenClient({ baseUrl: `${server.origin}/api/v2`, auth: tokenAuth(OBJECTS_TOKEN), logger, throwOnError: true });
    const text = await exposed(objecten.GET("/objects"), logger);
    expect(logger.lines.some((l) => l.includes('"warning":"199 - \\"token [REDACTED] expires\\""'))).toBe(true);
    expectClean(text, [OBJECTS_TOKEN]);
  });

  it("an OAuth2 client secret and access token (token endpoint and API echo them)", async () => {
    server.answer((req, res, n) =>
      req.url?.startsWith("/oauth2/token")
        ? json(200, { access_token: ACCESS_TOKEN, token_type: "Bearer", expires_in: 3600 })(req, res, n)
        : json(403, { title: "Geen autorisatie.", detail: `token ${req.headers.authorization} for ${BSN}` })(req, res, n),
    );
    const logger = capturingLogger();
    const brp = createBrpPersonenClient({
      baseUrl: `${server.origin}/haalcentraal/api/brp`,
      auth: oauth2ClientCredentials({ tokenUrl: `${server.origin}/oauth2/token`, clientId: "gemeente-utrecht", clientSecret: CLIENT_SECRET }),
      logger,
      throwOnError: true,
    });
    const text = await exposed(brp.POST("/personen", { body: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: [BSN], fields: ["naam"] } }), logger);
    expect(server.hits.map((h) => h.path)).toEqual(["/oauth2/token", "/haalcentraal/api/brp/personen"]);
    expect(text).toContain("token Bearer [REDACTED] for [BSN]");
    expectClean(text, [CLIENT_SECRET, ACCESS_TOKEN, BSN]);
  });

  it("a failing token endpoint that echoes the client secret", async () => {
    server.answer(json(401, { error: "invalid_client", error_description: `client_secret ${CLIENT_SECRET} is wrong` }));
    const logger = capturingLogger();
    const brp = createBrpPersonenClient({
      baseUrl: `${server.origin}/haalcentraal/api/brp`,
      auth: oauth2ClientCredentials({ tokenUrl: `${server.origin}/oauth2/token?client_secret=${CLIENT_SECRET}`, clientId: "gemeente-utrecht", clientSecret: CLIENT_SECRET }),
      logger,
    });
    const text = await exposed(brp.POST("/personen", { body: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: [BSN], fields: ["naam"] } }), logger);
    expect(text).toMatch(/invalid_client/);
    expectClean(text, [CLIENT_SECRET, BSN]);
  });

  it("a timeout on a BSN URL: error and log lines", async () => {
    server.answer(hang);
    const logger = capturingLogger();
    const brp = createBrp13Client({ baseUrl: `${server.origin}/haalcentraal/api/brp`, auth: apiKey({ header: "X-Api-Key", key: API_KEY }), logger, timeout: 50, retry: { ...RETRY, retries: 1 } });
    const text = await exposed(brp.GET("/ingeschrevenpersonen/{burgerservicenummer}", { params: { path: { burgerservicenummer: BSN } } }), logger);
    expect(logger.lines.some((l) => l.startsWith("error request failed"))).toBe(true);
    expectClean(text, [BSN, API_KEY]);
  });
});
