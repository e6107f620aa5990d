/** `commonground specs list`: the registered specs, as an aligned table or JSON. */
import { type Registry, loadRegistry } from "../registry.js";

/** One registered spec variant as listed. */
export interface SpecListRow {
  readonly id: string;
  readonly variant: string;
  readonly version: string;
  readonly default: boolean;
  readonly title: string;
  readonly implementation: string;
  readonly repository: string;
}

/** Every registered variant, in registry order (API by API). */
export function listSpecs(registry: Registry = loadRegistry()): SpecListRow[] {
  return registry.apis.flatMap((api) =>
    registry.specs
      .filter((spec) => spec.id === api.id)
      .map((spec) => ({
        id: spec.id,
        variant: spec.variant,
        version: spec.version,
        default: spec.variant === api.default,
        title: spec.title,
        implementation: spec.implementation,
        repository: spec.repository,
      })),
  );
}

/** An aligned text table; the default variant of each id is marked with `*`. */
export function renderSpecList(rows: readonly SpecListRow[]): string {
  const table = [
    ["ID", "VARIANT", "DEFAULT", "TITLE", "IMPLEMENTATION", "SOURCE"],
    ...rows.map((r) => [r.id, r.variant, r.default ? "*" : "", r.title, r.implementation, r.repository]),
  ];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => (row[column] ?? "").length))) ?? [];
  const lines = table.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd());
  return `${lines.join("\n")}\n\n* default variant (what \`commonground-sdk/<id>\` exports)\n`;
}
