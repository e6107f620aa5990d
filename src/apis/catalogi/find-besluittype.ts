import type { NeedsList } from "../client-with.js";
import type { ReadableBody } from "../../client/client-types.js";
import type { components } from "../../generated/catalogi/1.3.3/types.js";
import { type FindTypeOptions, findCatalogusType } from "./find-catalogus-type.js";

/** A Catalogi client that can list besluittypen (every registered version). */
export type BesluittypeFinder = NeedsList<"/besluittypen">;

/** A besluittype as the lookup returns it (Catalogi 1.3.3 shape). */
export type FoundBesluittype = ReadableBody<components["schemas"]["BesluitType"]>;

/** What {@link findBesluittype} looks for. */
export interface FindBesluittypeOptions extends FindTypeOptions {
  /** The besluittype's `omschrijving`, the key its versions share (exact match). */
  readonly omschrijving: string;
}

/**
 * Finds the one published version of a besluittype that is valid on a day (default: today in
 * Europe/Amsterdam), by `omschrijving` (besluittypen have no `identificatie`).
 *
 * Asks the server with `omschrijving`, `status`, `catalogus` and `datumGeldigheid` over every page of
 * `GET /besluittypen`, and checks each item again on the client (validity, end day inclusive, and
 * `concept`).
 *
 * @example
 * ```ts
 * import { findBesluittype } from "commonground-sdk/catalogi";
 * const besluittype = await findBesluittype(catalogi, { omschrijving: "Vergunning verleend", validOn: new Date() });
 * console.log(besluittype.url);
 * ```
 * @throws {ConfigError} before any request, for an empty omschrijving, a catalogus that is not a URL, or a validOn that is not a real day.
 * @throws {CatalogusLookupError} when no version, or more than one, is valid on the day.
 */
export function findBesluittype(catalogi: BesluittypeFinder, options: FindBesluittypeOptions): Promise<FoundBesluittype> {
  return findCatalogusType<FoundBesluittype>(
    catalogi,
    { workflow: "findBesluittype", resource: "besluittype", plural: "besluittypen", path: "/besluittypen", key: "omschrijving" },
    options?.omschrijving,
    options ?? {},
  );
}
