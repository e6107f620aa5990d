import type { ReadableBody } from "../../client/client-types.js";
import { ConfigError, type ConfigIssue } from "../../errors/config-error.js";
import { ValidationError } from "../../errors/validation-error.js";
import type { components } from "../../generated/zaken/1.7.0/types.js";
import { redactText } from "../../errors/redact.js";
import { ZaakWorkflowError } from "../../errors/zaak-workflow-error.js";
import type { HasBaseUrl, Needs } from "../client-with.js";
import { isIsoDate } from "../shared/calendar-day.js";
import { checkClient } from "../shared/check-client.js";
import { checkRsin, checkUrl, isHttpUrl, statusDateTime } from "./zaak-input.js";
import { certainlyRefused, describeError, undoFailedStep } from "./undo.js";

/** A Zaken client that can start a zaak (Zaken 1.5.1, 1.6.0, 1.7.0, Open Zaak 1.5.1). */
export type ZaakStarter = HasBaseUrl & Needs<"POST", "/zaken"> & Needs<"POST", "/statussen"> & Needs<"POST", "/rollen"> & Needs<"DELETE", "/zaken/{uuid}">;

/** The zaak to create: the four fields every version requires, plus any other writable zaak field. */
export interface NewZaak {
  /** RSIN of the organisation that creates the zaak (9 digits, eleven-test). */
  readonly bronorganisatie: string;
  /** RSIN of the organisation responsible for handling it. */
  readonly verantwoordelijkeOrganisatie: string;
  /** URL of a published zaaktype (see `findZaaktype`). */
  readonly zaaktype: string;
  /** `YYYY-MM-DD`. */
  readonly startdatum: string;
  /** Left out: the server generates one. A number from `reserveZaaknummer` is claimed here. */
  readonly identificatie?: string;
  readonly [field: string]: unknown;
}

/** The first status of the zaak. */
export interface FirstStatus {
  /** URL of a statustype of the zaak's zaaktype (usually the one with the lowest volgnummer). */
  readonly statustype: string;
  /**
   * When the status was set; a Date is sent in Europe/Amsterdam time. Not in the future (the server
   * refuses that, `date-in-future`). The default is this machine's clock as is (no leeway): keep it
   * synchronised (NTP) or pass a time, since a clock ahead of the server's can trip that check.
   * @default now (the local clock)
   */
  readonly datumStatusGezet?: string | Date;
  readonly statustoelichting?: string;
}

/** The initiator rol: who asked for the zaak. */
export interface Initiator {
  /** URL of the zaaktype's roltype whose `omschrijvingGeneriek` is `initiator`. */
  readonly roltype: string;
  /** Decides the shape of `betrokkeneIdentificatie`. */
  readonly betrokkeneType: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging" | "organisatorische_eenheid" | "medewerker";
  /** A URL of the betrokkene; this or `betrokkeneIdentificatie` is required. */
  readonly betrokkene?: string;
  /** The betrokkene's data, shaped by `betrokkeneType` (e.g. `{ inpBsn }` for a natuurlijk_persoon). */
  readonly betrokkeneIdentificatie?: Readonly<Record<string, unknown>>;
  /** @default "Initiator" */
  readonly roltoelichting?: string;
  readonly [field: string]: unknown;
}

/** What {@link startZaak} creates. */
export interface StartZaakInput {
  readonly zaak: NewZaak;
  readonly status?: FirstStatus;
  readonly initiator?: Initiator;
  /** Stops the workflow; what was created is still undone (the undo is not aborted). */
  readonly signal?: AbortSignal;
}

/** What {@link startZaak} created (Zaken 1.7.0 shapes; older versions send a subset). */
export interface StartedZaak {
  readonly zaak: ReadableBody<components["schemas"]["Zaak"]>;
  readonly status?: ReadableBody<components["schemas"]["Status"]>;
  readonly rol?: ReadableBody<components["schemas"]["Rol"]>;
}

