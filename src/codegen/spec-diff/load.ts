/**
 * Loads the two sides of a spec diff as bundled documents (every `$ref` local): a registered spec
 * (`zaken 1.5.1`, laid out in a temporary source tree so that its cross-spec refs resolve) or a local
 * OpenAPI YAML/JSON file. Every failure is a {@link SpecLoadError} naming the file and the problem.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { bundleSpec } from "../bundle-spec.js";
import { SpecLoadError } from "../codegen-error.js";
import type { Json } from "../openapi-doc.js";
import { ROOT, type Registry, type SpecEntry, loadRegistry, specFile, specKey } from "../registry.js";
import { buildSourceTree } from "../source-tree.js";
import { specExists } from "../read-spec.js";
import { parseOpenApi, readSpecFile } from "../spec-input.js";

export { SpecLoadError } from "../codegen-error.js";

/** One side of a diff: a label for output and the bundled document. */
export interface LoadedSpec {
  readonly label: string;
  readonly doc: Json;
}

/** Loads a local OpenAPI 3.x file (YAML or JSON), resolving its external `$ref`s relative to it (read and parsed once). */
export async function loadSpecFile(file: string): Promise<LoadedSpec> {
  const absolute = resolve(file);
  const text = readSpecFile(absolute, file);
  return { label: file, doc: await bundleSpec(absolute, { text, parsed: parseOpenApi(text, file), label: file }) };
}

/** The spec with its external-ref closure (the specs its `$ref`s reach, transitively). */
function withRefs(registry: Registry, spec: SpecEntry): SpecEntry[] {
  const picked = new Map<string, SpecEntry>([[specKey(spec), spec]]);
  const queue = [spec];
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const ref of next.externalRefs) {
      const target = registry.specs.find((s) => s.id === ref.id && s.variant === ref.variant);
      if (target && !picked.has(specKey(target))) {
        picked.set(specKey(target), target);
        queue.push(target);
      }
    }
  }
  return [...picked.values()];
}

/** Finds a registered spec by id and variant; an unknown one throws a message listing what exists. */
export function findRegisteredSpec(registry: Registry, id: string, variant: string): SpecEntry {
  if (!registry.apis.some((api) => api.id === id)) {
    throw new SpecLoadError(`unknown API id "${id}". Registered ids: ${registry.apis.map((a) => a.id).join(", ")}`);
  }
  const versions = registry.specs.filter((s) => s.id === id);
  const spec = versions.find((s) => s.variant === variant);
  if (!spec) {
    throw new SpecLoadError(`unknown variant "${variant}" of "${id}". Registered variants: ${versions.map((s) => s.variant).join(", ")}`);
  }
  return spec;
}

/**
 * Loads a registered spec from `specs/upstream/<id>/<variant>/openapi.yaml`, with the specs its
 * `$ref`s reach laid out as upstream (the same source tree as `scripts/generate.ts`).
 */
export async function loadRegisteredSpec(id: string, variant: string, registry: Registry = loadRegistry()): Promise<LoadedSpec> {
  const spec = findRegisteredSpec(registry, id, variant);
  const closure = withRefs(registry, spec);
  for (const needed of closure) {
    const file = specFile(needed);
    if (!specExists(file)) {
      throw new SpecLoadError(`${specKey(needed)}: the spec is not synced (${relative(ROOT, file)} is missing); run \`npm run sync-specs\``);
    }
  }
  const label = `${id} ${variant}`;
  // A registered spec is OpenAPI 3 by construction (its sha256 is pinned): it is read once, into the tree.
  const tree = mkdtempSync(join(tmpdir(), "commonground-spec-diff-"));
  try {
    const located = buildSourceTree({ ...registry, specs: closure }, tree);
    return { label, doc: await bundleSpec(located.get(specKey(spec)) as string, { label: relative(ROOT, specFile(spec)) }) };
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}
