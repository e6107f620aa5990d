import type { NeedsList } from "../client-with.js";
import type { ReadableBody } from "../../client/client-types.js";
import { ConfigError } from "../../errors/config-error.js";
import type { components } from "../../generated/bag/2.0.0/types.js";
import type { PageIterable } from "../../pagination/page-iterable.js";
import type { PaginateOptions } from "../../pagination/paginate-options.js";
import { checkClient } from "../shared/check-client.js";
import { boolean, checkParams, integer, type ParamRule, text, throwIfInvalid } from "../shared/param-checks.js";
import { normalizePostcode, postcodeIssues } from "../shared/postcode.js";

/** A BAG client that can walk `GET /adressen` (any generated BAG client). */
export type AddressSearcher = NeedsList<"/adressen">;

/** The members `expand` may name on `GET /adressen` (BAG 2.0.0: the `_embedded` members of an adres). */
export type AdresExpand = keyof components["schemas"]["AdresIO_embedded"];

/** An `expand` entry: a member, or one of its properties (`woonplaats.naam`). */
export type AdresExpandPath = AdresExpand | `${AdresExpand}.${string}`;

/** The member an `expand` entry names (`"woonplaats.naam"` → `"woonplaats"`). */
type MemberOf<P extends string> = P extends `${infer H}.${string}` ? H : P;

/** The allowed `expand` members, as data. */
export const ADRES_EXPANDS: readonly AdresExpand[] = ["nummeraanduiding", "openbareRuimte", "woonplaats"];

/** One adres of `GET /adressen`; with `expand`, the named `_embedded` members are there. */
export type BagAdres<E extends AdresExpandPath = never> = [E] extends [never]
  ? ReadableBody<components["schemas"]["AdresIOHal"]>
  : ReadableBody<components["schemas"]["AdresIOHal"]> & {
      _embedded: Required<Pick<ReadableBody<components["schemas"]["AdresIO_embedded"]>, MemberOf<E> & AdresExpand>>;
    };

/** The search of {@link searchAddresses}. */
export interface SearchAddressesQuery<E extends AdresExpandPath = never> {
  /** Postcode; spaces and case do not matter (`"2631 cr"` is sent as `2631CR`). */
  readonly postcode: string;
  /** Huisnummer, an integer 1–99999. */
  readonly huisnummer: number;
  /** Huisletter, one letter. */
  readonly huisletter?: string;
  /** Huisnummertoevoeging, 1–4 letters or digits. */
  readonly huisnummertoevoeging?: string;
  /** Only addresses that match huisletter and huisnummertoevoeging exactly. @default false */
  readonly exacteMatch?: boolean;
  /** Related resources to embed in `_embedded` (`nummeraanduiding`, `openbareRuimte`, `woonplaats`, or a property path of one), sent comma-separated. */
  readonly expand?: readonly E[];
  /** Results per page, 10–100. @default 20 (the server's) */
  readonly pageSize?: number;
  /**
   * `Accept-Crs` for embedded geometry (an expanded woonplaats has one); `false` sends none. BAG 2.0.0
   * does not declare the header on `/adressen`; it is sent anyway so that embedded geometry comes in RD.
   * @default "epsg:28992"
   */
  readonly acceptCrs?: "epsg:28992" | false;
  /** Stops the walk. */
  readonly signal?: AbortSignal;
  /** Stop after this many pages (a `PaginationError` beyond). @default 1000 */
  readonly maxPages?: number;
}

const RULES: Readonly<Record<string, ParamRule>> = {
  huisnummer: { required: true, check: integer(1, 99999) },
  huisletter: { check: text(/^[a-zA-Z]{1}$/) },
  huisnummertoevoeging: { check: text(/^[0-9a-zA-Z]{1,4}$/) },
  exacteMatch: { check: boolean },
  pageSize: { check: integer(10, 100) },
};

/**
 * Searches the BAG for the addresses at a postcode and huisnummer (`GET /adressen`), following the
 * HAL `_links.next` pages; iterate the result, or call `.toArray({ maxItems })`. Checks the input
 * first (postcode normalised and checked, huisnummer 1–99999, `expand` members known) and sends
 * `Accept-Crs: epsg:28992` unless told not to.
 *
 * @example
 * ```ts
 * import { createBagClient, searchAddresses } from "commonground-sdk/bag";
 * const bag = createBagClient({ baseUrl: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2", headers: { "X-Api-Key": key } });
 * for await (const adres of searchAddresses(bag, { postcode: "2631 cr", huisnummer: 15, expand: ["woonplaats"] })) {
 *   console.log(adres.openbareRuimteNaam, adres.huisnummer, adres._embedded.woonplaats);
 * }
 * ```
 * @throws {ValidationError} (at once, before anything is sent) for a bad postcode, huisnummer,
 *   huisletter, huisnummertoevoeging (also `""`, which would still be sent) or pageSize;
 *   {@link ConfigError} for a missing client or query, or an `expand` that is not a list of known members.
 */
export function searchAddresses<E extends AdresExpandPath = never>(bag: AddressSearcher, query: SearchAddressesQuery<E>): PageIterable<BagAdres<E>> {
  checkClient("searchAddresses", bag, ["paginate"]);
  if (typeof query !== "object" || query === null) throw new ConfigError("searchAddresses", [{ path: "query", message: "pass { postcode, huisnummer }" }]);
  const { postcode: raw, expand, acceptCrs = "epsg:28992", signal, maxPages, ...rest } = query;
  if (expand !== undefined && (!Array.isArray(expand) || expand.some((e) => typeof e !== "string"))) {
    throw new ConfigError("searchAddresses", [{ path: "expand", message: `pass a list of member names, e.g. ["woonplaats"]; use ${ADRES_EXPANDS.join(", ")}` }]);
  }
  const postcode = normalizePostcode(raw);
  throwIfInvalid("searchAddresses", [...postcodeIssues(postcode), ...checkParams(rest as Record<string, unknown>, RULES)]);
  const unknown = (expand ?? []).filter((path) => !ADRES_EXPANDS.includes(path.split(".")[0] as AdresExpand));
  if (unknown.length > 0 || (expand !== undefined && expand.length === 0)) {
    throw new ConfigError("searchAddresses", [{ path: "expand", message: `use one or more of ${ADRES_EXPANDS.join(", ")}` }]);
  }
  const params = {
    query: {
      postcode,
      ...rest,
      ...(expand ? { expand: [...new Set(expand)].join(",") } : {}),
    },
  };
  const init = { params, ...(acceptCrs ? { headers: { "Accept-Crs": acceptCrs } } : {}) };
  const options: PaginateOptions = { ...(signal ? { signal } : {}), ...(maxPages !== undefined ? { maxPages } : {}) };
  return bag.paginate("/adressen", init, options) as PageIterable<BagAdres<E>>;
}
