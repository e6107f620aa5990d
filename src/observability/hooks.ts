/** What a request hook sees: one state object, so fields can be added without breaking callers. */
export interface RequestEvent {
  /** Request method. */
  readonly method: string;
  /** Request URL, with credentials and BSNs redacted. */
  readonly url: string;
  /** 0 for the first attempt, 1 for the first retry, … */
  readonly attempt: number;
}

/** What a response hook sees. */
export interface ResponseEvent extends RequestEvent {
  readonly status: number;
  /** Time from sending this attempt to its response headers, in milliseconds. */
  readonly durationMs: number;
}

/** What a retry hook sees. */
export interface RetryEvent extends RequestEvent {
  /** Why: a status (`429`, `503`, …), `network`, `timeout` or `401-refresh`. */
  readonly reason: string;
  /** How long the SDK waits before the next attempt, in milliseconds. */
  readonly delayMs: number;
}

/** What an error hook sees: the typed error that ends the call. */
export interface ErrorEvent extends RequestEvent {
  readonly error: Error;
  readonly durationMs: number;
}

/** Observability hooks; each is optional and may be async (it is not awaited by the transport). */
export interface Hooks {
  /** Before each attempt is sent. */
  onRequest?(event: RequestEvent): void;
  /** After each attempt's response headers arrived. */
  onResponse?(event: ResponseEvent): void;
  /** Before the SDK waits for a retry. */
  onRetry?(event: RetryEvent): void;
  /** When a call ends in a network, timeout or auth error. */
  onError?(event: ErrorEvent): void;
}
