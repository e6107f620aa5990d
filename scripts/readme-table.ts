/**
 * Renders the README's table of supported APIs and versions from the registry, between the markers
 * `<!-- apis:start -->` and `<!-- apis:end -->`. `--check` exits 1 when the README is not current.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Registry, ROOT, factoryName, loadRegistry } from "../src/codegen/registry.ts";

const START = "<!-- apis:start -->";
const END = "<!-- apis:end -->";

/** The markdown table: one row per API id with its default and every other version's subpath. */
export function renderApiTable(registry: Registry): string {
  const rows = registry.apis.map((api) => {
    const specs = registry.specs.filter((s) => s.id === api.id);
    const def = specs.find((s) => s.variant === api.default);
    const others = specs.filter((s) => s !== def).map((s) => `\`${api.id}/${s.variant}\``);
    const entry = api.kind === "client" ? `\`${factoryName(api)}\`` : "types only (you implement the receiver)";
    const source = def ? `${def.repository}${def.implementation === "standard" ? "" : ` (${def.implementation})`}` : "";
    return `| ${api.title} | \`${api.id}\` | ${entry} | ${def?.version ?? ""} (\`${api.default}\`) | ${others.join(", ") || "–"} | ${source} |`;
  });
  return [
    "| API | subpath `commonground-sdk/…` | factory | default version | other versions (subpath) | source of the default |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** Replaces the table between the markers. */
export function withApiTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? "")) {
  const file = join(ROOT, "README.md");
  const readme = readFileSync(file, "utf8");
  const updated = withApiTable(readme, renderApiTable(loadRegistry()));
  if (process.argv.includes("--check")) {
    if (updated !== readme) {
      process.stderr.write("readme-table: the API table in README.md is stale; run `npm run readme`\n");
      process.exitCode = 1;
    }
  } else if (updated !== readme) {
    writeFileSync(file, updated);
    process.stdout.write("readme-table: README.md updated\n");
  }
}
