/**
 * Which workflows a version's entry re-exports: every type, and every value whose operations
 * (`src/apis/workflow-needs.ts`) that version has.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { OperationTable } from "../../src/core/operation-table.ts";
import { WORKFLOW_NEEDS } from "../../src/apis/workflow-needs.ts";
import { ROOT } from "../../src/codegen/registry.ts";

/** The names a workflow index exports, from its `export { … } from` and `export type { … } from` statements. */
export function workflowExports(id: string): { values: string[]; types: string[] } {
  const text = readFileSync(join(ROOT, "src", "apis", id, "index.ts"), "utf8");
  const values: string[] = [];
  const types: string[] = [];
  for (const match of text.matchAll(/^export (type )?\{([^}]*)\} from/gm)) {
    for (const raw of (match[2] as string).split(",")) {
      const name = raw.trim();
      if (name === "") continue;
      if (match[1] || name.startsWith("type ")) types.push(name.replace(/^type /, ""));
      else values.push(name);
    }
  }
  return { values, types };
}

/** Whether a version (its operation table) has every operation a workflow needs. */
export function fits(table: OperationTable, needs: readonly string[] = []): boolean {
  return needs.every((need) => {
    const [method, path] = need.split(" ") as [string, string];
    return table.operations[path]?.[method] !== undefined;
  });
}

/** The re-export statements of a version's entry for its API's workflows. */
export function workflowExportLines(id: string, table: OperationTable): string[] {
  const { values, types } = workflowExports(id);
  const needs = WORKFLOW_NEEDS[id] ?? {};
  const fitting = values.filter((name) => fits(table, needs[name]));
  const from = `"../../../apis/${id}/index.js"`;
  const lines: string[] = [];
  if (fitting.length > 0) lines.push(`export { ${fitting.join(", ")} } from ${from};`);
  if (types.length > 0) lines.push(`export type { ${types.join(", ")} } from ${from};`);
  const left = values.filter((name) => !fitting.includes(name));
  if (left.length > 0) lines.unshift(`// Not in this version (it lacks their operations): ${left.join(", ")}.`);
  return lines;
}

/** Whether an API has hand-written workflows (`src/apis/<id>/index.ts`) for its entries to re-export. */
export function hasWorkflows(id: string): boolean {
  return existsSync(join(ROOT, "src", "apis", id, "index.ts"));
}
