import type { ReadableBody } from "../../client/client-types.js";
import { ConfigError } from "../../errors/config-error.js";
import type { components } from "../../generated/brk/2.0.0/types.js";
import { checkCategorySearch } from "../shared/category-search.js";
import { checkClient } from "../shared/check-client.js";
import { boolean, integer, list, type ParamRule, text, throwIfInvalid } from "../shared/param-checks.js";
import type { Needs } from "../client-with.js";

/** A BRK client: any client with `GET /kadastraalonroerendezaken`. */
export type KadastraalOnroerendeZakenClient = Needs<"GET", "/kadastraalonroerendezaken">;

/** The members `expand` may name: the `_embedded` members of a kadastraal onroerende zaak. */
export type KadastraalOnroerendeZaakExpand = keyof components["schemas"]["KadastraalOnroerendeZaakEmbedded"];

/** An `expand` entry: a member, or a member's property path (`zakelijkGerechtigden.persoon.omschrijving`). */
export type KadastraalOnroerendeZaakExpandPath = KadastraalOnroerendeZaakExpand | `${KadastraalOnroerendeZaakExpand}.${string}`;

/** One kadastraal onroerende zaak (perceel or appartementsrecht), HAL. */
export type KadastraalOnroerendeZaak = ReadableBody<components["schemas"]["KadastraalOnroerendeZaakHal"]>;

/** Options every search category takes. */
interface Common {
  /** Properties to return (sent comma-separated as `fields`). */
  readonly fields?: readonly string[];
  /** Related resources to embed (`zakelijkGerechtigden`, `privaatrechtelijkeBeperkingen`, or a property path of one), sent comma-separated. */
  readonly expand?: readonly KadastraalOnroerendeZaakExpandPath[];
  /** `Accept-Crs` for the geometry (begrenzingPerceel, plaatscoördinaten); `false` sends none. @default "epsg:28992" */
  readonly acceptCrs?: "epsg:28992" | false;
  /** Aborts the request. */
  readonly signal?: AbortSignal;
}

/**
 * What to search by: exactly one category of the spec. An address (postcode, optional huisnummer,
 * huisletter, huisnummertoevoeging), a BAG nummeraanduidingIdentificatie, a kadastrale aanduiding
 * (`"Beekbergen K 4109"`) or one with a gemeentecode (`"APD01 K 4109"`), or a Kadaster persoon.
 */
export type KadastraalOnroerendeZakenQuery = Common &
  (
    | { readonly postcode: string; readonly huisnummer?: number; readonly huisletter?: string; readonly huisnummertoevoeging?: string }
    | { readonly nummeraanduidingIdentificatie: string }
    | { readonly kadastraleAanduiding: string; readonly inclusiefKadastraalOnroerendeZakenUitSplitsing?: boolean }
    | { readonly kadastraleAanduidingMetGemeentecode: string; readonly inclusiefKadastraalOnroerendeZakenUitSplitsing?: boolean }
    | { readonly persoonIdentificatie: string }
  );

const uitSplitsing: ParamRule = { check: boolean };
const CATEGORIES: Readonly<Record<string, Readonly<Record<string, ParamRule>>>> = {
  postcode: {
    huisnummer: { check: integer(1, 99999) },
    huisletter: { check: text(/^[a-zA-Z]$/) },
    huisnummertoevoeging: { check: text(/^([a-zA-Z0-9]){1,4}$/) },
  },
  nummeraanduidingIdentificatie: { nummeraanduidingIdentificatie: { required: true, check: text(/^[0-9]{16}$/) } },
  kadastraleAanduiding: {
    kadastraleAanduiding: { required: true, check: text(/^([a-zA-Z0-9'][a-zA-Z0-9' ,-]*[a-zA-Z0-9]) ([A-IK-Z]{1,2}) ([1-9][0-9]{0,4})( A[1-9][0-9]{0,3})?$/) },
    inclusiefKadastraalOnroerendeZakenUitSplitsing: uitSplitsing,
  },
  kadastraleAanduidingMetGemeentecode: {
    kadastraleAanduidingMetGemeentecode: { required: true, check: text(/^([A-Z]{3}[0-9]{2}) ([A-IK-Z]{1,2}) ([1-9][0-9]{0,4})( A[1-9][0-9]{0,3})?$/) },
    inclusiefKadastraalOnroerendeZakenUitSplitsing: uitSplitsing,
  },
  persoonIdentificatie: { persoonIdentificatie: { required: true, check: text(/^\S{1,50}$/) } },
};
const EXPANDS: readonly KadastraalOnroerendeZaakExpand[] = ["zakelijkGerechtigden", "privaatrechtelijkeBeperkingen"];

