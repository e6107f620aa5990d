import type { ReadableBody } from "../../client/client-types.js";
import type { components } from "../../generated/woz/1.0.0/types.js";
import { checkClient, checkOptionsObject } from "../shared/check-client.js";
import { text, throwIfInvalid } from "../shared/param-checks.js";
import type { Needs } from "../client-with.js";
import type { WozObject } from "./find-woz-objecten.js";

/** A WOZ client: any client with `GET /wozobjecten/{identificatie}`. */
export type WozObjectReader = Needs<"GET", "/wozobjecten/{identificatie}">;

/** One vastgestelde WOZ-waarde (`vastgesteldeWaarde` in euro on a `waardepeildatum`). */
export type WozWaarde = ReadableBody<components["schemas"]["Waarde"]>;

/** What {@link getWozWaarden} resolves to. */
export interface WozWaardenResult {
  /** The actuele waarden of the object, as the API orders them. */
  readonly waarden: WozWaarde[];
  /** The whole WOZ-object. */
  readonly wozObject: WozObject;
  /** The HTTP response. */
  readonly response: Response;
}

/**
 * Reads the WOZ-waarden of one WOZ-object by its WOZ-objectnummer (`GET /wozobjecten/{identificatie}`,
 * twelve digits), checked before anything is sent.
 *
 * @example
 * ```ts
 * import { createWozClient, getWozWaarden } from "commonground-sdk/woz";
 * const woz = createWozClient({ baseUrl: "https://woz.example.nl/api/v1" });
 * const { waarden } = await getWozWaarden(woz, "800000823525");
 * console.log(waarden[0]?.waardepeildatum, waarden[0]?.vastgesteldeWaarde);
 * ```
 * @throws {ConfigError} for a missing client or options that are not an object.
 * @throws {ValidationError} when `identificatie` is not twelve digits (nothing is sent).
 * @throws {NotFoundError} when the object does not exist.
 */
export async function getWozWaarden(woz: WozObjectReader, identificatie: string, options: { readonly signal?: AbortSignal } = {}): Promise<WozWaardenResult> {
  checkClient("getWozWaarden", woz, ["GET"]);
  checkOptionsObject("getWozWaarden", options);
  throwIfInvalid("getWozWaarden", text(/^[0-9]{12}$/)(identificatie, ["identificatie"]));
  const { data, response } = await woz.GET("/wozobjecten/{identificatie}", {
    params: { path: { identificatie } },
    throwOnError: true,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const wozObject = (data ?? {}) as WozObject;
  return { waarden: [...(wozObject.waarden ?? [])], wozObject, response };
}
