import { type Lease, giveBack, takeController } from "./abort-pool.js";

/** A deadline for one attempt, tied to the caller's own signal. */
export interface Deadline {
  /** Aborts when the time is up or the caller aborts. */
  readonly signal: AbortSignal;
  /** The caller's signal, if any: its abort is the caller's, not a timeout. */
  readonly caller: AbortSignal | undefined;
  /** True once the time ran out. */
  expired(): boolean;
  /**
   * Stops the timer and lets go of the caller's signal (call when the attempt ended). Pass `reuse`
   * only when nothing still reads a response this deadline covered (its body was read to the end, or
   * it had none): the signal may then serve a later attempt. Safe to call more than once.
   */
  clear(reuse?: boolean): void;
}

/**
 * A fresh deadline: a timer and an AbortController (from a small pool, see `abort-pool.ts`), linked
 * to the caller's signal. Cheaper than `AbortSignal.timeout` plus `AbortSignal.any`, and cleared once
 * the attempt ends. The timer fires on time: no coarse clock, so a 50 ms timeout is 50 ms.
 */
export function attemptDeadline(ms: number, caller: AbortSignal | undefined): Deadline {
  return new AttemptDeadline(ms, caller);
}

/** Fires a deadline (a plain function and an argument, so that no closure is made per attempt). */
function expire(deadline: AttemptDeadline): void {
  deadline.expire();
}

/**
 * The deadline of one attempt. It is also the listener on the caller's signal (`handleEvent`), so an
 * attempt costs one object, one timer and, when the pool is empty, one controller.
 */
class AttemptDeadline implements Deadline, EventListenerObject {
  readonly signal: AbortSignal;
  readonly caller: AbortSignal | undefined;
  private readonly ms: number;
  /** The controller, until the deadline is cleared. */
  private lease: Lease | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timedOut = false;

  constructor(ms: number, caller: AbortSignal | undefined) {
    const lease = takeController();
    this.ms = ms;
    this.lease = lease;
    this.signal = lease.signal;
    this.caller = caller;
    if (caller?.aborted) {
      lease.controller.abort(caller.reason);
      return;
    }
    this.timer = setTimeout(expire, ms, this);
    caller?.addEventListener("abort", this, { once: true });
  }

  /** The caller aborted: abort at once, with the caller's reason. */
  handleEvent(): void {
    this.lease?.controller.abort(this.caller?.reason);
  }

  expire(): void {
    this.timer = undefined;
    this.timedOut = true;
    this.lease?.controller.abort(new DOMException(`timed out after ${this.ms} ms`, "TimeoutError"));
  }

  expired(): boolean {
    return this.timedOut;
  }

  clear(reuse = false): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const lease = this.lease;
    if (lease === undefined) return;
    this.lease = undefined;
    this.caller?.removeEventListener("abort", this);
    if (reuse) giveBack(lease);
  }
}
