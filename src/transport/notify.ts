import type { Hooks } from "../observability/hooks.js";
import type { Logger } from "../observability/logger.js";

/**
 * Calls a hook or logger method so that it can never break a call: a throw is swallowed, and a
 * returned promise gets a rejection handler (no unhandled rejection).
 */
export function notify<K extends keyof Hooks>(hooks: Hooks | undefined, name: K, event: Parameters<NonNullable<Hooks[K]>>[0]): void {
  const hook = hooks?.[name] as ((e: typeof event) => unknown) | undefined;
  if (hook) guarded(() => hook.call(hooks, event));
}

/** Writes to the logger the same way: failures of the logger are not the caller's problem. */
export function log(logger: Logger | undefined, level: keyof Logger, message: string, fields: Readonly<Record<string, unknown>>): void {
  if (logger) guarded(() => logger[level](message, fields));
}

function guarded(run: () => unknown): void {
  try {
    const result = run();
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // A broken hook or logger must not turn a successful call into a failure.
  }
}
