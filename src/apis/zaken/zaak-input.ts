/** Input checks shared by the zaken workflows (internal). */
import { isUuid } from "../shared/is-uuid.js";
import type { ConfigIssue } from "../../errors/config-error.js";
import { isBsn, redactUrl } from "../../errors/redact.js";
import { amsterdamDateTime, isIsoDateTime } from "../shared/calendar-day.js";
import { isAbsoluteHttpUrl } from "../shared/is-absolute-http-url.js";


/** True for an absolute http(s) URL. */
export function isHttpUrl(value: unknown): value is string {
  return isAbsoluteHttpUrl(value);
}

/** Pushes an issue unless `value` is an absolute URL; `what` says which URL is wanted. */
export function checkUrl(issues: ConfigIssue[], path: string, value: unknown, what: string): void {
  if (!isHttpUrl(value)) issues.push({ path, message: `is required: the absolute URL of ${what}` });
}

/** Pushes an issue unless `value` is a 9-digit RSIN that passes the eleven-test. */
export function checkRsin(issues: ConfigIssue[], path: string, value: unknown): void {
  if (typeof value !== "string" || !isBsn(value)) issues.push({ path, message: "is required: an RSIN of 9 digits that passes the eleven-test (elfproef)" });
}

/**
 * The uuid of `url` when it is a zaak URL: any absolute http(s) URL whose path ends in
 * `/zaken/{uuid}` (the zaak may be reached through a proxy or another host name than the client's
 * baseUrl: the URL only goes into request bodies, the server resolves it). Else an issue that shows
 * the (redacted) URL.
 */
export function zaakUuid(url: unknown, path: string): string | ConfigIssue {
  if (isAbsoluteHttpUrl(url)) {
    const match = /\/zaken\/([^/?#]+)\/?$/.exec(new URL(url).pathname);
    if (match && isUuid(match[1] as string)) return match[1] as string;
  }
  const shown = typeof url === "string" ? redactUrl(url) : url === null ? "null" : typeof url;
  return { path, message: `must be the absolute http(s) URL of a zaak, ending in /zaken/{uuid}; got ${shown}` };
}

/**
 * `datumStatusGezet` to send: a Date in Europe/Amsterdam local time with its offset (so the zaak's
 * einddatum is the Dutch day), an ISO date-time string as given, or now. Pushes an issue otherwise.
 */
export function statusDateTime(issues: ConfigIssue[], path: string, value: unknown): string {
  if (value === undefined) return amsterdamDateTime(new Date());
  if (value instanceof Date && !Number.isNaN(value.getTime())) return amsterdamDateTime(value);
  if (typeof value === "string" && isIsoDateTime(value)) return value;
  issues.push({ path, message: "must be a valid Date or an ISO 8601 date-time such as 2024-05-01T10:00:00+02:00 (a plain date is not enough), or left out for now" });
  return "";
}
