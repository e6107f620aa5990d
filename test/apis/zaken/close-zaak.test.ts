import { describe, expect, it } from "vitest";
import { closeZaak } from "../../../src/apis/zaken/index.js";
import { BadRequestError } from "../../../src/errors/bad-request-error.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { isZaakWorkflowError } from "../../../src/errors/zaak-workflow-error.js";
import { createZakenClient as z151oz } from "../../../src/generated/zaken/1.5.1-openzaak-1.30.0/index.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";
import { useMsw } from "../../helpers/msw.js";
import { BASE, EINDSTATUSTYPE, RESULTAATTYPE, RESULTAAT_UUID, ZAAK_URL, serveZaken, steps, validatieFout } from "./zaken-server.js";

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
    ["https://elders.example.nl/zaken/api/v1/zaken/d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11", {}, "zaakUrl"],
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
