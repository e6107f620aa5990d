import type { ReadableBody } from "../../client/client-types.js";
import type { components } from "../../generated/brp-historie/2.0.0/types.js";
import { checkClient, checkOptionsObject } from "../shared/check-client.js";
import { callInit, checkTypedQuery } from "../shared/typed-query.js";
import { bsn, date, type ParamRule } from "../shared/param-checks.js";
import type { Needs } from "../client-with.js";

/** A BRP historie client: any client with `POST /verblijfplaatshistorie`. */
export type HistorieClient = Needs<"POST", "/verblijfplaatshistorie">;

/** A verblijfplaatshistorie query: `RaadpleegMetPeildatum` or `RaadpleegMetPeriode`, each for one burgerservicenummer. */
export type HistorieQuery = components["schemas"]["HistorieQuery"];

/** One verblijfplaats of the history (adres, locatie, buitenland or onbekend, by `type`). */
export type VerblijfplaatsVoorkomen = ReadableBody<components["schemas"]["AbstractVerblijfplaatsVoorkomen"]>;

const burgerservicenummer: ParamRule = { required: true, check: bsn };
const RULES: Readonly<Record<string, Readonly<Record<string, ParamRule>>>> = {
  RaadpleegMetPeildatum: { burgerservicenummer, peildatum: { required: true, check: date } },
  RaadpleegMetPeriode: { burgerservicenummer, datumVan: { required: true, check: date }, datumTot: { required: true, check: date } },
};

/** Options of {@link findVerblijfplaatshistorie}. */
export interface FindVerblijfplaatshistorieOptions {
  /** Aborts the request. */
  readonly signal?: AbortSignal;
  /** Extra headers for this call (gateway protocol headers). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What {@link findVerblijfplaatshistorie} resolves to. */
export interface FindVerblijfplaatshistorieResult {
  /** The verblijfplaatsen, most recent first. */
  readonly verblijfplaatsen: VerblijfplaatsVoorkomen[];
  /** The whole response body (also `opschortingBijhouding`, `geheimhoudingPersoonsgegevens`). */
  readonly data: ReadableBody<components["schemas"]["VerblijfplaatshistorieQueryResponse"]>;
  /** The HTTP response, for the `X-Rate-Limit-*` headers. */
  readonly response: Response;
}

/**
 * Reads where a person lived on a peildatum or during a periode (`POST /verblijfplaatshistorie`),
 * after checking the query locally: the burgerservicenummer (nine digits, eleven-test), real
 * `YYYY-MM-DD` dates, `datumTot` after `datumVan` (as the API's own fout-cases require), and no
 * parameter the query type does not have. A bad query sends nothing.
 *
 * @example
 * ```ts
 * import { createBrpHistorieClient, findVerblijfplaatshistorie } from "commonground-sdk/brp-historie";
 * const historie = createBrpHistorieClient({ baseUrl: "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brphistorie" });
 * const { verblijfplaatsen } = await findVerblijfplaatshistorie(historie, { type: "RaadpleegMetPeriode", burgerservicenummer: "999993653", datumVan: "2020-01-01", datumTot: "2024-01-01" });
 * ```
 * @throws {ConfigError} for a missing client, options that are not an object, or an unknown `type`.
 * @throws {ValidationError} when a parameter breaks the rules (`pattern`, `elevenTest`, `date`,
 *   `required`, `unknownParam`, `invalidParam` for `datumTot` not after `datumVan`); no message holds the BSN.
 */
export async function findVerblijfplaatshistorie(
  historie: HistorieClient,
  query: HistorieQuery,
  options: FindVerblijfplaatshistorieOptions = {},
): Promise<FindVerblijfplaatshistorieResult> {
  checkClient("findVerblijfplaatshistorie", historie, ["POST"]);
  checkOptionsObject("findVerblijfplaatshistorie", options);
  checkTypedQuery("findVerblijfplaatshistorie", "POST /verblijfplaatshistorie", query, RULES, "RaadpleegMetPeriode");
  const { data, response } = await historie.POST("/verblijfplaatshistorie", {
    body: query,
    throwOnError: true,
    ...callInit(options),
  });
  const body = (data ?? {}) as FindVerblijfplaatshistorieResult["data"];
  return { verblijfplaatsen: [...(body.verblijfplaatsen ?? [])], data: body, response };
}