/** What {@link findKadastraalOnroerendeZaken} resolves to. */
export interface FindKadastraalOnroerendeZakenResult {
  /** The zaken found (an empty array when none). */
  readonly kadastraalOnroerendeZaken: KadastraalOnroerendeZaak[];
  /** The whole HAL body. */
  readonly data: ReadableBody<components["schemas"]["KadastraalOnroerendeZaakHalCollectie"]>;
  /** The HTTP response. */
  readonly response: Response;
}

/**
 * Finds the kadastraal onroerende zaken (percelen, appartementsrechten) at an address, a BAG
 * nummeraanduiding, a kadastrale aanduiding or of a Kadaster persoon (`GET /kadastraalonroerendezaken`),
 * with `Accept-Crs: epsg:28992`. Checks first: exactly one search category, postcode normalised
 * (`"2631 cr"` → `2631CR`) and checked, huisnummer 1–99999, the spec's patterns.
 *
 * @example
 * ```ts
 * import { createBrkClient, findKadastraalOnroerendeZaken } from "commonground-sdk/brk";
 * const brk = createBrkClient({ baseUrl: "https://api.brk.kadaster.nl/esd-eto-apikey/bevragen/v2", headers: { "X-Api-Key": key } });
 * const { kadastraalOnroerendeZaken } = await findKadastraalOnroerendeZaken(brk, { postcode: "7371 DB", huisnummer: 29 });
 * ```
 * @throws {ConfigError} for a missing client or query, when no category or more than one is given,
 *   or for an `expand` that is not a list of known members.
 * @throws {ValidationError} when a parameter breaks the spec's pattern or range.
 */
export async function findKadastraalOnroerendeZaken(brk: KadastraalOnroerendeZakenClient, query: KadastraalOnroerendeZakenQuery): Promise<FindKadastraalOnroerendeZakenResult> {
  checkClient("findKadastraalOnroerendeZaken", brk, ["GET"]);
  if (typeof query !== "object" || query === null) throw new ConfigError("findKadastraalOnroerendeZaken", [{ path: "query", message: "pass one search category, e.g. { postcode, huisnummer }" }]);
  const { fields, expand, acceptCrs = "epsg:28992", signal, ...search } = query as unknown as Common & Record<string, unknown>;
  const { values, issues } = checkCategorySearch("findKadastraalOnroerendeZaken", search, CATEGORIES);
  if (expand !== undefined && (!Array.isArray(expand) || expand.length === 0 || expand.some((path) => typeof path !== "string" || !EXPANDS.includes(path.split(".")[0] as KadastraalOnroerendeZaakExpand)))) {
    throw new ConfigError("findKadastraalOnroerendeZaken", [{ path: "expand", message: `use one or more of ${EXPANDS.join(", ")}` }]);
  }
  if (fields !== undefined) issues.push(...list(text(/^[a-zA-Z0-9._]{1,200}$/), 1, 200)(fields, ["fields"]));
  throwIfInvalid("findKadastraalOnroerendeZaken", issues);
  const { persoonIdentificatie, ...rest } = values;
  const params = {
    query: {
      ...rest,
      ...(persoonIdentificatie !== undefined ? { persoon__identificatie: persoonIdentificatie } : {}),
      ...(fields ? { fields: fields.join(",") } : {}),
      ...(expand ? { expand: expand.join(",") } : {}),
    },
    ...(acceptCrs ? { header: { "Accept-Crs": acceptCrs } } : {}),
  };
  const { data, response } = await brk.GET("/kadastraalonroerendezaken", { params, throwOnError: true, ...(signal ? { signal } : {}) });
  const body = (data ?? {}) as FindKadastraalOnroerendeZakenResult["data"];
  return { kadastraalOnroerendeZaken: [...(body._embedded?.kadastraalOnroerendeZaken ?? [])], data: body, response };
}
