/**
 * `commonground.config.json` (or `.mjs`/`.js`, or `.ts` through tsx): the specs a build generates.
 * Paths are relative to the config file; `${NAME}` in a header value is read from the environment,
 * so credentials stay out of the file.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { CodegenError } from "./codegen-error.js";
import { fsProblem } from "./fs-problem.js";

/** One spec to generate. */
export interface SpecConfig {
  /** File (relative to the config file) or http(s) URL of the spec. */
  readonly input: string;
  /** Folder the module is written to (relative to the config file); it holds only generated files. */
  readonly output: string;
  /** PascalCase client name (`Zaken` → `createZakenClient`). @default recognised or from the title */
  readonly name?: string | undefined;
  /** Registered API id whose overlays apply (`zaken`). @default recognised from the title */
  readonly as?: string | undefined;
  /** Headers for a URL input; `${NAME}` is replaced by the environment variable NAME. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/** The whole config file. */
export interface CodegenConfig {
  /** Where generated files import the SDK from. @default "commonground-sdk" */
  readonly importFrom?: string | undefined;
  /** The specs to generate, each into its own folder. */
  readonly specs: readonly SpecConfig[];
}

/**
 * Types a `commonground.config.ts` (identity at run time).
 *
 * @example
 * ```ts
 * // commonground.config.ts
 * import { defineConfig } from "commonground-sdk/codegen";
 * export default defineConfig({ specs: [{ input: "specs/parkeren.yaml", output: "src/clients/parkeren" }] });
 * ```
 */
export function defineConfig(config: CodegenConfig): CodegenConfig {
  return config;
}

/** The config file names looked for, in order, when none is given. */
export const CONFIG_FILES: readonly string[] = ["commonground.config.json", "commonground.config.mjs", "commonground.config.js", "commonground.config.ts"];

const schema = z.strictObject({
  $schema: z.string().optional(),
  importFrom: z.string().min(1).optional(),
  specs: z
    .array(
      z.strictObject({
        input: z.string().min(1, "is empty: give a file path or an http(s) URL"),
        output: z.string().min(1, "is empty: give the folder to write the module to"),
        name: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'must be PascalCase letters and digits, e.g. "Parkeren"').optional(),
        as: z.string().optional(),
        headers: z.record(z.string(), z.string()).optional(),
      }),
    )
    .min(1, "is empty: list at least one { input, output }"),
});

/** A config with its paths made absolute and its header variables filled in. */
export interface LoadedConfig extends CodegenConfig {
  /** The config file, as found. */
  readonly file: string;
  /** Its folder: relative inputs and outputs are resolved from here. */
  readonly dir: string;
}

/** `${NAME}` → the environment variable (an unset one is an error naming it, never its value). */
function expand(value: string, where: string, env: NodeJS.ProcessEnv): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const found = env[name];
    if (found === undefined) throw new CodegenError("config", `${where}: the environment variable ${name} is not set`);
    return found;
  });
}

async function importConfig(file: string): Promise<unknown> {
  const url = pathToFileURL(file).href;
  if (!file.endsWith(".ts")) return ((await import(url)) as { default?: unknown }).default;
  let tsx: { tsImport: (specifier: string, parent: string) => Promise<{ default?: unknown }> };
  try {
    tsx = (await import("tsx/esm/api")) as typeof tsx;
  } catch {
    throw new CodegenError("config", `${file}: a .ts config needs a TypeScript loader: npm install --save-dev tsx (or use commonground.config.json)`);
  }
  const module = await tsx.tsImport(url, import.meta.url);
  return module.default && typeof module.default === "object" && "default" in module.default ? (module.default as { default: unknown }).default : module.default;
}

/** Finds the config: `file` when given, else the first of {@link CONFIG_FILES} in `cwd`. */
export function findConfig(cwd: string, file?: string): string {
  if (file !== undefined) {
    const path = resolve(cwd, file);
    if (!existsSync(path)) throw new CodegenError("config", `${file}: no such config file`);
    return path;
  }
  const found = CONFIG_FILES.map((name) => resolve(cwd, name)).find((path) => existsSync(path));
  if (!found) throw new CodegenError("config", `no input given and no config file in ${cwd} (looked for ${CONFIG_FILES.join(", ")})`);
  return found;
}

/** Reads and checks a config file; every problem is one {@link CodegenError} naming the file and field. */
export async function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadedConfig> {
  let raw: unknown;
  if (file.endsWith(".json")) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new CodegenError("config", `${file}: cannot read it (${fsProblem(error)})`);
    }
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new CodegenError("config", `${file}: not valid JSON: ${(error as Error).message}`);
    }
  } else {
    try {
      raw = await importConfig(file);
    } catch (error) {
      if (error instanceof CodegenError) throw error;
      throw new CodegenError("config", `${file}: cannot be loaded: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(the file)"} ${issue.message}`);
    throw new CodegenError("config", `${file}: ${problems.join("; ")}`);
  }
  const dir = dirname(file);
  const specs = parsed.data.specs.map((spec, i) => ({
    ...spec,
    output: resolve(dir, spec.output),
    ...(spec.headers
      ? { headers: Object.fromEntries(Object.entries(spec.headers).map(([name, value]) => [name, expand(value, `${file}: specs.${i}.headers.${name}`, env)])) }
      : {}),
  }));
  return { file, dir, ...(parsed.data.importFrom ? { importFrom: parsed.data.importFrom } : {}), specs };
}
