import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { startZaak } from "../../../src/apis/zaken/index.js";
import { BadRequestError } from "../../../src/errors/bad-request-error.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { isNetworkError } from "../../../src/errors/guards.js";
import { type ZaakWorkflowError, isZaakWorkflowError } from "../../../src/errors/zaak-workflow-error.js";
import { createZakenClient as z151oz } from "../../../src/generated/zaken/1.5.1-openzaak-1.30.0/index.js";
import { createZakenClient as z151 } from "../../../src/generated/zaken/1.5.1/index.js";
import { createZakenClient as z160 } from "../../../src/generated/zaken/1.6.0/index.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";
import { useMsw } from "../../helpers/msw.js";
import { BASE, ROLTYPE, STATUSTYPE, ZAAKTYPE, ZAAK_URL, serveZaken, steps, validatieFout } from "./zaken-server.js";

const ZAAK = { bronorganisatie: "002220647", verantwoordelijkeOrganisatie: "002220647", zaaktype: ZAAKTYPE, startdatum: "2024-05-01", omschrijving: "Aanvraag omgevingsvergunning" };
const STATUS = { statustype: STATUSTYPE, datumStatusGezet: "2024-05-01T09:00:00+02:00" };
const INITIATOR = {
  roltype: ROLTYPE,
  betrokkeneType: "natuurlijk_persoon" as const,
  betrokkeneIdentificatie: { inpBsn: "999993653", geslachtsnaam: "Jansen" },
};

useMsw();
const zaken = createZakenClient({ baseUrl: BASE, retry: false });

async function workflowError(promise: Promise<unknown>): Promise<ZaakWorkflowError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isZaakWorkflowError(error), String(error)).toBe(true);
  return error as ZaakWorkflowError;
}

describe("startZaak", () => {
  it("creates the zaak, its first status and the initiator rol, in that order, with these bodies", async () => {
    const seen = serveZaken();
    const started = await startZaak(zaken, { zaak: ZAAK, status: STATUS, initiator: INITIATOR });
    expect(steps(seen)).toEqual(["POST /zaken", "POST /statussen", "POST /rollen"]);
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual(ZAAK);
    expect(seen[0]?.headers.get("Content-Crs")).toBe("EPSG:4326");
    expect(JSON.parse(seen[1]?.body ?? "")).toEqual({ zaak: ZAAK_URL, statustype: STATUSTYPE, datumStatusGezet: "2024-05-01T09:00:00+02:00" });
    expect(JSON.parse(seen[2]?.body ?? "")).toEqual({ ...INITIATOR, zaak: ZAAK_URL, roltoelichting: "Initiator" });
    expect(started.zaak.url).toBe(ZAAK_URL);
    expect(started.status?.statustype).toBe(STATUSTYPE);
    expect(started.rol?.omschrijvingGeneriek).toBe("initiator");
  });

  it("sets the status now, in Europe/Amsterdam time with its offset, when no datumStatusGezet is given", async () => {
    const seen = serveZaken();
    const before = Date.now();
    await startZaak(zaken, { zaak: ZAAK, status: { statustype: STATUSTYPE, statustoelichting: "Aanvraag ontvangen" } });
    const sent = JSON.parse(seen[1]?.body ?? "") as { datumStatusGezet: string; statustoelichting: string };
    expect(sent.datumStatusGezet).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0[12]:00$/);
    expect(Date.parse(sent.datumStatusGezet)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(sent.datumStatusGezet)).toBeLessThanOrEqual(Date.now());
    expect(sent.statustoelichting).toBe("Aanvraag ontvangen");
  });

  it.each([
    ["1.6.0", z160],
    ["1.5.1", z151],
    ["Open Zaak 1.5.1", z151oz],
  ])("works with a Zaken %s client", async (_v, create) => {
    const seen = serveZaken();
    await startZaak(create({ baseUrl: BASE }), { zaak: ZAAK, status: STATUS, initiator: INITIATOR });
    expect(steps(seen)).toEqual(["POST /zaken", "POST /statussen", "POST /rollen"]);
  });

  it("undoes the zaak when the rol fails: DELETE seen, the error says what failed and what was undone", async () => {
    const seen = serveZaken({ rol: () => validatieFout("roltype", "max-occurences", "Er is al een initiator.") });
    const error = await workflowError(startZaak(zaken, { zaak: ZAAK, status: STATUS, initiator: INITIATOR }));
    expect(steps(seen)).toEqual(["POST /zaken", "POST /statussen", "POST /rollen", `DELETE /zaken/${ZAAK_URL.split("/").pop()}`]);
    expect(error.workflow).toBe("startZaak");
    expect(error.step).toBe("rol");
    expect(error.undone).toEqual([ZAAK_URL]);
    expect(error.leftover).toEqual([]);
    expect(error.cause).toBeInstanceOf(BadRequestError);
    expect((error.cause as BadRequestError).invalidParams[0]?.code).toBe("max-occurences");
    expect(error.message).toContain("creating the initiator rol (POST /rollen) failed");
    expect(error.message).toContain(`Undone: deleted the zaak ${ZAAK_URL} (its statussen and rollen went with it)`);
    expect(error.message).not.toContain("999993653");
  });

  it("undoes the zaak when the status fails and does not create the rol", async () => {
    const seen = serveZaken({ status: () => validatieFout("nonFieldErrors", "zaaktype-mismatch", "Het statustype hoort niet bij het zaaktype.") });
    const error = await workflowError(startZaak(zaken, { zaak: ZAAK, status: STATUS, initiator: INITIATOR }));
    expect(steps(seen)).toEqual(["POST /zaken", "POST /statussen", `DELETE /zaken/${ZAAK_URL.split("/").pop()}`]);
    expect(error.step).toBe("status");
    expect(error.undone).toEqual([ZAAK_URL]);
  });

  it("reports the leftover zaak URL when the undo fails too", async () => {
    const seen = serveZaken({
      rol: () => validatieFout("betrokkeneIdentificatie.inpBsn", "invalid", "Ongeldig BSN."),
      deleteZaak: () => HttpResponse.json({ code: "error", title: "Server error", status: 500, detail: "boom", instance: "urn:uuid:1" }, { status: 500 }),
    });
    const error = await workflowError(startZaak(zaken, { zaak: ZAAK, initiator: INITIATOR }));
    expect(steps(seen).at(-1)).toMatch(/^DELETE \/zaken\//);
    expect(error.undone).toEqual([]);
    expect(error.leftover).toEqual([ZAAK_URL]);
    expect(error.cleanupError).toBeInstanceOf(Error);
    expect(error.message).toContain("Undoing it failed too");
    expect(error.message).toContain(`the zaak ${ZAAK_URL} remains`);
    expect(error.message).toContain("DELETE /zaken/{uuid}");
  });

  it("treats a roltype that is not the initiator as a failed rol step, and undoes the zaak", async () => {
    const seen = serveZaken({ omschrijvingGeneriek: "belanghebbende" });
    const error = await workflowError(startZaak(zaken, { zaak: ZAAK, initiator: INITIATOR }));
    expect(steps(seen).at(-1)).toMatch(/^DELETE \/zaken\//);
    expect(error.message).toContain('omschrijvingGeneriek is "belanghebbende", not "initiator"');
  });

  it("when the zaak itself is refused, throws that HTTP error and deletes nothing", async () => {
    const seen = serveZaken({ zaak: () => validatieFout("zaaktype", "not-published", "Het ZAAKTYPE is nog niet gepubliceerd.") });
    const error = await startZaak(zaken, { zaak: ZAAK, status: STATUS }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).invalidParams[0]?.code).toBe("not-published");
    expect(steps(seen)).toEqual(["POST /zaken"]);
  });

  it("refuses missing and malformed fields before any request", async () => {
    const seen = serveZaken();
    const error = await startZaak(zaken, {
      zaak: { bronorganisatie: "123456789", verantwoordelijkeOrganisatie: "002220647", zaaktype: "zaaktypen/1", startdatum: "2024-02-30" },
      status: { statustype: STATUSTYPE, datumStatusGezet: "2024-05-01" },
      initiator: { roltype: ROLTYPE, betrokkeneType: "natuurlijk_persoon" },
    }).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    expect((error as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      "zaak.bronorganisatie",
      "zaak.zaaktype",
      "zaak.startdatum",
      "status.datumStatusGezet",
      "initiator",
    ]);
    expect(seen).toHaveLength(0);
  });

  it("refuses a call without zaak (a JS caller) with a ConfigError, not a TypeError", async () => {
    const error = await startZaak(zaken, {} as never).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
  });
});

