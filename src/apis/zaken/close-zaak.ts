import type { ReadableBody } from "../../core/client-types.js";
import { ConfigError, type ConfigIssue } from "../../errors/config-error.js";
import type { components } from "../../generated/zaken/1.7.0/types.js";
import type { HasBaseUrl, Needs } from "../client-with.js";
import { undoFailedStep } from "./undo.js";
import { checkUrl, statusDateTime, zaakUuid } from "./zaak-input.js";

/** A Zaken client that can close a zaak (Zaken 1.5.1, 1.6.0, 1.7.0, Open Zaak 1.5.1). */
export type ZaakCloser = HasBaseUrl & Needs<"POST", "/resultaten"> & Needs<"POST", "/statussen"> & Needs<"DELETE", "/resultaten/{uuid}">;

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
   * Europe/Amsterdam time with its offset, so einddatum is the Dutch day. Not in the future.
   * @default now
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
 * When the eindstatus is refused (e.g. a document still locked, `informatieobject-locked`), the new
 * resultaat is deleted again (`DELETE /resultaten/{uuid}`) and a `ZaakWorkflowError` says so, or
 * gives the resultaat URL that remains. Notifications already sent (resultaat create/destroy) and
 * audit trail entries cannot be undone.
 *
 * @example
 * ```ts
 * import { closeZaak } from "commonground-sdk/zaken";
 * await closeZaak(zaken, zaak.url, { resultaattype: resultaattypeUrl, eindstatustype: eindstatustypeUrl, toelichting: "Vergunning verleend" });
 * ```
 * @throws {ConfigError} before any request: a zaakUrl not under the client's baseUrl, a missing type URL or a bad datum.
 * @throws the typed HTTP error of `POST /resultaten` (e.g. `400 unique @zaak`: the zaak has a resultaat already).
 * @throws {ZaakWorkflowError} when the eindstatus failed after the resultaat was created.
 */
export async function closeZaak(zaken: ZaakCloser, zaakUrl: string, options: CloseZaakOptions): Promise<ClosedZaak> {
  const issues: ConfigIssue[] = [];
  const uuid = zaakUuid(zaken.baseUrl, zaakUrl, "zaakUrl");
  if (typeof uuid !== "string") issues.push(uuid);
  checkUrl(issues, "resultaattype", options?.resultaattype, "a resultaattype of the zaak's zaaktype");
  checkUrl(issues, "eindstatustype", options?.eindstatustype, "the zaaktype's eindstatus (the statustype with the highest volgnummer)");
  const datumStatusGezet = statusDateTime(issues, "datum", options?.datum);
  if (issues.length > 0) throw new ConfigError("closeZaak", issues);

  const signal = options.signal ? { signal: options.signal } : {};
  const resultaatBody = { zaak: zaakUrl, resultaattype: options.resultaattype, ...(options.toelichting !== undefined ? { toelichting: options.toelichting } : {}) };
  const { data: resultaat } = await zaken.POST("/resultaten", { body: resultaatBody, throwOnError: true, ...signal });
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
    const url: string = typeof resultaat?.url === "string" ? resultaat.url : "";
    const resultaatUuid = typeof resultaat?.uuid === "string" ? resultaat.uuid : (url.replace(/\/+$/, "").split("/").pop() ?? "");
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
