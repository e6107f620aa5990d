/**
 * toError / errorFromResponse: the status → class mapping, and messages that name the method, the
 * redacted URL and the server's title and detail, for every kind of body a server sends.
 */
import { describe, expect, it } from "vitest";
import { BadRequestError } from "../../src/errors/bad-request-error.js";
import { HttpError } from "../../src/errors/http-error.js";
import { NotFoundError } from "../../src/errors/not-found-error.js";
import { PreconditionFailedError } from "../../src/errors/precondition-failed-error.js";
import { RateLimitError } from "../../src/errors/rate-limit-error.js";
import { ServerError } from "../../src/errors/server-error.js";
import { errorFromResponse, toError } from "../../src/errors/to-error.js";
import { UnauthorizedError } from "../../src/errors/unauthorized-error.js";
import { ZGW_VALIDATIE_FOUT, featureProblem } from "./problem-fixtures.js";

const ZAKEN = "https://open-zaak.example.nl/zaken/api/v1/zaken";
const response = (status: number, headers: Record<string, string> = {}, statusText = "") => ({ status, statusText, headers: new Headers(headers) });
const JSON_TYPE = { "Content-Type": "application/problem+json" };

describe("status → class", () => {
  it.each([
    [400, BadRequestError], [401, UnauthorizedError], [403, UnauthorizedError], [404, NotFoundError], [410, NotFoundError],
    [412, PreconditionFailedError], [429, RateLimitError], [500, ServerError], [502, ServerError], [503, ServerError],
    [504, ServerError], [599, ServerError], [405, HttpError], [409, HttpError], [418, HttpError], [422, HttpError], [302, HttpError], [200, HttpError], [100, HttpError],
  ] as const)("%i → %o", (status, Class) => {
    const error = toError(response(status), undefined, { method: "GET", url: ZAKEN });
    expect(error.constructor).toBe(Class);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ kind: "http", status, method: "GET", url: ZAKEN, name: Class.name });
  });
});

describe("messages", () => {
  it("ZGW ValidatieFout: method, URL, title and the invalid params", () => {
    const error = toError(response(400, JSON_TYPE, "Bad Request"), ZGW_VALIDATIE_FOUT, { method: "POST", url: ZAKEN });
    expect(error.message).toBe(
      `POST ${ZAKEN} → 400 Bad Request: Invalid input. [zaaktype: Dit veld is vereist.; startdatum: Datum heeft het verkeerde formaat. Gebruik 1 van deze formaten: YYYY-MM-DD.]`,
    );
    expect(error.invalidParams.map((p) => p.name)).toEqual(["zaaktype", "startdatum"]);
    expect(error.problem?.code).toBe("invalid");
  });

  it("Haal Centraal Foutbericht: title — detail, param list; the BSN in the URL is redacted", () => {
    const body = featureProblem("bevragen/raadpleeg-met-burgerservicenummer/fout-cases.feature");
    const error = toError(response(400, JSON_TYPE), body, { method: "GET", url: "https://brp.example.nl/haalcentraal/api/brp/ingeschrevenpersonen/999993653" });
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.url).toBe("https://brp.example.nl/haalcentraal/api/brp/ingeschrevenpersonen/[BSN]");
    expect(error.message).toBe(
      "GET https://brp.example.nl/haalcentraal/api/brp/ingeschrevenpersonen/[BSN] → 400: Een of meerdere parameters zijn niet correct. — De foutieve parameter(s) zijn: burgerservicenummer. [burgerservicenummer: Parameter is verplicht.]",
    );
  });

  it("title equal to detail is shown once; more than five params are counted", () => {
    const invalidParams = Array.from({ length: 7 }, (_, i) => ({ name: `veld${i}`, code: "required", reason: "" }));
    const error = toError(response(400), { title: "Ongeldig.", detail: "Ongeldig.", invalidParams }, { method: "PATCH", url: ZAKEN });
    expect(error.message).toBe(`PATCH ${ZAKEN} → 400: Ongeldig. [veld0: required; veld1: required; veld2: required; veld3: required; veld4: required; 2 more]`);
  });

  it("RFC 9457 with extensions: title and detail, extensions left out", () => {
    const body = { type: "https://example.net/out-of-credit", title: "You do not have enough credit.", detail: "Your balance is 30, but that costs 50.", balance: 30 };
    const error = toError(response(403, JSON_TYPE), body, { method: "DELETE", url: `${ZAKEN}/1` });
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.message).toBe(`DELETE ${ZAKEN}/1 → 403: You do not have enough credit. — Your balance is 30, but that costs 50.`);
    expect(error.problem).not.toHaveProperty("balance");
  });

  it("DRF field errors become invalid params", () => {
    const error = toError(response(400), { record: ["Dit veld is vereist."] }, { method: "POST", url: "https://objecten.example.nl/api/v2/objects" });
    expect(error.message).toBe("POST https://objecten.example.nl/api/v2/objects → 400: Invalid request [record: Dit veld is vereist.]");
  });

  it.each([
    ["an HTML page", "<html><body><h1>502 Bad Gateway</h1></body></html>", { "Content-Type": "text/html; charset=utf-8" }, 502, " (text/html body)"],
    ["an empty body without content type", undefined, {}, 503, " (no content type body)"],
    ["null", null, { "Content-Type": "application/json" }, 500, " (application/json body)"],
    ["a number", 42, { "Content-Type": "application/json" }, 500, " (application/json body)"],
    ["an array", [{ title: "x" }], { "Content-Type": "application/json" }, 404, " (application/json body)"],
    ["an empty string", "", {}, 410, " (no content type body)"],
    ["a 412 without problem", undefined, {}, 412, " (no content type body; ZGW answers 412 when Accept-Crs/Content-Crs is missing)"],
  ])("%s: no problem, the content type in the message", (_name, body, headers, status, suffix) => {
    const error = toError(response(status, headers), body, { method: "GET", url: ZAKEN });
    expect(error.problem).toBeUndefined();
    expect(error.invalidParams).toEqual([]);
    expect(error.message).toBe(`GET ${ZAKEN} → ${status}${suffix}`);
  });
});

