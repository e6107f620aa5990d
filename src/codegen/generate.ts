/**
 * `generate()`: a typed module for any OpenAPI 3.x spec, from a file or URL, by the same generator
 * as the SDK's own clients ({@link generateModule}). The module plugs into the SDK through
 * `createApiClient`, so credentials, retries, typed errors, `paginate`, `expand` and
 * `createCommonGround().resolve` work on it as on the built-in clients.
 */
import { createHash } from "node:crypto";
import { relative, sep } from "node:path";
import { CodegenError } from "./codegen-error.js";
import { bundleSpec } from "./bundle-spec.js";
import { generateModule } from "./generate-spec.js";
import { isObject } from "./openapi-doc.js";
import { type RecognisedApi, nameFromTitle, recogniseSpec } from "./recognise.js";
import { ROOT, type Registry, loadRegistry } from "./registry.js";
import { fetchWithHeaders, isUrl, readSpecInput } from "./spec-input.js";

/** What {@link generate} reports while it works. */
export type GenerateStage = "reading" | "bundling" | "generating";

/** Options of {@link generate}. */
export interface GenerateOptions {
  /** The spec: a file path (relative to `cwd`) or an http(s) URL; YAML or JSON, OpenAPI 3.0 or 3.1. */
  readonly input: string;
  /**
   * PascalCase name of the client: `Zaken` gives `createZakenClient` and `ZakenClient`.
   * @default the registered API's name when recognised, else derived from `info.title`
   */
  readonly name?: string | undefined;
  /**
   * The registered API id the spec is (`zaken`), so that its own overlays apply.
   * @default recognised from `info.title`; none when the title is not a registered API's
   */
  readonly as?: string | undefined;
  /** Headers for fetching a URL and the URLs its `$ref`s reach on the same origin (e.g. `Authorization`). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Folder relative paths are read from. @default process.cwd() */
  readonly cwd?: string | undefined;
  /** Where the generated files import the SDK from. @default "commonground-sdk" */
  readonly importFrom?: string | undefined;
  /** The fetch for URLs. @default globalThis.fetch */
  readonly fetch?: typeof fetch | undefined;
  /** Called as each stage starts. */
  readonly onProgress?: ((stage: GenerateStage) => void) | undefined;
}

/** A generated module: its files (`index.ts`, `operations.ts`, `types.ts`) and what went into them. */
export interface GenerateResult {
  /** File name → content; write them into one folder. */
  readonly files: Readonly<Record<string, string>>;
  /** The client's name (`Zaken`). */
  readonly name: string;
  /** The factory's name (`createZakenClient`). */
  readonly factory: string;
  /** `info.title` of the spec. */
  readonly title: string;
  /** `info.version` of the spec. */
  readonly version: string;
  /** The registered API it was recognised as (its overlays applied), if any. */
  readonly api: RecognisedApi | undefined;
  /** How many operations the client has. */
  readonly operations: number;
  /** Changes per applied overlay. */
  readonly overlays: Readonly<Record<string, number>>;
}

const NAME = /^[A-Z][A-Za-z0-9]*$/;

/**
 * How the input is named in generated headers: the URL without query, or the file's path relative to
 * `cwd` with `/` (so the bytes do not depend on the machine or on how the path was typed).
 */
function sourceLabel(input: string, ref: string, label: string, cwd: string): string {
  return isUrl(input) ? label : relative(cwd, ref).split(sep).join("/");
}

let loaded: Registry | undefined;

/** The SDK's spec registry, read once per process; a broken install is a {@link CodegenError}, not a crash. */
function registry(): Registry {
  try {
    loaded ??= loadRegistry();
    return loaded;
  } catch {
    throw new CodegenError("input", `the SDK's spec registry (${ROOT}/specs/registry.json) cannot be read: reinstall commonground-sdk`);
  }
}

/**
 * Generates a typed client module for one spec.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { generate } from "commonground-sdk/codegen";
 * const { files } = await generate({ input: "specs/parkeren.yaml", name: "Parkeren" });
 * for (const [file, text] of Object.entries(files)) writeFileSync(`src/parkeren/${file}`, text);
 * ```
 * @throws {SpecLoadError} when the spec cannot be read, is not OpenAPI 3.x, or a `$ref` points nowhere.
 * @throws {CodegenError} (`code: "config"`) for a bad `name` or an unknown `as`.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  if (options.name !== undefined && !NAME.test(options.name)) {
    throw new CodegenError("config", `name "${options.name}": use PascalCase letters and digits, e.g. "Parkeren" (gives createParkerenClient)`);
  }
  options.onProgress?.("reading");
  const input = await readSpecInput(options.input, options);
  const api = recogniseSpec(input.doc, registry(), options.as);
  const sha = createHash("sha256").update(input.text).digest("hex").slice(0, 12);
  options.onProgress?.("bundling");
  const origin = isUrl(input.ref) ? new URL(input.ref).origin : undefined;
  const doc = await bundleSpec(input.ref, {
    text: input.text,
    parsed: input.doc,
    label: input.label,
    ...(origin ? { fetch: fetchWithHeaders(origin, options.headers ?? {}, options.fetch ?? fetch) } : {}),
  });
  options.onProgress?.("generating");
  const info = isObject(doc.info) ? doc.info : {};
  const title = typeof info.title === "string" ? info.title : "API";
  const version = typeof info.version === "string" ? info.version : "0";
  const name = options.name ?? api?.name ?? nameFromTitle(title);
  const factory = `create${name}Client`;
  const id = api?.id ?? name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
  const module = await generateModule({
    doc,
    spec: { id, variant: api?.variant ?? version, version },
    subject: { id: api?.id ?? "" },
    target: {
      label: `${title} ${version}`,
      source: `${sourceLabel(options.input, input.ref, input.label, options.cwd ?? process.cwd())} (sha256 ${sha}…)${api ? `, as ${api.id}` : ""}`,
      regenerate: "npx commonground generate",
      imports: { client: options.importFrom ?? "commonground-sdk", operationTable: options.importFrom ?? "commonground-sdk" },
      factory,
      client: `${name}Client`,
      importPath: `./${id}/index.js`,
    },
  });
  return { files: module.files, name, factory, title, version, api, operations: module.operations, overlays: module.overlays };
}
