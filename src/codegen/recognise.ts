/**
 * Recognises a spec as a registered Common Ground API by its title and version (or by the id the
 * user names), so that the API's own overlays apply to a deployment's spec too.
 */
import { CodegenError } from "./codegen-error.js";
import { type Json, isObject } from "./openapi-doc.js";
import type { Registry } from "./registry.js";

/** A recognised API: its registry id and name, and the registered variant with the same version, if any. */
export interface RecognisedApi {
  readonly id: string;
  /** PascalCase, as in `createZakenClient`. */
  readonly name: string;
  readonly variant: string | undefined;
}

const normalise = (title: string): string => title.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * The registered API `doc` is, by `as` (a registered id) or else by its `info.title`; undefined when
 * it is none of them. An unknown `as` is a {@link CodegenError} listing the registered ids.
 */
export function recogniseSpec(doc: Json, registry: Registry, as?: string): RecognisedApi | undefined {
  const info = isObject(doc.info) ? doc.info : {};
  const version = typeof info.version === "string" ? info.version : undefined;
  let id = as;
  if (id !== undefined) {
    if (!registry.apis.some((api) => api.id === id)) {
      throw new CodegenError("config", `--as ${id}: not a registered API id. Registered ids: ${registry.apis.map((a) => a.id).join(", ")}`);
    }
  } else if (typeof info.title === "string") {
    const title = normalise(info.title);
    const ids = new Set(registry.specs.filter((spec) => normalise(spec.title) === title).map((spec) => spec.id));
    if (ids.size !== 1) return undefined;
    [id] = ids;
  }
  const api = registry.apis.find((a) => a.id === id);
  if (!api) return undefined;
  const same = registry.specs.filter((spec) => spec.id === api.id && spec.version === version);
  const variant = (same.find((spec) => spec.implementation === "standard") ?? same[0])?.variant;
  return { id: api.id, name: api.name, variant };
}

/** A PascalCase name from a title: `"Zaken API"` → `"Zaken"`, `"my-city's parking API"` → `"MyCitysParking"`. */
export function nameFromTitle(title: string): string {
  const words = title
    .replace(/['’]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== "" && w.toLowerCase() !== "api");
  const name = words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join("");
  return /^[A-Z]/.test(name) ? name : `Api${name}`;
}
