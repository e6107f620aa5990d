/**
 * Reads a synced spec whether it sits uncompressed (a repository checkout, after `npm run sync-specs`)
 * or gzipped (the published package ships `specs/upstream/<id>/<variant>/openapi.yaml.gz` only, to
 * keep the install small; written by scripts/pack-specs.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { SpecLoadError } from "./codegen-error.js";

/** The compressed twin of a spec file, as shipped in the package. */
export function gzippedSpecFile(file: string): string {
  return `${file}.gz`;
}

/** True when the spec `file` or its gzipped twin `<file>.gz` exists (what {@link readSpecText} can read). */
export function specExists(file: string): boolean {
  return existsSync(file) || existsSync(gzippedSpecFile(file));
}

/**
 * The text of the spec `file`: the file itself when it exists, else its gzipped twin `<file>.gz`
 * decompressed. Throws a {@link SpecLoadError} naming the file when neither exists or the twin is not
 * valid gzip.
 *
 * @example
 * ```ts
 * import { readSpecText } from "./read-spec.js";
 * import { specFile } from "./registry.js";
 * const yaml = readSpecText(specFile({ id: "zaken", variant: "1.7.0" }));
 * ```
 */
export function readSpecText(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8");
  const gz = gzippedSpecFile(file);
  if (!existsSync(gz)) {
    throw new SpecLoadError(`spec ${file} not found (nor ${gz}): run \`npm run sync-specs\` in a checkout, or reinstall the package`);
  }
  try {
    return gunzipSync(readFileSync(gz)).toString("utf8");
  } catch (error) {
    throw new SpecLoadError(`spec ${gz} is not valid gzip (${error instanceof Error ? error.message : String(error)}): reinstall the package`);
  }
}
