/** A deadline for one attempt, tied to the caller's own signal. */
export interface Deadline {
  /** Aborts when the time is up or the caller aborts. */
  readonly signal: AbortSignal;
  /** The caller's signal, if any: its abort is the caller's, not a timeout. */
  readonly caller: AbortSignal | undefined;
  /** True once the time ran out. */
  expired(): boolean;
  /** Stops the timer (call when the response headers arrived or the attempt failed). */
  clear(): void;
}

/**
 * A fresh deadline: an AbortController and a timer, linked to the caller's signal. Cheaper than
 * `AbortSignal.timeout` plus `AbortSignal.any`, and cleared once the response headers arrive.
 */
export function attemptDeadline(ms: number, caller: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let expired = false;
  const onAbort = (): void => controller.abort(caller?.reason);
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`timed out after ${ms} ms`, "TimeoutError"));
  }, ms);
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    caller,
    expired: () => expired,
    clear: () => {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onAbort);
    },
  };
}
