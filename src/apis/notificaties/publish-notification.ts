import { ENGLISH_MESSAGES } from "../../core/zod-messages.js";
import { ConfigError } from "../../errors/config-error.js";
import type { Needs } from "../client-with.js";
import { checkClient, checkOptionsObject } from "../shared/check-client.js";
import { type Notificatie, notificatieSchema } from "./notification-schema.js";

/** What {@link publishNotification} needs: `POST /notificaties`. */
export type NotificatiesPublisher = Needs<"POST", "/notificaties">;

/** A notificatie to publish: `aanmaakdatum` may be left out (now) or given as a Date. */
export type NotificatieToPublish = Omit<Notificatie, "aanmaakdatum"> & {
  /** When the actie happened. @default now, as an ISO 8601 string (UTC) */
  readonly aanmaakdatum?: string | Date;
};

/**
 * Publishes a notificatie to the NRC (`POST /notificaties`), after checking it against the
 * `Message` schema (kanaal ≤ 50, resource and actie ≤ 100 characters, URLs, kenmerken values
 * 1–1000 characters). The NRC forwards it to every abonnement of the kanaal whose filters match.
 *
 * @example
 * ```ts
 * import { createNotificatiesClient, publishNotification } from "commonground-sdk/notificaties";
 * await publishNotification(notificaties, {
 *   kanaal: "zaken", hoofdObject: zaakUrl, resource: "status", resourceUrl: statusUrl, actie: "create",
 *   kenmerken: { bronorganisatie: "002220647", zaaktype: zaaktypeUrl, vertrouwelijkheidaanduiding: "openbaar" },
 * });
 * ```
 * @throws {ConfigError} before the request when the client or options are missing or malformed, or a field is missing or malformed (the issues name the fields).
 */
export async function publishNotification(
  notificaties: NotificatiesPublisher,
  notificatie: NotificatieToPublish,
  options: { readonly signal?: AbortSignal } = {},
): Promise<Notificatie> {
  checkClient("publishNotification", notificaties, ["POST"]);
  checkOptionsObject("publishNotification", options);
  if (typeof notificatie !== "object" || notificatie === null) throw new ConfigError("publishNotification", [{ path: "notificatie", message: "pass the notificatie to publish (kanaal, hoofdObject, resource, resourceUrl, actie)" }]);
  const given = notificatie?.aanmaakdatum;
  const aanmaakdatum = given === undefined ? new Date().toISOString() : given instanceof Date ? (Number.isNaN(given.getTime()) ? "" : given.toISOString()) : given;
  const parsed = notificatieSchema.safeParse({ ...notificatie, aanmaakdatum }, ENGLISH_MESSAGES);
  if (!parsed.success) {
    throw new ConfigError(
      "publishNotification",
      parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "notificatie", message: issue.message })),
    );
  }
  const body = parsed.data as Notificatie;
  const { data } = await notificaties.POST("/notificaties", { body, throwOnError: true, ...(options?.signal ? { signal: options.signal } : {}) });
  return (data ?? body) as Notificatie;
}
