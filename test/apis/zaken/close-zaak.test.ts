import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { closeZaak } from "../../../src/apis/zaken/index.js";
import { BadRequestError } from "../../../src/errors/bad-request-error.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { isNetworkError, isTimeoutError, isValidationError } from "../../../src/errors/guards.js";
import { isZaakWorkflowError } from "../../../src/errors/zaak-workflow-error.js";
import { createZakenClient as z151oz } from "../../../src/generated/zaken/1.5.1-openzaak-1.30.0/index.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";
import { useMsw } from "../../helpers/msw.js";
import { BASE, EINDSTATUSTYPE, RESULTAATTYPE, RESULTAAT_UUID, ZAAK_URL, ZAAK_UUID, serveZaken, steps, validatieFout } from "./zaken-server.js";

useMsw();
const zaken = createZakenClient({ baseUrl: BASE, retry: false });

describe("closeZaak", () => {
  it("sets the resultaat first, then the eindstatus, with these bodies", async () => {
    const seen = serveZaken();
    const closed = await closeZaak(zaken, ZAAK_URL, {
      resultaattype: RESULTAATTYPE,
      eindstatustype: EINDSTATUSTYPE,
      toelichting: "Vergunning verleend",
      statustoelichting: "Afgehandeld",
      datum: "2024-06-01T14:00:00+02:00",
    });
    expect(steps(seen)).toEqual(["POST /resultaten", "POST /statussen"]);
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual({ zaak: ZAAK_URL, resultaattype: RESULTAATTYPE, toelichting: "Vergunning verleend" });
    expect(JSON.parse(seen[1]?.body ?? "")).toEqual({ zaak: ZAAK_URL, statustype: EINDSTATUSTYPE, datumStatusGezet: "2024-06-01T14:00:00+02:00", statustoelichting: "Afgehandeld" });
    expect(closed.resultaat.resultaattype).toBe(RESULTAATTYPE);
    expect(closed.status.statustype).toBe(EINDSTATUSTYPE);
  });

  it("sends a Date in Amsterdam time, so the einddatum the server derives is the Dutch day", async () => {
    const seen = serveZaken();
    await closeZaak(z151oz({ baseUrl: BASE }), ZAAK_URL, { resultaattype: RESULTAATTYPE, eindstatustype: EINDSTATUSTYPE, datum: new Date("2024-06-30T22:30:00Z") });
    expect(JSON.parse(seen[1]?.body ?? "").datumStatusGezet).toBe("2024-07-01T00:30:00.000+02:00");
  });

  it("deletes the new resultaat again when the eindstatus is refused", async () => {
    const seen = serveZaken({ status: () => validatieFout("nonFieldErrors", "informatieobject-locked", "Een document is nog gelockt.") });
    const error = await closeZaak(zaken, ZAAK_URL, { resultaattype: RESULTAATTYPE, eindstatustype: EINDSTATUSTYPE }).catch((e: unknown) => e);
    expect(steps(seen)).toEqual(["POST /resultaten", "POST /statussen", `DELETE /resultaten/${RESULTAAT_UUID}`]);
    expect(isZaakWorkflowError(error) && error.step).toBe("eindstatus");
    expect(isZaakWorkflowError(error) && error.undone).toEqual([`${BASE}/resultaten/${RESULTAAT_UUID}`]);
    expect((error as Error).cause).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toContain("Undone: deleted the resultaat");
  });

  it("reports the resultaat that remains when deleting it fails too", async () => {
    serveZaken({
      status: () => validatieFout("nonFieldErrors", "resultaat-does-not-exist", "x"),
      deleteResultaat: () => validatieFout("nonFieldErrors", "invalid", "y"),
    });
    const error = await closeZaak(zaken, ZAAK_URL, { resultaattype: RESULTAATTYPE, eindstatustype: EINDSTATUSTYPE }).catch((e: unknown) => e);
    expect(isZaakWorkflowError(error) && error.leftover).toEqual([`${BASE}/resultaten/${RESULTAAT_UUID}`]);
    expect((error as Error).message).toContain("remains");
  });

  it("a refused resultaat is thrown as is, and no status is set", async () => {
    const seen = serveZaken({ resultaat: () => validatieFout("zaak", "unique", "Deze zaak heeft al een resultaat.") });
    const error = await closeZaak(zaken, ZAAK_URL, { resultaattype: RESULTAATTYPE, eindstatustype: EINDSTATUSTYPE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(steps(seen)).toEqual(["POST /resultaten"]);
  });

  it.each([
    ["zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11", {}, "zaakUrl"],
    ["ftp://elders.example.nl/zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11", {}, "zaakUrl"],
    [`${BASE}/statussen/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11`, {}, "zaakUrl"],
    [ZAAK_URL, { datum: "2024-02-30T10:00:00Z" }, "datum"],
    [ZAAK_URL, { datum: "2024-06-01" }, "datum"],
    [ZAAK_URL, { resultaattype: "" }, "resultaattype"],
  ])("refuses bad input before any request: %s %o", async (url, extra, path) => {
    const seen = serveZaken();
    const error = await closeZaak(zaken, url, { resultaattype: RESULTAATTYPE, eindstatustype: EINDSTATUSTYPE, ...extra }).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    expect((error as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([path]);
    expect(seen).toHaveLength(0);
  });
});

describe("closeZaak when the eindstatus' answer is lost (review 1.1)", () => {
  const options = { resultaattype: RESULTAATTYPE, eindstatustype: EINDSTATUSTYPE };

  it("a network error: reads the zaak back and, still open, deletes the resultaat", async () => {
    const seen = serveZaken({ status: () => HttpResponse.error() });
    const error = await closeZaak(zaken, ZAAK_URL, options).catch((e: unknown) => e);
    expect(steps(seen)).toEqual(["POST /resultaten", "POST /statussen", `GET /zaken/${ZAAK_UUID}`, `DELETE /resultaten/${RESULTAAT_UUID}`]);
    expect(isZaakWorkflowError(error) && error.outcome).toBe("undone");
    expect(isNetworkError((error as Error).cause)).toBe(true);
  });

  it("a network error on a zaak that now has an einddatum: the eindstatus was set, nothing is deleted", async () => {
    const seen = serveZaken({ status: () => HttpResponse.error(), getZaak: () => HttpResponse.json({ url: ZAAK_URL, einddatum: "2024-06-01", status: `${BASE}/statussen/x` }) });
    const error = await closeZaak(zaken, ZAAK_URL, options).catch((e: unknown) => e);
    expect(steps(seen)).toEqual(["POST /resultaten", "POST /statussen", `GET /zaken/${ZAAK_UUID}`]);
    expect(isZaakWorkflowError(error) && [error.outcome, error.undone, error.leftover]).toEqual(["completed", [], []]);
    expect((error as Error).message).toContain("the zaak is closed");
  });

  it("a 500 and a zaak that cannot be read back: state unknown, the resultaat kept and reported", async () => {
    const seen = serveZaken({
      status: () => HttpResponse.json({ title: "Server error", status: 502 }, { status: 502 }),
      getZaak: () => HttpResponse.error(),
    });
    const error = await closeZaak(zaken, ZAAK_URL, options).catch((e: unknown) => e);
    expect(steps(seen).filter((s) => s.startsWith("DELETE"))).toEqual([]);
    expect(isZaakWorkflowError(error) && [error.outcome, error.leftover]).toEqual(["unknown", [`${BASE}/resultaten/${RESULTAAT_UUID}`]]);
    expect((error as Error).message).toContain("unknown whether the eindstatus was set");
  });

  it("a time-out: reads back before deciding", async () => {
    const seen = serveZaken({ status: () => new Promise<Response>(() => {}) as unknown as Response });
    const error = await closeZaak(createZakenClient({ baseUrl: BASE, retry: false, timeout: 50 }), ZAAK_URL, options).catch((e: unknown) => e);
    expect(isTimeoutError((error as Error).cause)).toBe(true);
    expect(steps(seen)).toContain(`GET /zaken/${ZAAK_UUID}`);
  });

  it("refuses a resultaat answer without url before setting the eindstatus (no DELETE /resultaten/)", async () => {
    const seen = serveZaken({ resultaat: () => HttpResponse.json({ resultaattype: RESULTAATTYPE }, { status: 201 }) });
    const error = await closeZaak(zaken, ZAAK_URL, options).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect(steps(seen)).toEqual(["POST /resultaten"]);
  });

  it("keeps raw URLs in leftover even when the uuid holds a run of 9 eleven-test digits (review 1.2)", async () => {
    const odd = `${BASE}/resultaten/3f2e1d0c-9b8a-4c7d-8e6f-a999993653b1`;
    serveZaken({
      resultaat: () => HttpResponse.json({ url: odd, uuid: "3f2e1d0c-9b8a-4c7d-8e6f-a999993653b1" }, { status: 201 }),
      status: () => validatieFout("nonFieldErrors", "informatieobject-locked", "x"),
      deleteResultaat: () => validatieFout("nonFieldErrors", "invalid", "y"),
    });
    const error = await closeZaak(zaken, ZAAK_URL, options).catch((e: unknown) => e);
    expect(isZaakWorkflowError(error) && error.leftover).toEqual([odd]);
    expect((error as Error).message).not.toContain("999993653");
    expect((error as Error).message).toContain("[BSN]");
  });

  it("accepts a zaakUrl of another host or scheme ending in /zaken/{uuid} (a proxy) and sends it as given (review 1.3)", async () => {
    const proxied = `http://zaken-proxy.gemeente.local/open-zaak/zaken/api/v1/zaken/${ZAAK_UUID}`;
    const seen = serveZaken();
    await closeZaak(zaken, proxied, options);
    expect(JSON.parse(seen[0]?.body ?? "").zaak).toBe(proxied);
  });

  it.each([undefined, null, {}, { POST: () => {} }])("refuses client %o with a ConfigError before any request (review 3)", async (client) => {
    const seen = serveZaken();
    const error = await closeZaak(client as never, ZAAK_URL, options).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    expect(seen).toHaveLength(0);
  });
});
