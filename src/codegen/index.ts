/**
 * `commonground-sdk/codegen`: the SDK's generator for build tools (Node only). Generates typed
 * client modules from any OpenAPI 3.x spec with the same code as the SDK's built-in clients, and
 * compares specs. Needs the generator's tools, which apps never install:
 * `npm install --save-dev @redocly/openapi-core openapi-typescript typescript`.
 *
 * @example
 * ```ts
 * import { generate } from "commonground-sdk/codegen";
 * const { files, factory } = await generate({ input: "https://zaken.gemeente.nl/zaken/api/v1/schema/openapi.yaml", as: "zaken" });
 * ```
 */
export { CodegenError, SpecLoadError } from "./codegen-error.js";
export type { CodegenErrorCode } from "./codegen-error.js";
export { CONFIG_FILES, defineConfig, findConfig, loadConfig } from "./config.js";
export type { CodegenConfig, LoadedConfig, SpecConfig } from "./config.js";
export { generate } from "./generate.js";
export type { GenerateOptions, GenerateResult, GenerateStage } from "./generate.js";
export { generateFromConfig } from "./generate-from-config.js";
export type { GenerateFromConfigOptions } from "./generate-from-config.js";
export type { RecognisedApi } from "./recognise.js";
export { staleFiles, writeModules } from "./write-output.js";
export type { OutputModule } from "./write-output.js";
export { diffSpecs, listSpecs, renderDiffJson, renderDiffText, renderSpecList } from "./spec-diff/index.js";
export type { DiffInput, SpecChange, SpecDiff, SpecListRow } from "./spec-diff/index.js";
