import { ConfigError, type ConfigIssue } from "../../errors/config-error.js";
import { PaginationError } from "../../errors/pagination-error.js";
import type { HasBaseUrl, Needs } from "../client-with.js";
import { checkClient } from "../shared/check-client.js";

/** One kanaal of an abonnement, with the kenmerken (key → value) a notificatie must have to be sent. */
export interface AbonnementKanaal {
  /** The kanaal's `naam`, e.g. `zaken`. */
  readonly naam: string;
  /** Filters on kenmerken, e.g. `{ bronorganisatie: "002220647" }`; none means every notificatie of the kanaal. */
  readonly filters?: Readonly<Record<string, string>>;
}

/** An abonnement as the NRC returns it (never with `auth`). */
export interface Abonnement {
  readonly url?: string;
  readonly callbackUrl: string;
  readonly kanalen: readonly AbonnementKanaal[];
}

/** What {@link ensureSubscription} needs: the abonnement list, create and update. */
export type AbonnementenClient = HasBaseUrl &
  Needs<"GET", "/abonnement"> &
  Needs<"POST", "/abonnement"> &
  Needs<"PUT", "/abonnement/{uuid}"> & {
    getUrl(url: string, init?: { signal?: AbortSignal }): Promise<{ data: unknown; response: Response }>;
  };

/** Options of {@link ensureSubscription}. */
export interface EnsureSubscriptionOptions {
  /**
   * Your webhook: an absolute http(s) URL the NRC can reach. Notificaties 1.0.0 and Open Notificaties
   * 1.16 store at most 200 characters, 1.0.1 has no maximum; the SDK cannot tell the server's
   * version, so it does not check the length: a longer URL is refused by such a server (400).
   * When the abonnement is created or changed, Open Notificaties first POSTs a test notificatie
   * (`kanaal: "test"`) to this URL with `auth`, and needs a 204 (and a 401/403 without it):
   * `createNotificationHandler` answers both, and the test notificatie reaches your `onNotification`.
   */
  readonly callbackUrl: string;
  /** The exact `Authorization` header value the NRC will send to the webhook, e.g. `Bearer …`. */
  readonly auth: string;
  /** The kanalen (and filters) to receive; compared with the existing abonnement as a set. */
  readonly kanalen: readonly AbonnementKanaal[];
  /**
   * Push `auth` to an existing abonnement whose kanalen already match. The NRC never returns
   * `auth`, so a changed value cannot be detected: without this it is only sent on create or on a
   * kanalen change. @default false
   */
  readonly rotateAuth?: boolean;
  /** Aborts the requests. */
  readonly signal?: AbortSignal;
}

/** The outcome of {@link ensureSubscription}. */
export interface EnsureSubscriptionResult {
  /** `created` (POST), `updated` (PUT: kanalen differed, or `rotateAuth`) or `unchanged` (no write). */
  readonly status: "created" | "updated" | "unchanged";
  /** The abonnement, as the NRC returned it. */
  readonly abonnement: Abonnement;
  /** URLs of other abonnementen with the same callbackUrl (left alone: they cause duplicate deliveries). */
  readonly duplicates: readonly string[];
}

const MAX_PAGES = 100;

/**
 * Makes sure exactly one abonnement delivers the given kanalen to `callbackUrl`, idempotently:
 * it finds the abonnement with that callback URL, updates it (PUT) when its kanalen or filters
 * differ (as a set, order-insensitive), leaves it alone when they match, or creates one.
 *
 * @example
 * ```ts
 * import { createNotificatiesClient, ensureSubscription } from "commonground-sdk/notificaties";
 * const { status } = await ensureSubscription(notificaties, {
 *   callbackUrl: "https://zac.example.nl/api/notificaties",
 *   auth: `Bearer ${webhookSecret}`,
 *   kanalen: [{ naam: "zaken", filters: { bronorganisatie: "002220647" } }],
 * });
 * ```
 * @throws {ConfigError} before any request when the client or an option is malformed; after the
 *   list, when the abonnement to update has no URL ending in `/abonnement/{uuid}`.
 */
export async function ensureSubscription(notificaties: AbonnementenClient, options: EnsureSubscriptionOptions): Promise<EnsureSubscriptionResult> {
  checkClient("ensureSubscription", notificaties, ["GET", "POST", "PUT", "getUrl"]);
  const callbackUrl = checkOptions(options);
  const { signal } = options;
  const body = { callbackUrl: options.callbackUrl, auth: options.auth, kanalen: options.kanalen.map(copyKanaal) };
  const same = (await listAbonnementen(notificaties, signal)).filter((a) => typeof a === "object" && a !== null && sameUrl(a.callbackUrl, callbackUrl));
  const wanted = kanalenKey(options.kanalen);
  const kanalenOf = (a: Abonnement) => (Array.isArray(a.kanalen) ? a.kanalen.filter((k) => typeof k === "object" && k !== null) : []);
  const existing = same.find((a) => kanalenKey(kanalenOf(a)) === wanted) ?? same[0];
  const duplicates = same.filter((a) => a !== existing && typeof a.url === "string" && a.url !== "").map((a) => a.url as string);
  if (!existing) {
    const { data } = await notificaties.POST("/abonnement", { body, throwOnError: true, signal });
    return { status: "created", abonnement: data as Abonnement, duplicates };
  }
  if (kanalenKey(kanalenOf(existing)) === wanted && options.rotateAuth !== true) {
    return { status: "unchanged", abonnement: existing, duplicates };
  }
  const uuid = abonnementUuid(existing.url);
  if (!uuid) throw new ConfigError("ensureSubscription", [{ path: "abonnement.url", message: "the NRC returned the abonnement without a URL ending in /abonnement/{uuid}, so it cannot be updated" }]);
  const { data } = await notificaties.PUT("/abonnement/{uuid}", { params: { path: { uuid: decodeURIComponent(uuid) } }, body, throwOnError: true, signal });
  return { status: "updated", abonnement: data as Abonnement, duplicates };
}

