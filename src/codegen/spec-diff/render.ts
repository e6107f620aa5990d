/** Renders a spec diff as text (grouped by operation) or as JSON. */
import type { SpecChange, SpecDiff } from "./types.js";

const MARK: Record<SpecChange["kind"], string> = { added: "+", removed: "-", changed: "~" };

/** Text: a summary line, then per operation one line per change, breaking ones marked `BREAKING`. */
export function renderDiffText(diff: SpecDiff, options: { readonly breakingOnly?: boolean } = {}): string {
  const { summary } = diff;
  const lines = [
    `${diff.from} → ${diff.to}`,
    `${summary.breaking} breaking, ${summary.nonBreaking} non-breaking change${summary.nonBreaking === 1 ? "" : "s"}; operations: ${summary.operationsAdded} added, ${summary.operationsRemoved} removed, ${summary.operationsChanged} changed`,
  ];
  const shown = options.breakingOnly ? diff.changes.filter((c) => c.breaking) : diff.changes;
  if (diff.changes.length === 0) lines.push("", "No differences in operations, parameters, request bodies or success responses.");
  let current: string | undefined;
  for (const change of shown) {
    if (change.operation !== current) {
      current = change.operation;
      const op = diff.changes.find((c) => c.operation === current && c.location === "operation");
      lines.push("", op ? `${current}  (${op.kind === "added" ? "new operation" : "operation removed"}${op.breaking ? ", BREAKING" : ""})` : current);
      if (op) continue;
    }
    if (change.location === "operation") continue;
    lines.push(`  ${change.breaking ? "BREAKING" : "        "} ${MARK[change.kind]} ${change.message}`);
  }
  return `${lines.join("\n")}\n`;
}

/** JSON: the diff as is (stable key order), two-space indented. */
export function renderDiffJson(diff: SpecDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
