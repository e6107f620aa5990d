import type { NeedsList } from "../client-with.js";
import type { ReadableBody } from "../../client/client-types.js";
import type { components } from "../../generated/catalogi/1.3.3/types.js";
import { type FindTypeOptions, findCatalogusType } from "./find-catalogus-type.js";

/** A Catalogi client that can list zaaktypen (every registered version). */
export type ZaaktypeFinder = NeedsList<"/zaaktypen">;

/** A zaaktype as the lookup returns it (Catalogi 1.3.3 shape; older versions send a subset). */
export type FoundZaaktype = ReadableBody<components["schemas"]["ZaakType"]>;

/** What {@link findZaaktype} looks for. */
export interface FindZaaktypeOptions extends FindTypeOptions {
  /** The zaaktype's `identificatie`, the key its versions share (exact match). */
  readonly identificatie: string;
}

/**
 * Finds the one published version of a zaaktype that is valid on a day (default: today in
 * Europe/Amsterdam), by `identificatie`, walking every page of `GET /zaaktypen`.
 *
 * The server is asked with `identificatie`, `status=definitief` (`alles` with `includeConcepts`),
 * `catalogus` and `datumGeldigheid`; every returned item is checked again on the client
 * (`beginGeldigheid <= day <= eindeGeldigheid`, end inclusive, and `concept`).
 *
 * @example
 * ```ts
 * import { findZaaktype } from "commonground-sdk/catalogi";
 * const zaaktype = await findZaaktype(catalogi, { identificatie: "ZAAKTYPE-2020-0000000001", validOn: "2024-05-01" });
 * console.log(zaaktype.url);
 * ```
 * @throws {ConfigError} before any request, for an empty identificatie, a catalogus that is not a URL, or a validOn that is not a real day.
 * @throws {CatalogusLookupError} when no version, or more than one, is valid on the day; the message lists the versions seen.
 * @see https://github.com/VNG-Realisatie/gemma-zaken/blob/36de868eacd7cc9cfb8318b9c0f9519bacd4e0d6/docs/standaard/catalogi/ztc/1.3.x/1.3.3/openapi.yaml
 */
export function findZaaktype(catalogi: ZaaktypeFinder, options: FindZaaktypeOptions): Promise<FoundZaaktype> {
  return findCatalogusType<FoundZaaktype>(
    catalogi,
    { workflow: "findZaaktype", resource: "zaaktype", plural: "zaaktypen", path: "/zaaktypen", key: "identificatie" },
    options?.identificatie,
    options ?? {},
  );
}
