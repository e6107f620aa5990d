/**
 * A workflow must not add a byte to a bundle that does not import it. Each API entry re-exports its
 * workflows (`src/apis/<id>`), so this bundles the sources with esbuild, as an app's bundler would,
 * and reads from the metafile which source files put bytes into the output.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { ROOT, factoryName, loadRegistry } from "../../src/codegen/registry.ts";
import { hasWorkflows } from "../../scripts/lib/workflow-exports.ts";
import { workflowExports } from "../../scripts/lib/workflow-exports.ts";

const registry = loadRegistry();
const apis = registry.apis.filter((api) => api.kind === "client" && hasWorkflows(api.id));

/** Source files (relative to the root) that put bytes into a bundle of `code`, resolved from the root. */
async function contributors(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, loader: "ts", sourcefile: "app.ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    packages: "external",
    treeShaking: true,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs));
  return inputs.filter(([, info]) => info.bytesInOutput > 0).map(([file]) => relative(ROOT, join(ROOT, file)));
}

describe("workflows are tree-shaken away when unused", () => {
  it("has workflow folders to check", () => {
    expect(apis.map((a) => a.id)).toEqual(expect.arrayContaining(["zaken", "documenten", "catalogi"]));
  });

  it.each(apis.map((api) => [api.id, factoryName(api)] as const))("%s: a bundle of only %s holds no workflow code", async (id, factory) => {
    const files = await contributors(`export { ${factory} } from "./src/generated/${id}/index.ts";`);
    expect(files.some((f) => f.startsWith("src/core/"))).toBe(true);
    expect(files.filter((f) => f.startsWith("src/apis/"))).toEqual([]);
  });

  it("classic zod (objectsOfType's JSON-schema validation) is only in bundles that use objectsOfType", async () => {
    const imports = async (code: string): Promise<string[]> => {
      const result = await build({ stdin: { contents: code, resolveDir: ROOT, loader: "ts" }, bundle: true, write: false, format: "esm", platform: "neutral", packages: "external", metafile: true, logLevel: "silent" });
      return Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    };
    expect(await imports(`export { createObjectenClient } from "./src/generated/objecten/index.ts";`)).not.toContain("zod");
    expect(await imports(`export { objectsOfType } from "./src/generated/objecten/index.ts";`)).toContain("zod");
  });

  it("the root entry holds no workflow code", async () => {
    const files = await contributors(`export * from "./src/index.ts";`);
    expect(files.filter((f) => f.startsWith("src/apis/"))).toEqual([]);
  });

  it("one workflow pulls in no other API's workflows", async () => {
    const checked: string[] = [];
    for (const api of apis) {
      for (const name of workflowExports(api.id).values) {
        const files = await contributors(`export { ${name} } from "./src/generated/${api.id}/index.ts";`);
        const foreign = files.filter((f) => f.startsWith("src/apis/") && !f.startsWith(`src/apis/${api.id}/`) && !f.startsWith("src/apis/shared/"));
        expect(foreign, `${api.id}.${name}`).toEqual([]);
        checked.push(name);
      }
    }
    const all = readdirSync(join(ROOT, "src", "apis")).filter((d) => hasWorkflows(d));
    expect(all.length).toBeGreaterThan(0);
    expect(checked.length).toBeGreaterThan(0);
  });
});
