/**
 * Property tests for toError: whatever status, headers and body a server sends, it returns (never
 * throws) an HttpError of the right class with that status, and a secret the caller handed in
 * (ctx.secrets) never shows up in the message or the redacted problem texts, wherever the server
 * echoed it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HttpError } from "../../src/errors/http-error.js";
import { ServerError } from "../../src/errors/server-error.js";
import { toError } from "../../src/errors/to-error.js";

const BASE = "https://open-zaak.example.nl/zaken/api/v1/zaken";
const CLASS_BY_STATUS: Record<number, string> = {
  400: "BadRequestError", 401: "UnauthorizedError", 403: "UnauthorizedError", 404: "NotFoundError", 410: "NotFoundError",
  412: "PreconditionFailedError", 429: "RateLimitError",
};

/** Printable ASCII: what a header value may hold. */
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const hex = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 16, maxLength: 40 });
const secretArb = hex.map((h) => `sk-${h}`);

const retryAfter = fc.oneof(
  printable,
  fc.integer().map(String),
  fc.nat().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.constantFrom("", "0", "-1", "1.5", "1e3", "99999999999999999999", "9".repeat(400), "NaN", " 5 ", "Wed, 21 Oct 2015 07:28:00 GMT", "tomorrow", "Infinity"),
);
const headerName = fc.constantFrom("content-type", "api-version", "x-request-id", "warning", "location", "etag", "set-cookie", "www-authenticate", "x-custom");
const headersArb = fc.tuple(fc.dictionary(headerName, printable, { maxKeys: 6 }), fc.option(retryAfter, { nil: undefined })).map(([values, ra]) => {
  const headers = new Headers(values);
  if (ra !== undefined) headers.set("retry-after", ra);
  return headers;
});

/** Bodies of every shape, with the secret echoed somewhere in most of them. */
function bodyArb(secret: string): fc.Arbitrary<unknown> {
  const text = fc.tuple(fc.string({ maxLength: 30 }), fc.boolean(), fc.string({ maxLength: 30 })).map(([a, echo, b]) => (echo ? `${a}${secret}${b}` : `${a}${b}`));
  const param = fc.record({ name: text, code: fc.string({ maxLength: 10 }), reason: text }, { requiredKeys: [] });
  const problem = fc.record(
    { type: text, title: text, status: fc.integer(), detail: text, instance: text, code: fc.string({ maxLength: 10 }), invalidParams: fc.array(param, { maxLength: 8 }), "invalid-params": fc.array(param, { maxLength: 3 }) },
    { requiredKeys: [] },
  );
  return fc.oneof(
    fc.jsonValue(),
    text,
    text.map((t) => `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>${t}</h1></body></html>`),
    fc.constant(undefined),
    problem,
    fc.dictionary(text, fc.array(text, { minLength: 1, maxLength: 3 }), { maxKeys: 4 }),
    fc.tuple(fc.jsonValue(), problem).map(([extra, p]) => ({ ...p, extension: extra, detail: `echo ${secret}` })),
  );
}

const caseArb = secretArb.chain((secret) =>
  fc.record({
    secret: fc.constant(secret),
    status: fc.integer({ min: 100, max: 599 }),
    statusText: fc.oneof(fc.constant(""), printable),
    headers: headersArb,
    body: bodyArb(secret),
    method: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"),
  }),
);

describe("toError (property)", () => {
  it("never throws and returns an HttpError with the input status and the right class", () => {
    fc.assert(
      fc.property(caseArb, ({ secret, status, statusText, headers, body, method }) => {
        const error = toError({ status, statusText, headers }, body, { method, url: `${BASE}?token=${secret}`, secrets: [secret] });
        expect(error).toBeInstanceOf(HttpError);
        expect(error.kind).toBe("http");
        expect(error.status).toBe(status);
        expect(error.name).toBe(CLASS_BY_STATUS[status] ?? (status >= 500 ? "ServerError" : "HttpError"));
        expect(error instanceof ServerError).toBe(status >= 500 && !(status in CLASS_BY_STATUS));
        expect(error.message.startsWith(`${method} ${BASE}?token=[REDACTED] → ${status}`)).toBe(true);
        if (error.retryAfterMs !== undefined) expect(error.retryAfterMs).toBeGreaterThanOrEqual(0);
        expect(Number.isNaN(error.retryAfterMs)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it("never shows the secret in the message, the URL, the headers or the problem's texts", () => {
    fc.assert(
      fc.property(caseArb, ({ secret, status, statusText, headers, body, method }) => {
        headers.set("warning", `199 - echo ${secret}`);
        const error = toError({ status, statusText, headers }, body, { method, url: `${BASE}/${secret}?q=${secret}`, secrets: [secret] });
        const texts = [
          error.message, error.url, JSON.stringify(error.headers), String(error), error.stack ?? "",
          error.problem?.title, error.problem?.detail, error.problem?.instance, error.problem?.type, ...error.invalidParams.map((p) => p.reason),
        ];
        for (const text of texts) if (text !== undefined) expect(text).not.toContain(secret);
      }),
      { numRuns: 400 },
    );
  });

  it("a body that is not a problem never gives problem details", () => {
    const notProblem = fc.oneof(fc.constant(undefined), fc.constant(null), fc.double(), fc.boolean(), fc.string(), fc.array(fc.jsonValue(), { maxLength: 5 }));
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), notProblem, (status, body) => {
        const error = toError({ status, statusText: "", headers: new Headers() }, body, { method: "GET", url: BASE });
        expect(error.problem).toBeUndefined();
        expect(error.invalidParams).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
