/** The client check every workflow runs before anything else (internal). */
import { ConfigError } from "../../errors/config-error.js";

/**
 * Throws a `ConfigError` unless `client` is an object with a function for each of `members`
 * (`"POST"`, `"paginate"`, `"getUrl"`, …), so a missing or wrong client argument never surfaces
 * as a bare `TypeError` halfway through a workflow.
 *
 * @example
 * ```ts
 * import { checkClient } from "../shared/check-client.js";
 * checkClient("startZaak", zaken, ["POST", "DELETE"]);
 * ```
 * @throws {ConfigError} naming the workflow and the missing member(s).
 */
export function checkClient(workflow: string, client: unknown, members: readonly string[]): void {
  if ((typeof client !== "object" && typeof client !== "function") || client === null) {
    throw new ConfigError(workflow, [{ path: "client", message: `pass the API client as the first argument (got ${client === null ? "null" : typeof client})` }]);
  }
  const missing = members.filter((m) => typeof (client as Record<string, unknown>)[m] !== "function");
  if (missing.length > 0) {
    throw new ConfigError(workflow, [{ path: "client", message: `the client has no ${missing.join(", ")}: pass a client made by the API's create…Client function` }]);
  }
}

/** Throws a `ConfigError` unless `options` is an object or `undefined` (for an options argument given as `null`, a string, …). */
export function checkOptionsObject(workflow: string, options: unknown, path = "options"): void {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new ConfigError(workflow, [{ path, message: `must be an object, or left out (got ${options === null ? "null" : Array.isArray(options) ? "an array" : typeof options})` }]);
  }
}
