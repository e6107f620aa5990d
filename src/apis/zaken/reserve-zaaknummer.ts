import * as z from "zod/mini";
import { ConfigError, type ConfigIssue } from "../../errors/config-error.js";
import { ValidationError } from "../../errors/validation-error.js";
import type { Needs } from "../client-with.js";
import { checkClient } from "../shared/check-client.js";
import { checkRsin } from "./zaak-input.js";

/** A Zaken client with `POST /zaaknummer_reserveren` (Zaken 1.7.0 and Open Zaak 1.5.1; not VNG 1.5.1 or 1.6.0). */
export type ZaaknummerReserver = Needs<"POST", "/zaaknummer_reserveren">;

/** What {@link reserveZaaknummer} reserves. */
export interface ReserveZaaknummerOptions {
  /** RSIN of the organisation the numbers are for (9 digits, eleven-test). */
  readonly bronorganisatie: string;
  /** How many numbers. @default 1 */
  readonly aantal?: number;
  /** Stops the call. */
  readonly signal?: AbortSignal;
}

const Reservering = z.object({ zaaknummer: z.string() });
// The server sends one object for aantal 1 and a list otherwise (the spec's schema says list only).
const Answer = z.union([Reservering, z.array(Reservering)]);

/**
 * Reserves zaaknummers (zaak `identificatie` values) within a bronorganisatie without creating a zaak
 * (`POST /zaaknummer_reserveren`). A reserved number is never given out automatically again; a zaak
 * gets it only when created with that `identificatie` and `bronorganisatie`. Always resolves to a
 * list, also for one number. A reservation cannot be undone.
 *
 * @example
 * ```ts
 * import { reserveZaaknummer } from "commonground-sdk/zaken";
 * const [identificatie] = await reserveZaaknummer(zaken, { bronorganisatie: "002220647" });
 * ```
 * @throws {ConfigError} before the request, for a missing client, a bronorganisatie that is not an RSIN or an aantal that is not a whole number ≥ 1.
 * @throws {ValidationError} when the answer has no zaaknummer.
 */
export async function reserveZaaknummer(zaken: ZaaknummerReserver, options: ReserveZaaknummerOptions): Promise<string[]> {
  checkClient("reserveZaaknummer", zaken, ["POST"]);
  const issues: ConfigIssue[] = [];
  if (options !== undefined && (typeof options !== "object" || options === null)) throw new ConfigError("reserveZaaknummer", [{ path: "options", message: "pass { bronorganisatie }" }]);
  checkRsin(issues, "bronorganisatie", options?.bronorganisatie);
  const aantal = options?.aantal ?? 1;
  if (!Number.isInteger(aantal) || aantal < 1) issues.push({ path: "aantal", message: "must be a whole number ≥ 1, or left out for 1" });
  if (issues.length > 0) throw new ConfigError("reserveZaaknummer", issues);

  const body = { bronorganisatie: options.bronorganisatie, ...(options.aantal !== undefined ? { aantal } : {}) };
  const { data } = await zaken.POST("/zaaknummer_reserveren", { body, throwOnError: true, ...(options.signal ? { signal: options.signal } : {}) });
  const parsed = Answer.safeParse(data);
  if (!parsed.success) {
    throw new ValidationError("reserveZaaknummer: the answer of POST /zaaknummer_reserveren has no zaaknummer", [
      { path: [], code: "invalid_answer", message: z.prettifyError(parsed.error) },
    ]);
  }
  return Array.isArray(parsed.data) ? parsed.data.map((r) => r.zaaknummer) : [parsed.data.zaaknummer];
}
