import { ConfigError } from "../../errors/config-error.js";
import type { Notificatie } from "./notification-schema.js";

/**
 * A stable key for one notificatie: the SHA-256 (hex) of a canonical JSON of its seven fields
 * (kenmerken sorted by key). A redelivery of the same notificatie gets the same key; any other
 * field value gives another. Edge-safe (`crypto.subtle`).
 *
 * @example
 * ```ts
 * import { notificatieDedupeKey } from "commonground-sdk/notificaties";
 * const key = await notificatieDedupeKey(notificatie);
 * if (await seen.has(key)) return;
 * ```
 * @throws {ConfigError} when `notificatie` is not an object.
 */
export async function notificatieDedupeKey(notificatie: Notificatie): Promise<string> {
  if (typeof notificatie !== "object" || notificatie === null) throw new ConfigError("notificatieDedupeKey", [{ path: "notificatie", message: "pass the notificatie (an object)" }]);
  const kenmerken = Object.entries(notificatie.kenmerken ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // An array, not an object: its order is fixed, so the same content always gives the same bytes.
  const canonical = JSON.stringify([
    notificatie.kanaal,
    notificatie.hoofdObject,
    notificatie.resource,
    notificatie.resourceUrl,
    notificatie.actie,
    notificatie.aanmaakdatum,
    kenmerken,
  ]);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
