import type { NeedsList } from "../client-with.js";
import type { ReadableBody } from "../../client/client-types.js";
import type { components } from "../../generated/woz/1.0.0/types.js";
import type { PageIterable } from "../../pagination/page-iterable.js";
import { ConfigError } from "../../errors/config-error.js";
import { checkCategorySearch } from "../shared/category-search.js";
import { checkClient } from "../shared/check-client.js";
import { integer, list, type ParamRule, text, throwIfInvalid } from "../shared/param-checks.js";

/** A WOZ client that can walk `GET /wozobjecten` (any generated WOZ client). */
export type WozObjectSearcher = NeedsList<"/wozobjecten">;

/** One WOZ-object (HAL), with its actuele `waarden`. */
export type WozObject = ReadableBody<components["schemas"]["WozObjectHal"]>;

/** Options every search takes. */
interface Common {
  /** Properties to return (sent comma-separated as `fields`). */
  readonly fields?: readonly string[];
  /** Results per page, 1–100. @default 20 (the server's) */
  readonly pageSize?: number;
  /** Stops the walk. */
  readonly signal?: AbortSignal;
}

/**
 * What to search by, one of: an address (postcode, huisnummer, optional huisletter and
 * huisnummertoevoeging), a BAG nummeraanduidingIdentificatie, a BAG adresseerbaarObjectIdentificatie,
 * or an owner (`rsin`, `kvkNummer`).
 */
export type WozObjectenQuery = Common &
  (
    | { readonly postcode: string; readonly huisnummer: number; readonly huisletter?: string; readonly huisnummertoevoeging?: string }
    | { readonly nummeraanduidingIdentificatie: string }
    | { readonly adresseerbaarObjectIdentificatie: string }
    | { readonly rsin: string }
    | { readonly kvkNummer: string }
  );

const CATEGORIES: Readonly<Record<string, Readonly<Record<string, ParamRule>>>> = {
  postcode: {
    huisnummer: { required: true, check: integer(1, 99999) },
    huisletter: { check: text(/^[a-zA-Z]$/) },
    huisnummertoevoeging: { check: text(/^[0-9a-zA-Z]{1,4}$/) },
  },
  nummeraanduidingIdentificatie: { nummeraanduidingIdentificatie: { required: true, check: text(/^[0-9]{16}$/) } },
  adresseerbaarObjectIdentificatie: { adresseerbaarObjectIdentificatie: { required: true, check: text(/^[0-9]{16}$/) } },
  rsin: { rsin: { required: true, check: text(/^[0-9]{9}$/) } },
  kvkNummer: { kvkNummer: { required: true, check: text(/^[0-9]{8}$/) } },
};

/**
 * Finds the actuele WOZ-objecten at an address, a BAG nummeraanduiding or adresseerbaar object, or
 * of an owner (`GET /wozobjecten`), following the HAL pages; iterate the result, or call
 * `.toArray({ maxItems })`. Checks first: exactly one search category, postcode normalised
 * (`"2631 cr"` → `2631CR`) and checked, huisnummer 1–99999, the 16-digit BAG identificaties.
 *
 * @example
 * ```ts
 * import { createWozClient, findWozObjecten } from "commonground-sdk/woz";
 * const woz = createWozClient({ baseUrl: "https://woz.example.nl/api/v1" });
 * for await (const object of findWozObjecten(woz, { nummeraanduidingIdentificatie: "0518200000747446" })) console.log(object.identificatie, object.waarden);
 * ```
 * @throws {ConfigError} (at once) for a missing client or query, or when no category or more than one is given.
 * @throws {ValidationError} (at once, nothing sent) when a parameter breaks the spec's pattern or range.
 */
export function findWozObjecten(woz: WozObjectSearcher, query: WozObjectenQuery): PageIterable<WozObject> {
  checkClient("findWozObjecten", woz, ["paginate"]);
  if (typeof query !== "object" || query === null) throw new ConfigError("findWozObjecten", [{ path: "query", message: "pass one search category, e.g. { nummeraanduidingIdentificatie }" }]);
  const { fields, pageSize, signal, ...search } = query as unknown as Common & Record<string, unknown>;
  const { values, issues } = checkCategorySearch("findWozObjecten", search, CATEGORIES);
  if (pageSize !== undefined) issues.push(...integer(1, 100)(pageSize, ["pageSize"]));
  if (fields !== undefined) issues.push(...list(text(/^[a-zA-Z0-9._]{1,200}$/), 1, 200)(fields, ["fields"]));
  throwIfInvalid("findWozObjecten", issues);
  const params = { query: { ...values, ...(pageSize !== undefined ? { pageSize } : {}), ...(fields ? { fields: fields.join(",") } : {}) } };
  return woz.paginate("/wozobjecten", { params }, signal ? { signal } : {}) as PageIterable<WozObject>;
}
