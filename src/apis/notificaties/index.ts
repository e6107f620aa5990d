/** The notificaties workflows, re-exported from `commonground-sdk/notificaties` and its version entries. */
export { createNotificationHandler } from "./create-notification-handler.js";
export type { NotificationEvent, NotificationHandler, NotificationHandlerOptions } from "./create-notification-handler.js";
export { notificatieDedupeKey } from "./dedupe-key.js";
export { ensureSubscription } from "./ensure-subscription.js";
export type { Abonnement, AbonnementKanaal, AbonnementenClient, EnsureSubscriptionOptions, EnsureSubscriptionResult } from "./ensure-subscription.js";
export { notificatieSchema } from "./notification-schema.js";
export type { Notificatie } from "./notification-schema.js";
export type { FieldValidationError } from "./problem-response.js";
export { publishNotification } from "./publish-notification.js";
export type { NotificatieToPublish, NotificatiesPublisher } from "./publish-notification.js";