const BETROKKENE_TYPES = ["natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging", "organisatorische_eenheid", "medewerker"];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function checkInput(input: StartZaakInput | undefined): { statusAt: string } {
  const issues: ConfigIssue[] = [];
  if (!isObject(input)) throw new ConfigError("startZaak", [{ path: "input", message: "pass an object with zaak (and optionally status, initiator, signal)" }]);
  const zaak = input?.zaak;
  if (typeof zaak !== "object" || zaak === null) {
    throw new ConfigError("startZaak", [{ path: "zaak", message: "is required: the zaak to create, with bronorganisatie, verantwoordelijkeOrganisatie, zaaktype and startdatum" }]);
  }
  checkRsin(issues, "zaak.bronorganisatie", zaak.bronorganisatie);
  checkRsin(issues, "zaak.verantwoordelijkeOrganisatie", zaak.verantwoordelijkeOrganisatie);
  checkUrl(issues, "zaak.zaaktype", zaak.zaaktype, "a published zaaktype (findZaaktype gives it)");
  if (typeof zaak.startdatum !== "string" || !isIsoDate(zaak.startdatum)) issues.push({ path: "zaak.startdatum", message: "is required: a calendar day as YYYY-MM-DD" });
  let statusAt = "";
  if (input.status !== undefined && !isObject(input.status)) {
    issues.push({ path: "status", message: "must be an object with statustype, or left out for no first status" });
  } else if (input.status !== undefined) {
    checkUrl(issues, "status.statustype", input.status.statustype, "a statustype of the zaaktype");
    statusAt = statusDateTime(issues, "status.datumStatusGezet", input.status.datumStatusGezet);
  }
  const rol = input.initiator;
  if (rol !== undefined && !isObject(rol)) {
    issues.push({ path: "initiator", message: "must be an object with roltype, betrokkeneType and betrokkene or betrokkeneIdentificatie, or left out" });
  } else if (rol !== undefined) {
    checkUrl(issues, "initiator.roltype", rol.roltype, "the zaaktype's roltype with omschrijvingGeneriek initiator");
    if (!BETROKKENE_TYPES.includes(rol.betrokkeneType)) issues.push({ path: "initiator.betrokkeneType", message: `must be one of ${BETROKKENE_TYPES.join(", ")}` });
    if (rol.betrokkene === undefined && rol.betrokkeneIdentificatie === undefined) {
      issues.push({ path: "initiator", message: "needs betrokkene (a URL) or betrokkeneIdentificatie (the betrokkene's data)" });
    }
    if (rol.betrokkene !== undefined) checkUrl(issues, "initiator.betrokkene", rol.betrokkene, "the betrokkene");
    if (rol.roltoelichting !== undefined && (typeof rol.roltoelichting !== "string" || rol.roltoelichting.length > 1000)) {
      issues.push({ path: "initiator.roltoelichting", message: "must be a string of at most 1000 characters" });
    }
  }
  if (issues.length > 0) throw new ConfigError("startZaak", issues);
  return { statusAt };
}

/**
 * Starts a zaak: creates it (`POST /zaken`), then its first status (`POST /statussen`) and its
 * initiator rol (`POST /rollen`) when given. When a later step fails, the zaak is deleted again
 * (`DELETE /zaken/{uuid}`, which also deletes its statussen and rollen, zrc-023) and a
 * `ZaakWorkflowError` says what failed and what was undone, or which zaak URL remains when the
 * delete failed too.
 *
 * What cannot be undone: the notifications the server already sent (`zaken` kanaal: zaak create,
 * status create, rol create, then zaak destroy), a reserved or generated `identificatie` (it is
 * not given out again), and the client's view of the zaak before the delete. Deleting the zaak
 * removes its audit trail. The undo needs scope `zaken.verwijderen`.
 *
 * @example
 * ```ts
 * import { startZaak } from "commonground-sdk/zaken";
 * const { zaak } = await startZaak(zaken, {
 *   zaak: { bronorganisatie: "002220647", verantwoordelijkeOrganisatie: "002220647", zaaktype: zaaktype.url, startdatum: "2024-05-01" },
 *   status: { statustype: statustypeUrl },
 *   initiator: { roltype: initiatorRoltypeUrl, betrokkeneType: "natuurlijk_persoon", betrokkeneIdentificatie: { inpBsn: "999993653" } },
 * });
 * ```
 * @throws {ConfigError} before any request, for a missing client or a missing or malformed field.
 * @throws the typed HTTP error of `POST /zaken` when the server refuses the zaak (a 4xx: nothing was created).
 * @throws {ZaakWorkflowError} with `step: "zaak"` and `outcome: "unknown"` when the answer of `POST /zaken`
 *   was lost (network error, time-out, abort, 5xx): a zaak may have been created; `cause` holds the error.
 * @throws {ZaakWorkflowError} when the status or rol failed after the zaak was created.
 */
