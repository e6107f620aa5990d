/**
 * Remembers the last few values handed out (tokens), so `secrets()` can redact those still in
 * flight without growing without bound.
 *
 * @internal
 * @example
 * ```ts
 * import { recentValues } from "./recent-values.js";
 * const tokens = recentValues(8);
 * tokens.add("eyJ…");
 * tokens.values(); // ["eyJ…"]
 * ```
 */
export function recentValues(limit: number): { add(value: string): void; values(): readonly string[] } {
  const list: string[] = [];
  return {
    add(value) {
      const at = list.indexOf(value);
      if (at !== -1) list.splice(at, 1);
      list.push(value);
      if (list.length > limit) list.shift();
    },
    values: () => [...list],
  };
}
