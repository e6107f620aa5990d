/**
 * True for a host on this machine (`localhost`, 127.0.0.0/8, `[::1]`), where plain http is
 * acceptable for credentials (local test servers).
 *
 * @internal
 * @example
 * ```ts
 * import { isLoopbackHost } from "./is-loopback-host.js";
 * isLoopbackHost(new URL("http://127.0.0.1:8000/token").hostname); // true
 * ```
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "localhost" || host === "[::1]" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
