/** The package's entry points, derived from the registry: one subpath per API id and per version. */
import type { Registry } from "../../src/codegen/registry.ts";

/** One entry: its subpath (`./zaken`), JS output base (`zaken/index`) and source file. */
export interface Entry {
  readonly subpath: string;
  readonly out: string;
  readonly source: string;
  /** `node`: a build-time tool (the generator), bundled for Node with its tools left external. */
  readonly platform?: "node";
  /** For Node-only entries: what non-Node runtimes (browsers, edge) get instead. */
  readonly fallback?: { readonly out: string; readonly source: string };
}

/** The declaration file (without extension) tsc emits for an entry's source, under `dist/types/`. */
export function typesBase(entry: Pick<Entry, "source">): string {
  return `./dist/types/${entry.source.replace(/^src\//, "").replace(/\.ts$/, "")}`;
}

/** Every entry: the root, `commonground-sdk/<id>` (default version) and `commonground-sdk/<id>/<variant>`. */
export function packageEntries(registry: Registry): Entry[] {
  const entries: Entry[] = [
    { subpath: ".", out: "index", source: "src/index.ts" },
    {
      subpath: "./node",
      out: "node/index",
      source: "src/node/index.ts",
      fallback: { out: "node-unsupported/index", source: "src/node-unsupported/index.ts" },
    },
  ];
  // The landscape mock: never imported by a client entry.
  entries.push({ subpath: "./testing", out: "testing/index", source: "src/testing/index.ts" });
  // The generator for build tools (its tools are optional peer dependencies).
  entries.push({ subpath: "./codegen", out: "codegen/index", source: "src/codegen/index.ts", platform: "node" });
  for (const api of registry.apis) {
    entries.push({ subpath: `./${api.id}`, out: `${api.id}/index`, source: `src/generated/${api.id}/index.ts` });
    for (const spec of registry.specs.filter((s) => s.id === api.id)) {
      entries.push({
        subpath: `./${api.id}/${spec.variant}`,
        out: `${api.id}/${spec.variant}/index`,
        source: `src/generated/${api.id}/${spec.variant}/index.ts`,
      });
    }
  }
  return entries;
}

/** The `exports` map of package.json for these entries (types first in each condition). */
export function exportsMap(entries: readonly Entry[]): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  const conditions = (e: Pick<Entry, "out" | "source">) => ({
    import: { types: `${typesBase(e)}.d.ts`, default: `./dist/${e.out}.js` },
    require: { types: `${typesBase(e)}.d.cts`, default: `./dist/${e.out}.cjs` },
  });
  for (const e of entries) {
    map[e.subpath] = e.fallback ? { node: conditions(e), default: conditions(e.fallback) } : conditions(e);
  }
  map["./package.json"] = "./package.json";
  return map;
}