/** The uuid of an abonnement URL (`…/abonnement/{uuid}`), or undefined for a missing or malformed one. */
function abonnementUuid(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  return /\/abonnement\/([^/?#]+)\/?$/.exec(pathname)?.[1];
}

/** Every abonnement: a bare array (the spec), or a page object with `next` (servers that page). */
async function listAbonnementen(client: AbonnementenClient, signal: AbortSignal | undefined): Promise<Abonnement[]> {
  let { data } = await client.GET("/abonnement", { throwOnError: true, signal });
  const out: Abonnement[] = [];
  const seen = new Set<string>();
  for (let page = 1; ; page++) {
    if (Array.isArray(data)) return [...out, ...(data as Abonnement[])];
    const results = (data as { results?: unknown } | null)?.results;
    if (!Array.isArray(results)) throw new PaginationError("shape", `GET /abonnement page ${page} is neither an array nor a page with results`, page - 1);
    out.push(...(results as Abonnement[]));
    const next = (data as { next?: unknown }).next;
    if (typeof next !== "string" || next === "") return out;
    if (seen.has(next) || page >= MAX_PAGES) throw new PaginationError(seen.has(next) ? "loop" : "max-pages", "GET /abonnement keeps giving next pages: stopped", page);
    seen.add(next);
    data = (await client.getUrl(next, signal ? { signal } : {})).data;
  }
}

function copyKanaal(k: AbonnementKanaal): AbonnementKanaal {
  return k.filters ? { naam: k.naam, filters: { ...k.filters } } : { naam: k.naam };
}

/** A canonical text of a set of kanalen: order of kanalen and of filter keys does not matter; no filters = {}. */
function kanalenKey(kanalen: readonly AbonnementKanaal[]): string {
  const one = (k: AbonnementKanaal) => JSON.stringify([k.naam, Object.entries(k.filters ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  return JSON.stringify([...new Set(kanalen.map(one))].sort());
}

function sameUrl(value: unknown, wanted: string): boolean {
  if (typeof value !== "string") return false;
  try {
    return new URL(value).href === wanted;
  } catch {
    return false;
  }
}

/**
 * What a refused callbackUrl looks like in a message: only its origin (a webhook path or query may
 * hold a secret token), and that the rest was left out.
 */
function shownUrl(value: unknown): string {
  if (typeof value !== "string") return ` (got ${value === null ? "null" : typeof value})`;
  try {
    const { origin } = new URL(value);
    if (origin !== "null") return ` (got ${origin}/…, path and query not shown)`;
  } catch {
    // not a URL: show nothing of it
  }
  return " (got a string that is not a URL; not shown)";
}

/** Checks the options; returns the normalised callback URL. */
function checkOptions(options: EnsureSubscriptionOptions): string {
  if (typeof options !== "object" || options === null) throw new ConfigError("ensureSubscription", [{ path: "options", message: "pass { callbackUrl, auth, kanalen }" }]);
  const issues: ConfigIssue[] = [];
  let href = "";
  try {
    const url = new URL(options?.callbackUrl);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("scheme");
    href = url.href;
  } catch {
    issues.push({ path: "callbackUrl", message: `pass the absolute http(s) URL of your webhook${shownUrl(options?.callbackUrl)}` });
  }
  if (typeof options?.auth !== "string" || options.auth.length === 0 || options.auth.length > 1000 || /[\r\n]/.test(options.auth)) {
    issues.push({ path: "auth", message: "pass the Authorization header value the NRC must send (1–1000 characters, one line), e.g. `Bearer <secret>`" });
  }
  if (!Array.isArray(options?.kanalen) || options.kanalen.length === 0) {
    issues.push({ path: "kanalen", message: "pass at least one kanaal, e.g. [{ naam: \"zaken\" }]" });
  } else {
    options.kanalen.forEach((k, i) => {
      if (typeof k?.naam !== "string" || k.naam.length === 0 || k.naam.length > 50) issues.push({ path: `kanalen.${i}.naam`, message: "pass the kanaal naam (1–50 characters)" });
      if (k?.filters === undefined) return;
      if (typeof k.filters !== "object" || k.filters === null || Array.isArray(k.filters)) {
        issues.push({ path: `kanalen.${i}.filters`, message: "pass an object of kenmerk → value, e.g. { bronorganisatie: \"002220647\" }" });
        return;
      }
      for (const [key, value] of Object.entries(k.filters)) {
        if (typeof value !== "string" || value.length > 1000) issues.push({ path: `kanalen.${i}.filters.${key}`, message: "pass a string value (at most 1000 characters)" });
      }
    });
  }
  if (options?.rotateAuth !== undefined && typeof options.rotateAuth !== "boolean") issues.push({ path: "rotateAuth", message: "pass true or false" });
  if (issues.length) throw new ConfigError("ensureSubscription", issues);
  return href;
}
