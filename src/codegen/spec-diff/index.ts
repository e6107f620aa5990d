/**
 * `commonground specs diff`: compares two OpenAPI specs (registered variants or local files) and
 * flags every change a client may break on. Node-only, build-time code.
 */
import { diffDocuments } from "./compare.js";
import { type LoadedSpec, loadRegisteredSpec, loadSpecFile } from "./load.js";
import type { SpecDiff } from "./types.js";

export { diffDocuments } from "./compare.js";
export { SpecLoadError, findRegisteredSpec, loadRegisteredSpec, loadSpecFile } from "./load.js";
export type { LoadedSpec } from "./load.js";
export { listSpecs, renderSpecList } from "./list.js";
export type { SpecListRow } from "./list.js";
export { renderDiffJson, renderDiffText } from "./render.js";
export type { ChangeAspect, ChangeKind, ChangeLocation, SpecChange, SpecDiff } from "./types.js";

/** What to compare: a registered API's two variants, or two local files. */
export type DiffInput = { readonly id: string; readonly from: string; readonly to: string } | { readonly files: readonly [string, string] };

/** Loads both sides and compares them. */
export async function diffSpecs(input: DiffInput): Promise<SpecDiff> {
  const [from, to]: LoadedSpec[] =
    "files" in input
      ? await Promise.all(input.files.map((file) => loadSpecFile(file)))
      : await Promise.all([loadRegisteredSpec(input.id, input.from), loadRegisteredSpec(input.id, input.to)]);
  return diffDocuments(from as LoadedSpec, to as LoadedSpec);
}
