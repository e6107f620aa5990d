import type { ReadableBody } from "../../client/client-types.js";
import { ConfigError, type ConfigIssue } from "../../errors/config-error.js";
import { redactUrl } from "../../errors/redact.js";
import { ValidationError } from "../../errors/validation-error.js";
import { ZaakWorkflowError } from "../../errors/zaak-workflow-error.js";
import type { components } from "../../generated/zaken/1.7.0/types.js";
import type { Needs } from "../client-with.js";
import { checkClient, checkOptionsObject } from "../shared/check-client.js";
import { certainlyRefused, describeError, undoFailedStep } from "./undo.js";
import { checkUrl, statusDateTime, zaakUuid } from "./zaak-input.js";

/**
 * A Zaken client that can close a zaak (Zaken 1.5.1, 1.6.0, 1.7.0, Open Zaak 1.5.1): `GET /zaken/{uuid}`
 * reads the zaak back when the eindstatus' answer was lost.
 */
export type ZaakCloser = Needs<"POST", "/resultaten"> & Needs<"POST", "/statussen"> & Needs<"DELETE", "/resultaten/{uuid}"> & Needs<"GET", "/zaken/{uuid}">;

/** How {@link closeZaak} closes the zaak. */
export interface CloseZaakOptions {
  /** URL of a resultaattype of the zaak's zaaktype. */
  readonly resultaattype: string;
  /** URL of the zaaktype's eindstatus: the statustype with the highest volgnummer (`isEindstatus`). */
  readonly eindstatustype: string;
  /** The resultaat's `toelichting`. */
  readonly toelichting?: string;
  /** The eindstatus' `statustoelichting`. */
  readonly statustoelichting?: string;
  /**
   * `datumStatusGezet` of the eindstatus; the zaak's `einddatum` is its date. A Date is sent in
   * Europe/Amsterdam time with its offset, so einddatum is the Dutch day. Not in the future: the
   * server refuses that (`date-in-future`). The default is this machine's clock, sent as is (no
   * leeway is subtracted, so the status time is exact); a clock running ahead of the server's by
   * more than the request's travel time can trip that check: keep the clock synchronised (NTP), or
   * pass a datum.
   * @default now (the local clock)
   */
  readonly datum?: string | Date;
  /** Stops the workflow; a resultaat already created is still undone. */
  readonly signal?: AbortSignal;
}

/** What {@link closeZaak} created (Zaken 1.7.0 shapes). */
export interface ClosedZaak {
  readonly resultaat: ReadableBody<components["schemas"]["Resultaat"]>;
  readonly status: ReadableBody<components["schemas"]["Status"]>;
}

/**
 * Closes a zaak: sets its resultaat (`POST /resultaten`), then its eindstatus (`POST /statussen`).
 * This order is required: the server refuses an eindstatus on a zaak without resultaat
 * (`resultaat-does-not-exist`, zrc-007), and after closing, a resultaat needs
 * `zaken.geforceerd-bijwerken`. The server then sets `einddatum` (the date of `datumStatusGezet`)
 * and derives the archive fields (archiefnominatie, archiefactiedatum) from the resultaattype.
 *
 * When the server refuses the eindstatus (a 4xx, e.g. a document still locked,
 * `informatieobject-locked`), the new resultaat is deleted again (`DELETE /resultaten/{uuid}`) and a
 * `ZaakWorkflowError` says so (`outcome: "undone"`), or gives the resultaat URL that remains
 * (`"leftover"`). When the answer is lost instead (network error, time-out, abort, 5xx), the
 * eindstatus may have been set: the zaak is read back (`GET /zaken/{uuid}`) and the resultaat is
 * only deleted when the zaak is still open (no `einddatum`). A closed zaak gives `outcome:
 * "completed"` (nothing deleted), a zaak that cannot be read `"unknown"` (nothing deleted, the
 * resultaat in `leftover`). Notifications already sent (resultaat create/destroy) and audit trail
 * entries cannot be undone.
 *
 * `zaakUrl` may be any absolute http(s) URL ending in `/zaken/{uuid}` (also through a proxy or
 * another host name than the client's `baseUrl`); its uuid is used for the read-back.
 *
 * @example
 * ```ts
 * import { closeZaak } from "commonground-sdk/zaken";
 * await closeZaak(zaken, zaak.url, { resultaattype: resultaattypeUrl, eindstatustype: eindstatustypeUrl, toelichting: "Vergunning verleend" });
 * ```
 * @throws {ConfigError} before any request: a missing client, a zaakUrl that is not a zaak URL, a missing type URL or a bad datum.
 * @throws the typed HTTP error of `POST /resultaten` (e.g. `400 unique @zaak`: the zaak has a resultaat already).
 * @throws {ValidationError} when `POST /resultaten` answered without the resultaat's url (it may exist: check the zaak).
 * @throws {ZaakWorkflowError} when the eindstatus failed after the resultaat was created; see `outcome`.
 */
