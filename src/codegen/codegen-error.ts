/**
 * Errors of the code generator and the spec tools (Node-only, build time). Each message names the
 * file, URL or setting and the problem; the CLI prints it and exits with the code for `code`.
 */

/** What went wrong: the spec input, the config file, the output folder, or (with `check`) stale output. */
export type CodegenErrorCode = "input" | "config" | "output" | "stale";

/**
 * A problem the generator reports instead of crashing.
 *
 * @example
 * ```ts
 * import { CodegenError, generate } from "commonground-sdk/codegen";
 * try { await generate({ input: "openapi.yaml" }); } catch (e) { if (e instanceof CodegenError) console.error(e.message); }
 * ```
 */
export class CodegenError extends Error {
  override readonly name: string = "CodegenError";
  /** What kind of problem it is. */
  readonly code: CodegenErrorCode;

  /** @param code what kind of problem; @param message names the file or URL and the problem. */
  constructor(code: CodegenErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** A spec (file, URL or registered variant) that could not be read, parsed or bundled. */
export class SpecLoadError extends CodegenError {
  override readonly name = "SpecLoadError";

  /** @param message names the file or URL and the problem. */
  constructor(message: string) {
    super("input", message);
  }
}
