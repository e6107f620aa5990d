import type { OperationFacts, OperationTable } from "./operation-table.js";

const compiled = new WeakMap<OperationTable, [RegExp, string][]>();

/**
 * The operation facts for an absolute URL under `baseUrl`: the path template it matches
 * (`/zaken/{uuid}` for `…/zaken/5f1c…`), so that a reference gets its operation's defaults
 * (such as Zaken's `Accept-Crs`). Undefined when nothing matches.
 */
export function factsForUrl(table: OperationTable, baseUrl: string, url: string, method: string): OperationFacts | undefined {
  if (!url.startsWith(baseUrl)) return undefined;
  const path = url.slice(baseUrl.length).split(/[?#]/, 1)[0] ?? "";
  let patterns = compiled.get(table);
  if (!patterns) {
    patterns = Object.keys(table.operations).map((template) => [
      new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}/?$`),
      template,
    ]);
    compiled.set(table, patterns);
  }
  const hit = patterns.find(([pattern]) => pattern.test(path));
  return hit ? table.operations[hit[1]]?.[method] : undefined;
}
