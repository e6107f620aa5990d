/** Query parameter checks of the Haal Centraal GET endpoints (BAG, BRK, WOZ), with their codes. */
import { HC_REASON, type HcInvalidParam } from "./haal-centraal-problem.js";

/** A rule for one query parameter. */
export type QueryRule = { readonly pattern: RegExp } | { readonly integer: readonly [min: number, max: number] } | { readonly boolean: true };

/** The invalid parameters of a query string. */
export function checkQuery(query: URLSearchParams, rules: Readonly<Record<string, QueryRule>>): HcInvalidParam[] {
  const problems: HcInvalidParam[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const value = query.get(name);
    if (value === null) continue;
    if ("pattern" in rule && !rule.pattern.test(value)) problems.push({ name, code: "pattern", reason: HC_REASON.pattern(rule.pattern.source) });
    if ("integer" in rule) {
      const [min, max] = rule.integer;
      const n = Number(value);
      if (!/^-?\d+$/.test(value)) problems.push({ name, code: "integer", reason: HC_REASON.integer });
      else if (n < min) problems.push({ name, code: "minimum", reason: HC_REASON.minimum(min) });
      else if (n > max) problems.push({ name, code: "maximum", reason: HC_REASON.maximum(max) });
    }
    if ("boolean" in rule && value !== "true" && value !== "false") problems.push({ name, code: "boolean", reason: HC_REASON.boolean });
  }
  return problems;
}

/** Case-insensitive equality for optional filters: a missing wanted value matches anything. */
export function sameText(actual: unknown, wanted: string | null): boolean {
  return wanted === null || String(actual ?? "").toLowerCase() === wanted.toLowerCase();
}

/** `Accept-Crs` of the Haal Centraal geo APIs: absent or `epsg:28992` (any case); else 406. */
export function acceptsRd(headers: Headers): boolean {
  const value = headers.get("Accept-Crs");
  return value === null || value.toLowerCase() === "epsg:28992";
}
