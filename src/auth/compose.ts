import { ConfigError } from "../errors/config-error.js";
import type { AuthStrategy } from "./auth-strategy.js";

/**
 * Combines strategies into one, e.g. a gateway API key plus BRP protocol headers. The name is the
 * names joined with `+`; headers are merged in order (a later strategy wins, names compared
 * case-insensitively); `refresh()` refreshes every strategy that can and resolves `true` if any did
 * (it rejects with the first failure); `secrets()` concatenates all secrets.
 *
 * @example
 * ```ts
 * import { apiKey, composeAuth, protocolHeaders } from "commonground-sdk";
 * const auth = composeAuth(
 *   apiKey({ header: "x-api-key", key: process.env.GATEWAY_KEY! }),
 *   protocolHeaders({ doelbinding: "BRPACT-AlgemeneTaken", verwerking: "Algemene taken" }),
 * );
 * ```
 */
export function composeAuth(...strategies: readonly AuthStrategy[]): AuthStrategy {
  if (strategies.length === 0) throw new ConfigError("Invalid options for composeAuth", [{ path: "", message: "pass at least one strategy" }]);
  strategies.forEach((strategy, index) => {
    if (typeof strategy !== "object" || strategy === null || typeof strategy.headers !== "function" || typeof strategy.secrets !== "function") {
      throw new ConfigError("Invalid options for composeAuth", [{ path: String(index), message: "is not an auth strategy: pass the result of zgwJwt(), tokenAuth(), apiKey(), …" }]);
    }
  });
  const refreshable = strategies.filter((strategy) => typeof strategy.refresh === "function");
  const composed: AuthStrategy = {
    name: strategies.map((strategy) => strategy.name).join("+"),
    async headers(request) {
      const all = await Promise.all(strategies.map((strategy) => strategy.headers(request)));
      const merged = new Map<string, readonly [string, string]>();
      for (const headers of all) for (const [name, value] of Object.entries(headers)) merged.set(name.toLowerCase(), [name, value]);
      return Object.fromEntries(merged.values());
    },
    secrets: () => strategies.flatMap((strategy) => strategy.secrets()),
  };
  if (refreshable.length === 0) return composed;
  return {
    ...composed,
    async refresh(refused?: Request) {
      const results = await Promise.allSettled(refreshable.map((strategy) => strategy.refresh?.(refused) ?? false));
      const failed = results.find((result) => result.status === "rejected");
      if (failed) throw failed.reason;
      return results.some((result) => result.status === "fulfilled" && result.value);
    },
  };
}
