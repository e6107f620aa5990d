import type { ReadableBody } from "../../client/client-types.js";
import type { components } from "../../generated/brp-bewoning/2.1.0/types.js";
import { checkClient, checkOptionsObject } from "../shared/check-client.js";
import { callInit, checkTypedQuery } from "../shared/typed-query.js";
import { date, type ParamRule, text } from "../shared/param-checks.js";
import type { Needs } from "../client-with.js";

/** A BRP bewoning client: any client with `POST /bewoningen`. */
export type BewoningClient = Needs<"POST", "/bewoningen">;

/** A bewoning query: `BewoningMetPeildatum` (one day) or `BewoningMetPeriode` (`datumVan` up to `datumTot`). */
export type BewoningenQuery = components["schemas"]["BewoningenQuery"];

/** One bewoning: the (possible) residents of an adresseerbaar object during a period. */
export type Bewoning = ReadableBody<components["schemas"]["Bewoning"]>;

const aoId: ParamRule = { required: true, check: text(/^(?!0{16})[0-9]{16}$/) };
const RULES: Readonly<Record<string, Readonly<Record<string, ParamRule>>>> = {
  BewoningMetPeildatum: { peildatum: { required: true, check: date }, adresseerbaarObjectIdentificatie: aoId },
  BewoningMetPeriode: { datumVan: { required: true, check: date }, datumTot: { required: true, check: date }, adresseerbaarObjectIdentificatie: aoId },
};

/** Options of {@link findBewoningen}. */
export interface FindBewoningenOptions {
  /** Aborts the request. */
  readonly signal?: AbortSignal;
  /** Extra headers for this call (gateway protocol headers). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What {@link findBewoningen} resolves to. */
export interface FindBewoningenResult {
  /** The bewoningen (one per period in which the residents stayed the same). */
  readonly bewoningen: Bewoning[];
  /** The whole response body. */
  readonly data: ReadableBody<components["schemas"]["BewoningenQueryResponse"]>;
  /** The HTTP response. */
  readonly response: Response;
}

/**
 * Asks who lived at an adresseerbaar object on a peildatum or during a periode (`POST /bewoningen`),
 * after checking the query locally: the 16-digit identificatie (not all zeros), real `YYYY-MM-DD`
 * dates, `datumTot` after `datumVan`, and no parameter the query type does not have.
 *
 * @example
 * ```ts
 * import { createBrpBewoningClient, findBewoningen } from "commonground-sdk/brp-bewoning";
 * const bewoning = createBrpBewoningClient({ baseUrl: "https://proefomgeving.haalcentraal.nl/haalcentraal/api/bewoning" });
 * const { bewoningen } = await findBewoningen(bewoning, { type: "BewoningMetPeildatum", peildatum: "2024-01-01", adresseerbaarObjectIdentificatie: "0800010000000001" });
 * ```
 * @throws {ConfigError} for a missing client, options that are not an object, or an unknown `type`.
 * @throws {ValidationError} when a parameter breaks the spec's rules (`issues[].code` as the API's
 *   `invalidParams`: `required`, `date`, `pattern`, `invalidParam` for `datumTot` not after `datumVan`).
 */
export async function findBewoningen(bewoning: BewoningClient, query: BewoningenQuery, options: FindBewoningenOptions = {}): Promise<FindBewoningenResult> {
  checkClient("findBewoningen", bewoning, ["POST"]);
  checkOptionsObject("findBewoningen", options);
  checkTypedQuery("findBewoningen", "POST /bewoningen", query, RULES, "BewoningMetPeriode");
  const { data, response } = await bewoning.POST("/bewoningen", {
    body: query,
    throwOnError: true,
    ...callInit(options),
  });
  const body = (data ?? {}) as FindBewoningenResult["data"];
  return { bewoningen: [...(body.bewoningen ?? [])], data: body, response };
}
