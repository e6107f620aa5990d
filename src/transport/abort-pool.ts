/**
 * A small pool of AbortControllers for attempt deadlines.
 *
 * Why: making an `AbortSignal` is the dear part of a deadline (about 2.5 µs on Node 20, whose
 * `AbortSignal` is built with `Object.setPrototypeOf`, plus the garbage it leaves), far more than its
 * timer (about 0.3 µs). A controller whose signal never aborted can serve another attempt, as long
 * as nothing still reads a response its signal covered: the deadline gives it back only then (see
 * `Deadline.clear(true)`).
 *
 * Limits: a controller serves at most {@link MAX_USES} attempts. Every `Request` that follows its
 * signal adds an abort listener to it that undici removes only once that `Request` is garbage
 * collected, and undici walks that list on every follow; capping the uses caps the list. At most
 * {@link MAX_IDLE} controllers wait in the pool. An aborted controller is never given back.
 */

/** One pooled controller and how many attempts it served. */
export interface Lease {
  readonly controller: AbortController;
  readonly signal: AbortSignal;
  uses: number;
}

/** How many attempts one controller serves at most. */
export const MAX_USES = 16;

/** How many idle controllers the pool keeps at most. */
export const MAX_IDLE = 64;

const idle: Lease[] = [];

/** A controller whose signal has not aborted: a pooled one if there is one, else a new one. */
export function takeController(): Lease {
  const lease = idle.pop();
  if (lease !== undefined) {
    lease.uses++;
    return lease;
  }
  const controller = new AbortController();
  return { controller, signal: controller.signal, uses: 1 };
}

/**
 * Gives a controller back for another attempt. Call only once nothing still reads a response its
 * signal covered (the body was read to the end, or there was none). Aborted or worn-out controllers
 * are dropped.
 */
export function giveBack(lease: Lease): void {
  if (lease.uses < MAX_USES && !lease.signal.aborted && idle.length < MAX_IDLE) idle.push(lease);
}

/** How many controllers wait in the pool (for tests). */
export function idleControllers(): number {
  return idle.length;
}
