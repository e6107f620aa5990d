/** A deadline for one attempt, tied to the caller's own signal. */
export interface Deadline {
  /** Aborts when the time is up or the caller aborts. */
  readonly signal: AbortSignal;
  /** The caller's signal, if any: its abort is the caller's, not a timeout. */
  readonly caller: AbortSignal | undefined;
  /** True once the time ran out. */
  expired(): boolean;
  /** Stops the timer and lets go of the caller's signal (call when the attempt ended). Safe to call more than once. */
  clear(): void;
}

/**
 * A fresh deadline: an AbortController and a timer, linked to the caller's signal. Cheaper than
 * `AbortSignal.timeout` plus `AbortSignal.any`, and cleared once the attempt ends.
 */
export function attemptDeadline(ms: number, caller: AbortSignal | undefined): Deadline {
  return new AttemptDeadline(ms, caller);
}

/** Fires a deadline (a plain function and an argument, so that no closure is made per attempt). */
function expire(deadline: AttemptDeadline): void {
  deadline.expire();
}

/**
 * The deadline of one attempt. It is also the listener on the caller's signal (`handleEvent`), so
 * an attempt costs one object, one controller and one timer.
 */
class AttemptDeadline implements Deadline, EventListenerObject {
  readonly signal: AbortSignal;
  readonly caller: AbortSignal | undefined;
  private readonly ms: number;
  /** The controller, until the deadline is cleared. */
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timedOut = false;

  constructor(ms: number, caller: AbortSignal | undefined) {
    const controller = new AbortController();
    this.ms = ms;
    this.controller = controller;
    this.signal = controller.signal;
    this.caller = caller;
    if (caller?.aborted) {
      controller.abort(caller.reason);
      return;
    }
    this.timer = setTimeout(expire, ms, this);
    caller?.addEventListener("abort", this, { once: true });
  }

  /** The caller aborted: abort at once, with the caller's reason. */
  handleEvent(): void {
    this.controller?.abort(this.caller?.reason);
  }

  expire(): void {
    this.timer = undefined;
    this.timedOut = true;
    this.controller?.abort(new DOMException(`timed out after ${this.ms} ms`, "TimeoutError"));
  }

  expired(): boolean {
    return this.timedOut;
  }

  clear(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.controller === undefined) return;
    this.controller = undefined;
    this.caller?.removeEventListener("abort", this);
  }
}
