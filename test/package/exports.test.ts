import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { exportsMap, packageEntries } from "../../scripts/lib/entries.ts";
import { ROOT, factoryName, loadRegistry } from "../../src/codegen/registry.ts";
import { renderApiTable, withApiTable } from "../../scripts/readme-table.ts";

const registry = loadRegistry();
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, unknown>;

/** Relative imports of a module, followed transitively. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), (spec as string).replace(/\.js$/, ".ts")));
    }
  };
  visit(entry);
  return seen;
}

describe("package surface", () => {
  it("exports one subpath per API id and per registered version, derived from the registry", () => {
    expect(pkg.exports).toEqual(exportsMap(packageEntries(registry)));
    const subpaths = Object.keys(pkg.exports as object);
    expect(subpaths).toContain("./zaken");
    expect(subpaths).toContain("./zaken/1.5.1-openzaak-1.30.0");
    expect(subpaths).toContain("./node");
    expect(subpaths).toContain("./testing");
    expect(subpaths).toContain("./codegen");
    expect(subpaths).toHaveLength(4 + registry.apis.length + registry.specs.length + 1);
  });

  it("app users install none of the generator's tools: they are optional peer dependencies", () => {
    const manifest = pkg as { dependencies: Record<string, string>; peerDependencies: Record<string, string>; peerDependenciesMeta: Record<string, { optional?: boolean }> };
    const tools = ["@redocly/openapi-core", "openapi-typescript", "typescript"];
    for (const tool of tools) {
      expect(manifest.dependencies[tool], tool).toBeUndefined();
      expect(manifest.peerDependencies[tool], tool).toBeDefined();
      expect(manifest.peerDependenciesMeta[tool]?.optional, tool).toBe(true);
    }
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual([...tools].sort());
  });

  it("offers the factory the issue names for every API id", () => {
    const names = registry.apis.filter((a) => a.kind === "client").map(factoryName);
    expect(names).toEqual([
      "createZakenClient", "createDocumentenClient", "createCatalogiClient", "createBesluitenClient",
      "createAutorisatiesClient", "createNotificatiesClient", "createKlantinteractiesClient",
      "createContactgegevensClient", "createKlantenClient", "createContactmomentenClient", "createVerzoekenClient",
      "createObjectenClient", "createObjecttypenClient", "createBrpPersonenClient", "createBrpBewoningClient",
      "createBrpHistorieClient", "createBagClient", "createBrkClient", "createWozClient",
    ]);
  });

  it("generates an entry with that factory for every version", async () => {
    for (const spec of registry.specs) {
      const api = registry.apis.find((a) => a.id === spec.id)!;
      const module = (await import(`../../src/generated/${spec.id}/${spec.variant}/index.ts`)) as Record<string, unknown>;
      if (api.kind === "client") expect(typeof module[factoryName(api)], `${spec.id}/${spec.variant}`).toBe("function");
      else expect(Object.keys(module), `${spec.id}/${spec.variant}`).toEqual([]);
    }
  });

  it("keeps generated modules out of the root entry", () => {
    const graph = [...importGraph(join(ROOT, "src", "index.ts"))];
    expect(graph.length).toBeGreaterThan(3);
    expect(graph.filter((f) => f.includes(`${join("src", "generated")}`))).toEqual([]);
  });

  it("has a README table of APIs and versions that matches the registry", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(withApiTable(readme, renderApiTable(registry))).toBe(readme);
    expect(readme).toContain("| Zaken API | `zaken` | `createZakenClient` | 1.7.0");
  });
});
