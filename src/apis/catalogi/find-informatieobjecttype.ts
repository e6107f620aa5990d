import type { NeedsList } from "../client-with.js";
import type { ReadableBody } from "../../client/client-types.js";
import type { components } from "../../generated/catalogi/1.3.3/types.js";
import { type FindTypeOptions, findCatalogusType } from "./find-catalogus-type.js";

/** A Catalogi client that can list informatieobjecttypen (every registered version). */
export type InformatieobjecttypeFinder = NeedsList<"/informatieobjecttypen">;

/** An informatieobjecttype as the lookup returns it (Catalogi 1.3.3 shape). */
export type FoundInformatieobjecttype = ReadableBody<components["schemas"]["InformatieObjectType"]>;

/** What {@link findInformatieobjecttype} looks for. */
export interface FindInformatieobjecttypeOptions extends FindTypeOptions {
  /** The informatieobjecttype's `omschrijving`, the key its versions share (exact match). */
  readonly omschrijving: string;
}

/**
 * Finds the one published version of an informatieobjecttype that is valid on a day (default: today
 * in Europe/Amsterdam), by `omschrijving` (informatieobjecttypen have no `identificatie`).
 *
 * Asks the server with `omschrijving`, `status`, `catalogus` and `datumGeldigheid` over every page of
 * `GET /informatieobjecttypen`, and checks each item again on the client (validity, end day
 * inclusive, and `concept`).
 *
 * @example
 * ```ts
 * import { findInformatieobjecttype } from "commonground-sdk/catalogi";
 * const iot = await findInformatieobjecttype(catalogi, { omschrijving: "Aanvraag", catalogus: catalogusUrl });
 * console.log(iot.url, iot.vertrouwelijkheidaanduiding);
 * ```
 * @throws {ConfigError} before any request, for an empty omschrijving, a catalogus that is not a URL, or a validOn that is not a real day.
 * @throws {CatalogusLookupError} when no version, or more than one, is valid on the day.
 */
export function findInformatieobjecttype(catalogi: InformatieobjecttypeFinder, options: FindInformatieobjecttypeOptions): Promise<FoundInformatieobjecttype> {
  return findCatalogusType<FoundInformatieobjecttype>(
    catalogi,
    { workflow: "findInformatieobjecttype", resource: "informatieobjecttype", plural: "informatieobjecttypen", path: "/informatieobjecttypen", key: "omschrijving" },
    options?.omschrijving,
    options ?? {},
  );
}
