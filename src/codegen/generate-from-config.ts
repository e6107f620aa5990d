/** Generates every spec a config lists (in order), into memory; writing is {@link writeModules}'s job. */
import type { LoadedConfig } from "./config.js";
import { type GenerateResult, type GenerateStage, generate } from "./generate.js";
import { isUrl, urlLabel } from "./spec-input.js";
import type { OutputModule } from "./write-output.js";

/** Options of {@link generateFromConfig}. */
export interface GenerateFromConfigOptions {
  /** The fetch for URL inputs. @default globalThis.fetch */
  readonly fetch?: typeof fetch | undefined;
  /** Called as each spec enters each stage: its position (1-based), the count and its input (a URL without query or credentials). */
  readonly onProgress?: ((position: number, count: number, input: string, stage: GenerateStage) => void) | undefined;
}

/**
 * Generates the modules of a loaded config. Fails on the first spec that cannot be generated,
 * before anything is written.
 *
 * @example
 * ```ts
 * import { findConfig, generateFromConfig, loadConfig, writeModules } from "commonground-sdk/codegen";
 * const config = await loadConfig(findConfig(process.cwd()));
 * writeModules((await generateFromConfig(config)).modules);
 * ```
 */
export async function generateFromConfig(
  config: LoadedConfig,
  options: GenerateFromConfigOptions = {},
): Promise<{ modules: OutputModule[]; results: GenerateResult[] }> {
  const modules: OutputModule[] = [];
  const results: GenerateResult[] = [];
  for (const [i, spec] of config.specs.entries()) {
    const result = await generate({
      input: spec.input,
      name: spec.name,
      as: spec.as,
      headers: spec.headers,
      cwd: config.dir,
      importFrom: config.importFrom,
      fetch: options.fetch,
      onProgress: (stage) => options.onProgress?.(i + 1, config.specs.length, isUrl(spec.input) ? urlLabel(spec.input) : spec.input, stage),
    });
    modules.push({ dir: spec.output, files: result.files });
    results.push(result);
  }
  return { modules, results };
}
