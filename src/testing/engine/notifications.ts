/**
 * Delivery of notifications to the abonnementen stored in the mock's Notificaties API (zgw-rules 7.4):
 * POST to `callbackUrl` with `Authorization: <auth>`, retried with back-off.
 */
import type { NotificationDraft } from "./behaviour.js";
import type { MockRecord, MockStore } from "./store.js";
import { render } from "./urls.js";

/** Delivery options. */
export interface NotifyOptions {
  /** Attempts after the first. @default 3 */
  readonly retries?: number;
  /** First back-off in ms, doubled each retry. @default 200 */
  readonly backoffMs?: number;
  /** The fetch used to deliver. @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/** One delivery of a notification to one abonnement. */
export interface Delivery {
  readonly callbackUrl: string;
  /** HTTP status of the last attempt (undefined: network error or still pending). */
  status: number | undefined;
  attempts: number;
  ok: boolean;
  error?: string;
}

/** A notification the mock published. */
export interface SentNotification {
  /** The message as delivered (URLs absolute). */
  readonly message: Readonly<Record<string, unknown>>;
  readonly deliveries: Delivery[];
}

/** Whether an abonnement's filters for the kanaal match the kenmerken (zgw-rules 7.4). */
function matches(abonnement: MockRecord, kanaal: string, kenmerken: Readonly<Record<string, string>>): boolean {
  const kanalen = Array.isArray(abonnement.kanalen) ? (abonnement.kanalen as MockRecord[]) : [];
  return kanalen.some((entry) => {
    if (entry.naam !== kanaal) return false;
    const filters = typeof entry.filters === "object" && entry.filters !== null ? (entry.filters as Record<string, unknown>) : {};
    return Object.entries(filters).every(([key, value]) => !(key in kenmerken) || value === "*" || String(value) === kenmerken[key]);
  });
}

/** Publishes and delivers notifications; keeps the list of what was sent. */
export class Notifier {
  readonly sent: SentNotification[] = [];
  readonly #pending = new Set<Promise<void>>();
  constructor(
    readonly store: MockStore,
    readonly options: NotifyOptions | false,
    readonly now: () => Date,
  ) {}

  /** Publishes one draft (canonical URLs) as seen from `origin`. */
  publish(draft: NotificationDraft, origin: string): SentNotification {
    const message = render(
      { ...draft, aanmaakdatum: draft.aanmaakdatum ?? this.now().toISOString().replace(/\.\d{3}Z$/, "Z"), kenmerken: { ...draft.kenmerken } },
      origin,
    ) as Record<string, unknown>;
    const sent: SentNotification = { message, deliveries: [] };
    this.sent.push(sent);
    if (this.options === false) return sent;
    const abonnementen = [...this.store.collection("notificaties", "/abonnement").values()];
    for (const abonnement of abonnementen) {
      if (!matches(abonnement, draft.kanaal, draft.kenmerken) || typeof abonnement.callbackUrl !== "string") continue;
      const delivery: Delivery = { callbackUrl: String(render(abonnement.callbackUrl, origin)), status: undefined, attempts: 0, ok: false };
      sent.deliveries.push(delivery);
      const task = this.#deliver(delivery, message, typeof abonnement.auth === "string" ? abonnement.auth : "");
      this.#pending.add(task);
      void task.finally(() => this.#pending.delete(task));
    }
    return sent;
  }

  async #deliver(delivery: Delivery, message: Record<string, unknown>, auth: string): Promise<void> {
    const options = this.options === false ? {} : this.options;
    const retries = options.retries ?? 3;
    const doFetch = options.fetch ?? globalThis.fetch;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await new Promise((done) => setTimeout(done, (options.backoffMs ?? 200) * 2 ** (attempt - 1)));
      delivery.attempts++;
      try {
        const response = await doFetch(delivery.callbackUrl, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: auth },
          body: JSON.stringify(message),
        });
        delivery.status = response.status;
        await response.body?.cancel();
        if (response.ok) {
          delivery.ok = true;
          return;
        }
      } catch (error) {
        delivery.error = error instanceof Error ? error.message : String(error);
      }
    }
  }

  /** One request to a callback URL with the delivery fetch (no retries); undefined when delivery is off. */
  callback(url: string, init: RequestInit): Promise<Response> | undefined {
    if (this.options === false) return undefined;
    return (this.options.fetch ?? globalThis.fetch)(url, init);
  }

  /** Resolves when every delivery in flight has finished (delivered or given up). */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }
}