export async function closeZaak(zaken: ZaakCloser, zaakUrl: string, options: CloseZaakOptions): Promise<ClosedZaak> {
  checkClient("closeZaak", zaken, ["POST", "GET", "DELETE"]);
  checkOptionsObject("closeZaak", options);
  const issues: ConfigIssue[] = [];
  const zaakUuidOrIssue = zaakUuid(zaakUrl, "zaakUrl");
  if (typeof zaakUuidOrIssue !== "string") issues.push(zaakUuidOrIssue);
  checkUrl(issues, "resultaattype", options?.resultaattype, "a resultaattype of the zaak's zaaktype");
  checkUrl(issues, "eindstatustype", options?.eindstatustype, "the zaaktype's eindstatus (the statustype with the highest volgnummer)");
  const datumStatusGezet = statusDateTime(issues, "datum", options?.datum);
  if (issues.length > 0) throw new ConfigError("closeZaak", issues);
  const uuid = zaakUuidOrIssue as string;

  const signal = options.signal ? { signal: options.signal } : {};
  const resultaatBody = { zaak: zaakUrl, resultaattype: options.resultaattype, ...(options.toelichting !== undefined ? { toelichting: options.toelichting } : {}) };
  const { data: resultaat } = await zaken.POST("/resultaten", { body: resultaatBody, throwOnError: true, ...signal });
  const url: unknown = resultaat?.url;
  const resultaatUuid = typeof resultaat?.uuid === "string" && resultaat.uuid !== "" ? resultaat.uuid : typeof url === "string" ? /\/resultaten\/([^/?#]+)\/?$/.exec(url)?.[1] : undefined;
  if (typeof url !== "string" || !/^https?:\/\//i.test(url) || !resultaatUuid) {
    throw new ValidationError(
      `closeZaak: POST /resultaten answered without the new resultaat's url or uuid, so it cannot be undone: no eindstatus was set. Check the zaak ${redactUrl(zaakUrl)} for a resultaat before trying again.`,
      [{ path: ["url"], code: "missing_url", message: "the created resultaat has no url or uuid" }],
    );
  }
  const statusBody = {
    zaak: zaakUrl,
    statustype: options.eindstatustype,
    datumStatusGezet,
    ...(options.statustoelichting !== undefined ? { statustoelichting: options.statustoelichting } : {}),
  };
  try {
    const { data: status } = await zaken.POST("/statussen", { body: statusBody, throwOnError: true, ...signal });
    return { resultaat, status };
  } catch (error) {
    if (!certainlyRefused(error)) {
      const state = await zaakState(zaken, uuid);
      if (state !== "open") throw lostAnswer(error, state, url, zaakUrl);
    }
    throw await undoFailedStep({
      workflow: "closeZaak",
      step: "eindstatus",
      failed: "setting the eindstatus (POST /statussen)",
      error,
      undo: async () => {
        await zaken.DELETE("/resultaten/{uuid}", { params: { path: { uuid: resultaatUuid } }, throwOnError: true });
      },
      what: "the resultaat",
      url,
      byHand: "Delete it with DELETE /resultaten/{uuid} (scope zaken.bijwerken) before trying again: a zaak has at most one resultaat.",
    });
  }
}

/** Reads the zaak back (not aborted by the caller's signal): `closed` when it has an einddatum. */
async function zaakState(zaken: ZaakCloser, uuid: string): Promise<"open" | "closed" | "unknown"> {
  try {
    const { data } = await zaken.GET("/zaken/{uuid}", { params: { path: { uuid } }, throwOnError: true });
    const einddatum: unknown = data?.einddatum;
    if (typeof einddatum === "string" && einddatum !== "") return "closed";
    return data && typeof data === "object" && "einddatum" in data ? "open" : "unknown";
  } catch {
    return "unknown";
  }
}

/** The error for an eindstatus whose answer was lost and whose zaak is closed or could not be read. */
function lostAnswer(error: unknown, state: "closed" | "unknown", resultaatUrl: string, zaakUrl: string): ZaakWorkflowError {
  const head = `closeZaak: setting the eindstatus (POST /statussen) failed without a clear answer (${describeError(error)}).`;
  if (state === "closed") {
    return new ZaakWorkflowError(
      "closeZaak",
      "eindstatus",
      `${head} The zaak ${redactUrl(zaakUrl)} has an einddatum now, so the eindstatus was set: the zaak is closed and the resultaat ${redactUrl(resultaatUrl)} was kept. Read the zaak for its status.`,
      { cause: error, undone: [], leftover: [], outcome: "completed" },
    );
  }
  return new ZaakWorkflowError(
    "closeZaak",
    "eindstatus",
    `${head} The zaak ${redactUrl(zaakUrl)} could not be read back either, so it is unknown whether the eindstatus was set; the resultaat ${redactUrl(resultaatUrl)} was kept. Read the zaak: with an einddatum it is closed; without one, delete the resultaat (DELETE /resultaten/{uuid}) before trying again.`,
    { cause: error, undone: [], leftover: [resultaatUrl], outcome: "unknown" },
  );
}
