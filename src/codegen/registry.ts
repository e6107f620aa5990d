/**
 * The spec registry (`specs/registry.json`): the one place that knows which upstream specs exist.
 * Scripts, tests and the build derive everything else from it.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * The package root: the nearest folder above this module whose package.json is commonground-sdk's
 * (the repository in development, `node_modules/commonground-sdk` when installed, bundled or not).
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === "commonground-sdk") return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(dirname(fileURLToPath(import.meta.url)), "../..");
    dir = parent;
  }
}

/** Absolute path of the package root (the repository root in development). */
export const ROOT: string = packageRoot();

/** Folder that synced upstream specs are written to (git-ignored). */
export const SPECS_DIR: string = join(ROOT, "specs", "upstream");

/** Folder that generated modules are written to (git-ignored). */
export const GENERATED_DIR: string = join(ROOT, "src", "generated");

const apiSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  name: z.string().regex(/^[A-Z][A-Za-z]*$/),
  title: z.string(),
  default: z.string(),
  /** `client`: a factory is generated; `receiver`: only types (the notification webhook you implement). */
  kind: z.enum(["client", "receiver"]),
});

const specSchema = z.object({
  id: z.string(),
  version: z.string(),
  variant: z.string().regex(/^[0-9][0-9A-Za-z.-]*$/),
  title: z.string(),
  implementation: z.string(),
  openapi: z.string(),
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  license: z.string(),
  externalRefs: z.array(z.object({ ref: z.string(), id: z.string(), variant: z.string() })),
});

const registrySchema = z.object({
  $comment: z.string().optional(),
  apis: z.array(apiSchema),
  specs: z.array(specSchema),
});

/** One API id (Zaken, BRP Personen, …) with its default version. */
export type ApiEntry = z.infer<typeof apiSchema>;
/** One registered upstream spec file. */
export type SpecEntry = z.infer<typeof specSchema>;
/** The whole registry. */
export type Registry = z.infer<typeof registrySchema>;

/** Reads and validates `specs/registry.json`; every default and external ref must name a registered spec. */
export function loadRegistry(file: string = join(ROOT, "specs", "registry.json")): Registry {
  const registry = registrySchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const keys = new Set(registry.specs.map(specKey));
  for (const api of registry.apis) {
    if (!keys.has(`${api.id}/${api.default}`)) {
      throw new Error(`registry: the default ${api.id}/${api.default} is not a registered spec`);
    }
  }
  for (const spec of registry.specs) {
    if (!registry.apis.some((api) => api.id === spec.id)) {
      throw new Error(`registry: spec ${specKey(spec)} has no API entry`);
    }
    for (const ref of spec.externalRefs) {
      if (!keys.has(`${ref.id}/${ref.variant}`)) {
        throw new Error(`registry: ${specKey(spec)} refers to ${ref.id}/${ref.variant}, which is not registered`);
      }
    }
  }
  return registry;
}

/** `id/variant`, the key that names a spec everywhere (subpaths, folders, messages). */
export function specKey(spec: Pick<SpecEntry, "id" | "variant">): string {
  return `${spec.id}/${spec.variant}`;
}

/** Where a synced spec lives. */
export function specFile(spec: Pick<SpecEntry, "id" | "variant">): string {
  return join(SPECS_DIR, spec.id, spec.variant, "openapi.yaml");
}

/** The pinned upstream URL of a spec (raw file at the registered commit). */
export function upstreamUrl(spec: SpecEntry): string {
  const path = spec.path.split("/").map(encodeURIComponent).join("/");
  return `https://raw.githubusercontent.com/${spec.repository}/${spec.commit}/${path}`;
}

/**
 * Picks specs by `id` or `id/variant` selectors. An unknown selector throws one message that names it
 * and lists the valid choices.
 */
export function selectSpecs(registry: Registry, selectors: readonly string[]): SpecEntry[] {
  if (selectors.length === 0) return registry.specs;
  const picked = new Set<SpecEntry>();
  for (const selector of selectors) {
    const [id, variant] = selector.split("/", 2);
    const api = registry.apis.find((a) => a.id === id);
    if (!api) {
      throw new Error(
        `Unknown API id "${id}". Valid ids: ${registry.apis.map((a) => a.id).join(", ")}.`,
      );
    }
    const versions = registry.specs.filter((s) => s.id === id);
    const matches = variant === undefined ? versions : versions.filter((s) => s.variant === variant);
    if (matches.length === 0) {
      throw new Error(
        `Unknown version "${variant}" of API "${id}". Valid versions: ${versions.map((s) => s.variant).join(", ")}.`,
      );
    }
    for (const m of matches) picked.add(m);
  }
  return [...picked];
}

/** The factory name for an API id, e.g. `createZakenClient`. */
export function factoryName(api: Pick<ApiEntry, "name">): string {
  return `create${api.name}Client`;
}