describe("URL, headers and Retry-After", () => {
  it("redacts user info, secret query parameters, known secrets and BSNs in the URL", () => {
    const url = "https://user:pw@bag.example.nl/lvbag/v2/adressen?apikey=k3y-123456&postcode=3511AB&bsn=999990019&q=sk-abcdef123";
    const error = toError(response(429), { title: "Te veel verzoeken" }, { method: "GET", url, secrets: ["sk-abcdef123"] });
    expect(error.url).toBe("https://bag.example.nl/lvbag/v2/adressen?apikey=[REDACTED]&postcode=3511AB&bsn=[BSN]&q=[REDACTED]");
    expect(error.message).toContain(error.url);
    for (const secret of ["user:pw", "k3y-123456", "999990019", "sk-abcdef123"]) expect(JSON.stringify(error)).not.toContain(secret);
  });

  it("keeps allow-listed headers only, redacted; parses Retry-After", () => {
    const headers = { "Retry-After": "7", "API-Version": "1.5.1", "Set-Cookie": "sessionid=abc", Warning: "199 - Token sk-abcdef123" };
    const error = toError(response(429, headers), undefined, { method: "GET", url: ZAKEN, secrets: ["sk-abcdef123"] });
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(7000);
    expect(error.headers).toEqual({ "retry-after": "7", "api-version": "1.5.1", warning: "199 - Token [REDACTED]" });
  });

  it.each([["soon", undefined], ["-5", undefined], ["1.5", undefined], ["", undefined], ["0", 0]])("Retry-After %j → %s", (value, ms) => {
    expect(toError(response(503, { "Retry-After": value }), undefined, { method: "GET", url: ZAKEN }).retryAfterMs).toBe(ms);
  });
});

describe("errorFromResponse", () => {
  it("parses a JSON body without consuming the response", async () => {
    const res = new Response(JSON.stringify(ZGW_VALIDATIE_FOUT), { status: 400, statusText: "Bad Request", headers: JSON_TYPE });
    const error = await errorFromResponse(res, { method: "POST", url: ZAKEN });
    expect(error.invalidParams).toHaveLength(2);
    expect(await res.json()).toEqual(ZGW_VALIDATIE_FOUT);
  });

  it("keeps a non-JSON body as text (no problem) and survives a body that errors", async () => {
    const html = await errorFromResponse(new Response("<html>oops</html>", { status: 502, headers: { "Content-Type": "text/html" } }), { method: "GET", url: ZAKEN });
    expect(html).toBeInstanceOf(ServerError);
    expect(html.problem).toBeUndefined();
    const broken = new ReadableStream({ pull: (controller) => controller.error(new TypeError("terminated")) });
    const cut = await errorFromResponse(new Response(broken, { status: 503 }), { method: "GET", url: ZAKEN });
    expect(cut).toMatchObject({ status: 503, problem: undefined, message: `GET ${ZAKEN} → 503 (no content type body)` });
  });
});

describe("regressions from the fault review", () => {
  it("does not throw on a URL with a malformed percent-escape", () => {
    const error = toError({ status: 404, statusText: "Not Found", headers: new Headers() }, undefined, { method: "GET", url: "https://x.nl/zaken?q=%ZZ" });
    expect(error.status).toBe(404);
    expect(error.url).toContain("q=%ZZ");
  });

  it("redacts secrets a server echoes in code and parameter names", () => {
    const secret = "s3cr3t-value-0123456789";
    const body = { title: "x", code: secret, invalidParams: [{ name: secret, code: secret, reason: "r" }] };
    const error = toError({ status: 400, statusText: "Bad Request", headers: new Headers() }, body, { method: "POST", url: "https://x.nl/zaken", secrets: [secret] });
    expect(JSON.stringify(error)).not.toContain(secret);
  });
});