describe("startZaak: lost answers and bad arguments (review 1.1, 3)", () => {
  it("a network error on POST /zaken says a zaak may have been created, and deletes nothing", async () => {
    const seen = serveZaken({ zaak: () => HttpResponse.error() });
    const error = await workflowError(startZaak(zaken, { zaak: { ...ZAAK, identificatie: "ZAAK-2024-0000000042" }, status: STATUS }));
    expect(steps(seen)).toEqual(["POST /zaken"]);
    expect([error.step, error.outcome, error.undone, error.leftover]).toEqual(["zaak", "unknown", [], []]);
    expect(isNetworkError(error.cause)).toBe(true);
    expect(error.message).toContain("a zaak may have been created");
    expect(error.message).toContain("identificatie=ZAAK-2024-0000000042");
  });

  it("a 4xx on POST /zaken is still thrown as is (nothing was created)", async () => {
    serveZaken({ zaak: () => validatieFout("zaaktype", "not-published", "x") });
    expect(await startZaak(zaken, { zaak: ZAAK }).catch((e: unknown) => e)).toBeInstanceOf(BadRequestError);
  });

  it.each([
    ["status: null", { zaak: ZAAK, status: null }, "status"],
    ["initiator: null", { zaak: ZAAK, initiator: null }, "initiator"],
    ["status: a string", { zaak: ZAAK, status: "x" }, "status"],
    ["no input", undefined, "input"],
    ["input null", null, "input"],
  ])("refuses %s with a ConfigError, not a TypeError, before any request", async (_name, input, path) => {
    const seen = serveZaken();
    const error = await startZaak(zaken, input as never).catch((e: unknown) => e);
    expect(isConfigError(error), String(error)).toBe(true);
    expect((error as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([path]);
    expect(seen).toHaveLength(0);
  });

  it.each([undefined, null, "zaken", { POST: 1 }])("refuses client %o with a ConfigError", async (client) => {
    const seen = serveZaken();
    const error = await startZaak(client as never, { zaak: ZAAK }).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    expect(seen).toHaveLength(0);
  });
});
