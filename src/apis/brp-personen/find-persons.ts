import type { ReadableBody } from "../../client/client-types.js";
import type { components } from "../../generated/brp-personen/2.7.0/types.js";
import type { Needs } from "../client-with.js";
import { checkClient, checkOptionsObject } from "../shared/check-client.js";
import { callInit, checkTypedQuery } from "../shared/typed-query.js";
import { PERSON_QUERY_RULES } from "./person-query-rules.js";

/** A BRP Personen client (2.x): any client with `POST /personen`. */
export type PersonenClient = Needs<"POST", "/personen">;

/** A BRP Personen 2.x query: a union discriminated on `type` (`RaadpleegMetBurgerservicenummer`, `ZoekMetPostcodeEnHuisnummer`, …). */
export type PersonenQuery = components["schemas"]["PersonenQuery"];

/** The query types of `POST /personen`. */
export type PersonenQueryType = PersonenQuery["type"];

/** The response body that answers a query of type `T`. */
export type PersonenResponseOf<T extends PersonenQueryType> = ReadableBody<Extract<components["schemas"]["PersonenQueryResponse"], { type: T }>>;

/** The persons a query of type `T` returns: `Persoon` for a raadpleging, `PersoonBeperkt` for a zoekvraag. */
export type PersonOf<T extends PersonenQueryType> = NonNullable<PersonenResponseOf<T>["personen"]>[number];

/** The query types `POST /personen` knows, in the spec's order. */
export const PERSONEN_QUERY_TYPES: readonly PersonenQueryType[] = [
  "RaadpleegMetBurgerservicenummer",
  "ZoekMetGeslachtsnaamEnGeboortedatum",
  "ZoekMetNaamEnGemeenteVanInschrijving",
  "ZoekMetPostcodeEnHuisnummer",
  "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving",
  "ZoekMetNummeraanduidingIdentificatie",
  "ZoekMetAdresseerbaarObjectIdentificatie",
];

/** Options of {@link findPersons}. */
export interface FindPersonsOptions {
  /** Aborts the request. */
  readonly signal?: AbortSignal;
  /** Extra headers for this call, such as a gateway's `x-doelbinding` and `x-verwerking`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What {@link findPersons} resolves to. */
export interface FindPersonsResult<T extends PersonenQueryType> {
  /** The persons found (an empty array when none). */
  readonly personen: PersonOf<T>[];
  /** The whole response body. */
  readonly data: PersonenResponseOf<T>;
  /** The HTTP response, for headers such as `warning` or `x-geleverde-pls`. */
  readonly response: Response;
}

/**
 * Finds or reads persons in the BRP (`POST /personen`) with one of the seven query types, after
 * checking the query locally: every BSN (nine digits, eleven-test, at most 20), `fields` (1–130
 * field paths), postcode, huisnummer (1–99999), dates (`YYYY-MM-DD`), gemeenteVanInschrijving
 * (four digits), the spec's name patterns, and no parameter the query type does not have. An
 * optional parameter given as `""` or `null` is refused too (it would still be sent): leave it out.
 * A bad query sends nothing.
 *
 * @example
 * ```ts
 * import { createBrpPersonenClient, findPersons } from "commonground-sdk/brp-personen";
 * const brp = createBrpPersonenClient({ baseUrl: "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp", headers: { "X-API-KEY": key } });
 * const { personen } = await findPersons(brp, { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628HJ", huisnummer: 2, fields: ["burgerservicenummer", "naam"] });
 * ```
 * @throws {ConfigError} for a missing client, options that are not an object, or an unknown `type` (the message lists the valid ones).
 * @throws {ValidationError} when a parameter breaks the spec's rules; `issues[].path` names it
 *   (`["burgerservicenummer", 2]`) and `code` is the code the API itself would answer (`pattern`,
 *   `required`, `minimum`, …) or `elevenTest`. No message holds a BSN.
 * @throws {HttpError} (BadRequestError, UnauthorizedError, …) when the server refuses.
 */
export async function findPersons<Q extends PersonenQuery>(brp: PersonenClient, query: Q, options: FindPersonsOptions = {}): Promise<FindPersonsResult<Q["type"]>> {
  checkClient("findPersons", brp, ["POST"]);
  checkOptionsObject("findPersons", options);
  checkTypedQuery("findPersons", "POST /personen", query, PERSON_QUERY_RULES);
  const { data, response } = await brp.POST("/personen", {
    body: query,
    throwOnError: true,
    ...callInit(options),
  });
  const body = (data ?? { type: query.type }) as PersonenResponseOf<Q["type"]>;
  const personen = (body as { personen?: PersonOf<Q["type"]>[] }).personen ?? [];
  return { personen: [...personen], data: body, response };
}
