/** Generates the modules of one spec: bundle, overlays, operation table, types, entry. */
import { bundle, createConfig } from "@redocly/openapi-core";
import openapiTS, { astToString, type OpenAPI3, type OpenAPITSOptions } from "openapi-typescript";
import { OVERLAYS } from "../overlays/index.ts";
import type { Overlay } from "../overlays/types.ts";
import type { Json } from "./openapi-doc.ts";
import { operationFacts } from "./operation-facts.ts";
import { type ApiEntry, type SpecEntry, hasWorkflows } from "./registry.ts";
import { renderEntry, renderOperations, renderTypes } from "./render.ts";

/** The files written for one spec, relative to `src/generated/<id>/<variant>/`. */
export interface GeneratedSpec {
  readonly files: Record<string, string>;
  readonly overlays: Record<string, number>;
  readonly operations: number;
}

let configPromise: ReturnType<typeof createConfig> | undefined;

/** Bundles the spec at `file` (external refs resolved from the source tree) into one document. */
export async function bundleSpec(file: string): Promise<Json> {
  configPromise ??= createConfig({ extends: ["minimal"] });
  const result = await bundle({ ref: file, config: await configPromise, dereference: false });
  const missing = result.problems.filter((p) => p.message.includes("Can't resolve"));
  if (missing.length > 0) {
    const where = (p: (typeof missing)[number]): string => {
      const at = p.location[0];
      return at ? ` at ${at.source.absoluteRef}#${at.pointer}` : "";
    };
    throw new Error(missing.map((p) => `${p.message}${where(p)}`).join("; "));
  }
  return result.bundle.parsed as Json;
}

/** Applies the overlays that fit the spec; returns the changes per overlay and the generator options. */
export function applyOverlays(
  doc: Json,
  spec: SpecEntry,
  overlays: readonly Overlay[] = OVERLAYS,
): { counts: Record<string, number>; options: Partial<OpenAPITSOptions> } {
  const counts: Record<string, number> = {};
  let options: Partial<OpenAPITSOptions> = {};
  for (const overlay of overlays) {
    if (!overlay.appliesTo(spec)) continue;
    counts[overlay.name] = overlay.apply ? overlay.apply(doc) : 0;
    options = { ...options, ...overlay.generatorOptions };
  }
  return { counts, options };
}

/** Runs openapi-typescript on a (bundled, overlaid) document. */
export async function typesFor(doc: Json, options: Partial<OpenAPITSOptions>): Promise<string> {
  const ast = await openapiTS(doc as unknown as OpenAPI3, { silent: true, ...options });
  return astToString(ast);
}

/** Generates every file of one spec from its place in the source tree. */
export async function generateSpec(
  api: ApiEntry,
  spec: SpecEntry,
  file: string,
  overlays: readonly Overlay[] = OVERLAYS,
): Promise<GeneratedSpec> {
  const doc = await bundleSpec(file);
  const early = applyOverlays(doc, spec, overlays.filter((o) => o.stage === "paths"));
  const table = operationFacts(doc, spec);
  const late = applyOverlays(doc, spec, overlays.filter((o) => o.stage !== "paths"));
  const counts = { ...early.counts, ...late.counts };
  const options = { ...early.options, ...late.options };
  const types = await typesFor(doc, options);
  const applied = Object.keys(counts);
  return {
    files: {
      "types.ts": renderTypes(spec, types, applied),
      "operations.ts": renderOperations(spec, table),
      "index.ts": renderEntry(api, spec, doc, { workflows: hasWorkflows(api.id) }),
    },
    overlays: counts,
    operations: Object.values(table.operations).reduce((n, ops) => n + Object.keys(ops).length, 0),
  };
}

