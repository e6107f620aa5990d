/** The deadline of one attempt: its own timer, the caller's signal, and nothing left behind. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { attemptDeadline } from "../../src/transport/deadline.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("attempt deadlines", () => {
  it("fire when the time is up, as a TimeoutError, and not before", () => {
    vi.useFakeTimers();
    const deadline = attemptDeadline(30_000, undefined);
    vi.advanceTimersByTime(29_999);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(deadline.signal.aborted).toBe(true);
    expect((deadline.signal.reason as DOMException).name).toBe("TimeoutError");
    expect(deadline.expired()).toBe(true);
    deadline.clear();
  });

  it("a cleared deadline never fires and leaves no timer", () => {
    vi.useFakeTimers();
    const deadline = attemptDeadline(1_000, undefined);
    expect(vi.getTimerCount()).toBe(1);
    deadline.clear();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5_000);
    expect(deadline.signal.aborted).toBe(false);
    deadline.clear();
  });

  it("a 50 ms timeout is 50 ms on the real clock", async () => {
    const started = performance.now();
    const deadline = attemptDeadline(50, undefined);
    await new Promise((resolve) => deadline.signal.addEventListener("abort", resolve, { once: true }));
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(45);
    expect(took).toBeLessThan(1_000);
    deadline.clear();
  });
});

describe("attempt deadlines and the caller's signal", () => {
  it("abort at once with the caller's reason, which is not a timeout", () => {
    const caller = new AbortController();
    const deadline = attemptDeadline(30_000, caller.signal);
    const reason = new Error("user left");
    caller.abort(reason);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toBe(reason);
    expect(deadline.expired()).toBe(false);
    deadline.clear();
  });

  it("an already aborted caller: the deadline starts aborted, with no timer", () => {
    vi.useFakeTimers();
    const caller = new AbortController();
    caller.abort("gone");
    const deadline = attemptDeadline(30_000, caller.signal);
    expect(deadline.signal.reason).toBe("gone");
    expect(vi.getTimerCount()).toBe(0);
    deadline.clear();
  });

  it("clear() takes its listener off the caller's signal (a long-lived signal does not collect them)", () => {
    const caller = new AbortController();
    let added = 0;
    let removed = 0;
    const add = caller.signal.addEventListener.bind(caller.signal);
    const remove = caller.signal.removeEventListener.bind(caller.signal);
    caller.signal.addEventListener = (...args: Parameters<typeof add>) => {
      added++;
      add(...args);
    };
    caller.signal.removeEventListener = (...args: Parameters<typeof remove>) => {
      removed++;
      remove(...args);
    };
    for (let i = 0; i < 100; i++) attemptDeadline(i % 2 === 0 ? 30_000 : 100, caller.signal).clear();
    expect(added).toBe(100);
    expect(removed).toBe(100);
  });
});
