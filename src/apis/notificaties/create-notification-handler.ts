import { ENGLISH_MESSAGES } from "../../core/zod-messages.js";
import { ConfigError } from "../../errors/config-error.js";
import { notificatieDedupeKey } from "./dedupe-key.js";
import { type Notificatie, notificatieSchema } from "./notification-schema.js";
import { type FieldValidationError, problemResponse } from "./problem-response.js";
import { timingSafeEqualBytes } from "./timing-safe-equal.js";

/** What `onNotification` receives: one state object, so fields can be added later. */
export interface NotificationEvent {
  /** The notificatie, checked against the webhook spec. */
  readonly notificatie: Notificatie;
  /**
   * SHA-256 (hex) of the notificatie's content: the same for a redelivery of the same notificatie,
   * different for another one. Every delivery still reaches `onNotification`; use the key to skip
   * work you already did.
   */
  readonly dedupeKey: string;
  /** The incoming request (its body already read). */
  readonly request: Request;
}

/** Options of {@link createNotificationHandler}. */
export interface NotificationHandlerOptions {
  /**
   * The exact `Authorization` header value the NRC sends: the `auth` of your abonnement. During a
   * rotation pass both the old and the new value.
   */
  readonly authorization: string | readonly string[];
  /** Called once per accepted delivery; the NRC gets 204 when it resolves, 500 (and retries) when it throws. */
  readonly onNotification: (event: NotificationEvent) => void | Promise<void>;
  /**
   * Told about an error `onNotification` threw (the 500 body never carries its message). An error
   * `onError` itself throws (or a promise it returns that rejects) is ignored: the NRC still gets its 500.
   */
  readonly onError?: (error: unknown, request: Request) => void;
  /** Bodies larger than this get 413. @default 1048576 (1 MiB) */
  readonly maxBodyBytes?: number;
}

/** A fetch-style request handler: Hono, Bun, Deno, Next.js route handlers, Cloudflare Workers. */
export type NotificationHandler = (request: Request) => Promise<Response>;

const encoder = new TextEncoder();

/**
 * Creates the webhook receiver for Notificaties API deliveries, as a fetch-style handler: it checks
 * the `Authorization` header in constant time (401), allows only POST (405), validates the body
 * against the webhook spec's `Notificatie` (400 `ValidatieFout` naming the fields), calls
 * `onNotification` with the typed notificatie and a `dedupeKey`, and answers 204 (500 when your
 * callback throws, so the NRC retries). Edge-safe; for Node `http`/Express wrap it in
 * `toNodeListener` from `commonground-sdk/node`.
 *
 * @example
 * ```ts
 * import { createNotificationHandler } from "commonground-sdk/notificaties";
 * export const POST = createNotificationHandler({
 *   authorization: webhookAuth, // the `auth` of your abonnement
 *   onNotification: async ({ notificatie, dedupeKey }) => { if (notificatie.kanaal === "zaken") await queue.add(dedupeKey, notificatie); },
 * });
 * ```
 * Open Notificaties checks a new or changed abonnement by POSTing a test notificatie to the
 * callback URL: `kanaal: "test"`, `hoofdObject: "http://some.hoofdobject.nl/"`, `resource:
 * "some_resource"`, with the abonnement's `auth` (it needs a 204), and once without it (it needs a
 * 401 or 403). The handler answers 204 and 401, and the test notificatie reaches `onNotification`
 * like any other: skip `kanaal === "test"` there if you only want real ones.
 *
 * @throws {ConfigError} when `authorization` is empty or `onNotification` is not a function.
 */
export function createNotificationHandler(options: NotificationHandlerOptions): NotificationHandler {
  const secrets = checkOptions(options);
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576;
  return async (request) => {
    if (request.method !== "POST") {
      return problemResponse(405, "method_not_allowed", "Method not allowed.", `${request.method} is not allowed here: the NRC delivers with POST.`, { headers: { Allow: "POST" } });
    }
    const received = encoder.encode(request.headers.get("Authorization") ?? "");
    let match = false;
    // Every accepted value is compared, also after a match: the time does not tell which one matched.
    for (const secret of secrets) match = timingSafeEqualBytes(received, secret) || match;
    if (!match) return problemResponse(401, "not_authenticated", "Not authenticated.", "The Authorization header is missing or not the one of the abonnement.");

    const text = await readText(request, maxBodyBytes);
    if (text === undefined) return problemResponse(413, "too_large", "Request body too large.", `The body is larger than ${maxBodyBytes} bytes.`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return invalid([{ name: "nonFieldErrors", code: "parse_error", reason: "The body is not valid JSON." }]);
    }
    const parsed = notificatieSchema.safeParse(json, ENGLISH_MESSAGES);
    if (!parsed.success) {
      return invalid(parsed.error.issues.map((issue) => ({ name: issue.path.length ? issue.path.join(".") : "nonFieldErrors", code: issue.code, reason: issue.message })));
    }
    const notificatie = parsed.data as Notificatie;
    try {
      await options.onNotification({ notificatie, dedupeKey: await notificatieDedupeKey(notificatie), request });
    } catch (error) {
      try {
        const told: unknown = options.onError?.(error, request);
        // A rejected promise of an async onError must not become an unhandled rejection.
        if (told instanceof Promise) told.catch(() => {});
      } catch {
        // onError failed: the answer is the same 500.
      }
      return problemResponse(500, "error", "Processing failed.", "The notificatie could not be processed; deliver it again later.");
    }
    return new Response(null, { status: 204 });
  };
}

function invalid(invalidParams: readonly FieldValidationError[]): Response {
  return problemResponse(400, "invalid", "Invalid input.", "The body is not a valid Notificatie.", { invalidParams });
}

function checkOptions(options: NotificationHandlerOptions): Uint8Array[] {
  const values = typeof options?.authorization === "string" ? [options.authorization] : Array.isArray(options?.authorization) ? options.authorization : [];
  const issues: { path: string; message: string }[] = [];
  if (values.length === 0 || values.some((v) => typeof v !== "string" || v.length === 0)) {
    issues.push({ path: "authorization", message: "pass the non-empty Authorization header value of your abonnement (its `auth`), or a list of them during a rotation" });
  }
  if (typeof options?.onNotification !== "function") issues.push({ path: "onNotification", message: "pass a function that handles one notificatie" });
  const max = options?.maxBodyBytes;
  if (max !== undefined && (!Number.isInteger(max) || max < 1)) issues.push({ path: "maxBodyBytes", message: "pass a whole number of bytes ≥ 1, or leave it out for 1 MiB" });
  if (issues.length) throw new ConfigError("createNotificationHandler", issues);
  return values.map((v) => encoder.encode(v));
}

/** Reads the body as UTF-8 text, or undefined once it exceeds `max` bytes (it stops reading then). */
async function readText(request: Request, max: number): Promise<string | undefined> {
  const declared = Number(request.headers.get("Content-Length") ?? Number.NaN);
  if (declared > max) return undefined;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
