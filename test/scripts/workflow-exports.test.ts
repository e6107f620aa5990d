/** Version entries re-export the workflows that fit them (src/apis/workflow-needs.ts), and every type. */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { WORKFLOW_NEEDS } from "../../src/apis/workflow-needs.ts";
import { ROOT, type SpecEntry, factoryName, loadRegistry, specKey } from "../../src/codegen/registry.ts";
import { fits, hasWorkflows, workflowExportLines, workflowExports } from "../../scripts/lib/workflow-exports.ts";
import type { OperationTable } from "../../src/core/operation-table.ts";

const registry = loadRegistry();

async function load(key: string, file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ pathToFileURL(join(ROOT, "src", "generated", key, file)).href)) as Record<string, unknown>;
}

const entry = (key: string): Promise<Record<string, unknown>> => load(key, "index.ts");

async function table(spec: SpecEntry): Promise<OperationTable> {
  return (await load(specKey(spec), "operations.ts")).operationTable as OperationTable;
}

describe("workflow exports per version", () => {
  it("leaves reserveZaaknummer out of Zaken 1.5.1 and 1.6.0, which have no /zaaknummer_reserveren", async () => {
    expect(typeof (await entry("zaken/1.7.0")).reserveZaaknummer).toBe("function");
    expect(typeof (await entry("zaken/1.5.1-openzaak-1.30.0")).reserveZaaknummer).toBe("function");
    expect((await entry("zaken/1.5.1")).reserveZaaknummer).toBeUndefined();
    expect((await entry("zaken/1.6.0")).reserveZaaknummer).toBeUndefined();
    expect(typeof (await entry("zaken/1.5.1")).startZaak).toBe("function");
  });

  it("leaves findPersons out of BRP 1.3.1 (GET /ingeschrevenpersonen) but keeps isValidBsn", async () => {
    const v13 = await entry("brp-personen/1.3.1");
    expect(v13.findPersons).toBeUndefined();
    expect(typeof v13.isValidBsn).toBe("function");
    expect(typeof (await entry("brp-personen")).findPersons).toBe("function");
  });

  it("names in workflow-needs.ts only exported workflows whose operations some version has", async () => {
    for (const [id, needs] of Object.entries(WORKFLOW_NEEDS)) {
      const { values } = workflowExports(id);
      const tables = await Promise.all(registry.specs.filter((s) => s.id === id).map(table));
      for (const [name, operations] of Object.entries(needs)) {
        expect(values, `${id}: ${name}`).toContain(name);
        expect(tables.some((t) => fits(t, operations)), `${id}: ${name}`).toBe(true);
        expect(tables.every((t) => fits(t, operations)), `${id}: ${name} fits every version, so it needs no entry`).toBe(false);
      }
    }
  });

  it("no workflow export takes a name the generated entry already has", () => {
    for (const api of registry.apis.filter((a) => hasWorkflows(a.id))) {
      const { values, types } = workflowExports(api.id);
      const generated = ["Paths", "Schemas", "Operations", "components", "operations", "paths", "operationTable", `${api.name}Client`, factoryName(api)];
      expect([...values, ...types].filter((n) => generated.includes(n)), api.id).toEqual([]);
    }
  });

  it("says in the entry what it leaves out", async () => {
    const spec = registry.specs.find((s) => specKey(s) === "zaken/1.5.1");
    if (!spec) throw new Error("test setup: zaken/1.5.1 is not registered");
    const lines = workflowExportLines("zaken", await table(spec));
    expect(lines[0]).toBe("// Not in this version (it lacks their operations): reserveZaaknummer.");
    expect(lines.join("\n")).toContain("export type {");
  });
});
