/** The request surface of one spec version: which operations exist and which query parameters each takes. */
import type { Json } from "./openapi-doc.js";
import { eachOperation } from "./operation-facts.js";

/**
 * Per operation, keyed `"METHOD /path/template"` (e.g. `"GET /zaken"`), the sorted names of its
 * query parameters (the path item's and the operation's own, merged).
 */
export type VersionSurface = Readonly<Record<string, readonly string[]>>;

/**
 * The request surface of a bundled OpenAPI document: every operation with its query parameter
 * names, keys and names sorted, so that the same spec always gives the same surface. Take it after
 * the `paths`-stage overlays (as the operation table is), so that the path keys are the ones the
 * client sends (`server-base-path` turns Catalogi 1.2.0's `/api/v1/zaaktypen` into `/zaaktypen`).
 *
 * @example
 * ```ts
 * const surface = surfaceOf(await bundleSpec("specs/upstream/zaken/1.7.0/openapi.yaml"));
 * surface["GET /zaken"]; // ["archiefactiedatum", …, "page", "pageSize", …]
 * ```
 */
export function surfaceOf(doc: Json): VersionSurface {
  const entries: [string, string[]][] = [];
  for (const { path, method, params } of eachOperation(doc)) {
    const names = params.filter((p) => p.in === "query").map((p) => String(p.name));
    entries.push([`${method.toUpperCase()} ${path}`, [...new Set(names)].sort()]);
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}
