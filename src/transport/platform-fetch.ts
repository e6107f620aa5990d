/**
 * The platform's own `fetch`, as it was when the SDK was loaded.
 *
 * Why it matters: a `Request` made with a `signal` follows that signal, and on undici (Node's fetch)
 * following one costs a listener, a WeakRef and a FinalizationRegistry entry per request, about
 * 5 µs, or 2 % of a loopback request. undici's `fetch(request, init)` already makes a new `Request`
 * internally, which follows `init.signal` when there is one (instead of the request's own). So a
 * client that uses the platform's fetch hands the first attempt's deadline to `fetch` as
 * `{ signal }` rather than putting it on openapi-fetch's `Request`: the same protection, one follow
 * fewer. The platform's fetch honours `init` by specification; a custom `fetch` (the client's
 * `fetch` option, a mock installed later) may take only the `Request`, so it gets the deadline on
 * the request as before.
 */
const PLATFORM_FETCH: unknown = typeof globalThis.fetch === "function" ? globalThis.fetch : undefined;

/** The signature of the platform's fetch, which takes an init next to the request. */
export type PlatformFetch = (input: Request, init: RequestInit) => Promise<Response>;

/** Whether `fetch` is the platform's own (the global `fetch` the SDK saw when it was loaded). */
export function isPlatformFetch(fetch: unknown): fetch is PlatformFetch {
  return fetch !== undefined && fetch === PLATFORM_FETCH;
}
