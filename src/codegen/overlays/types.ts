import type { OpenAPITSOptions } from "openapi-typescript";
import type { Json } from "../openapi-doc.js";

/** What an overlay may look at to decide whether it applies: the API id (`zaken`), or `""` for an unknown API. */
export interface OverlaySubject {
  readonly id: string;
}

/**
 * An overlay: one small, named correction of ours, applied to a bundled upstream spec in memory
 * before types are generated. Upstream files are never edited.
 */
export interface Overlay {
  /** Kebab-case name, as listed in the README and in generated headers. */
  readonly name: string;
  /** What defect it corrects, in one sentence. */
  readonly description: string;
  /** `paths` overlays run before the operation table is read (they change path keys or operation parameters); the rest after. */
  readonly stage?: "paths";
  /** Whether it applies to this spec. */
  appliesTo(spec: OverlaySubject): boolean;
  /** Changes the document in place; returns how many places it changed. */
  apply?(doc: Json): number;
  /** Options for openapi-typescript that this overlay needs. */
  readonly generatorOptions?: Partial<OpenAPITSOptions>;
}
