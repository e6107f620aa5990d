/**
 * The checks the Haal Centraal BRP APIs share for their `POST` queries, whose `type` picks the
 * parameters: run before anything is sent, so a bad query never reaches the register.
 */
import { ConfigError } from "../../errors/config-error.js";
import { type ParamRule, checkParams, throwIfInvalid } from "./param-checks.js";

/**
 * Checks `query` against the rules of its `type`: an unknown `type` is a {@link ConfigError} listing
 * the known ones; every parameter is checked ({@link checkParams}); for `periodType`, the APIs' rule
 * "datumTot moet na datumVan liggen" (equal dates are refused too; BRP historie's
 * features/raadpleeg-verblijfplaats-met-periode/gba/test/foutsituaties-gba.feature).
 * Throws a ValidationError naming every problem, never a value.
 */
export function checkTypedQuery(
  workflow: string,
  operation: string,
  query: unknown,
  rules: Readonly<Record<string, Readonly<Record<string, ParamRule>>>>,
  periodType?: string,
): void {
  const type = (query as { type?: unknown } | null | undefined)?.type;
  const picked = typeof type === "string" && Object.hasOwn(rules, type) ? rules[type] : undefined;
  if (!picked) throw new ConfigError(workflow, [{ path: "type", message: `is not a query type of ${operation}; use one of ${Object.keys(rules).join(", ")}` }]);
  const values = query as Readonly<Record<string, unknown>>;
  const issues = checkParams(values, picked, ["type"]);
  if (issues.length === 0 && type === periodType && String(values.datumTot) <= String(values.datumVan)) {
    issues.push({ path: ["datumTot"], code: "invalidParam", message: "must be after datumVan" });
  }
  throwIfInvalid(workflow, issues);
}

/** The per-call options a query workflow passes on to its request: only those given. */
export function callInit(options: { readonly signal?: AbortSignal; readonly headers?: Readonly<Record<string, string>> }): {
  signal?: AbortSignal;
  headers?: Readonly<Record<string, string>>;
} {
  return { ...(options.signal ? { signal: options.signal } : {}), ...(options.headers ? { headers: options.headers } : {}) };
}