export async function startZaak(zaken: ZaakStarter, input: StartZaakInput): Promise<StartedZaak> {
  checkClient("startZaak", zaken, ["POST", "DELETE"]);
  const { statusAt } = checkInput(input);
  const signal = input.signal ? { signal: input.signal } : {};
  let zaak: StartedZaak["zaak"];
  try {
    zaak = (await zaken.POST("/zaken", { body: input.zaak, throwOnError: true, ...signal })).data;
  } catch (error) {
    if (certainlyRefused(error)) throw error;
    const id = typeof input.zaak.identificatie === "string" ? `identificatie=${redactText(encodeURIComponent(input.zaak.identificatie))}&` : "";
    throw new ZaakWorkflowError(
      "startZaak",
      "zaak",
      `startZaak: creating the zaak (POST /zaken) failed without a clear answer (${describeError(error)}): a zaak may have been created. ` +
        `Look for it (GET /zaken?${id}bronorganisatie=…&zaaktype=…&startdatum=…) before trying again, so it is not created twice.`,
      { cause: error, undone: [], leftover: [], outcome: "unknown" },
    );
  }
  if (!isHttpUrl(zaak?.url)) {
    throw new ValidationError("startZaak: POST /zaken answered without the new zaak's url, so it cannot be used or undone: check the server", [
      { path: ["url"], code: "missing_url", message: "the created zaak has no url" },
    ]);
  }
  const zaakUrl: string = zaak.url;
  const uuid = typeof zaak.uuid === "string" ? zaak.uuid : (zaakUrl.replace(/\/+$/, "").split("/").pop() ?? "");
  const result: { -readonly [K in keyof StartedZaak]: StartedZaak[K] } = { zaak };
  let step: "status" | "rol" = "status";
  try {
    if (input.status !== undefined) {
      const { statustype, statustoelichting } = input.status;
      const body = { zaak: zaakUrl, statustype, datumStatusGezet: statusAt, ...(statustoelichting !== undefined ? { statustoelichting } : {}) };
      result.status = (await zaken.POST("/statussen", { body, throwOnError: true, ...signal })).data;
    }
    if (input.initiator !== undefined) {
      step = "rol";
      const { roltoelichting, ...rest } = input.initiator;
      const body = { ...rest, zaak: zaakUrl, roltoelichting: roltoelichting ?? "Initiator" };
      const rol = (await zaken.POST("/rollen", { body, throwOnError: true, ...signal })).data;
      const generiek: unknown = rol?.omschrijvingGeneriek;
      if (typeof generiek === "string" && generiek !== "" && generiek !== "initiator") {
        throw new ValidationError(`the roltype's omschrijvingGeneriek is "${generiek}", not "initiator": pass the zaaktype's initiator roltype`, [
          { path: ["initiator", "roltype"], code: "not_initiator", message: `omschrijvingGeneriek is ${generiek}` },
        ]);
      }
      result.rol = rol;
    }
  } catch (error) {
    throw await undoFailedStep({
      workflow: "startZaak",
      step,
      failed: step === "status" ? "setting the first status (POST /statussen)" : "creating the initiator rol (POST /rollen)",
      error,
      undo: async () => {
        await zaken.DELETE("/zaken/{uuid}", { params: { path: { uuid } }, throwOnError: true });
      },
      what: "the zaak",
      alsoGone: "its statussen and rollen",
      url: zaakUrl,
      byHand: "Delete it with DELETE /zaken/{uuid} (scope zaken.verwijderen) once the server is reachable.",
    });
  }
  return result;
}
