/**
 * The one generator: bundle, overlays, operation table, types, entry. The repository's
 * `scripts/generate.ts` (every registered spec) and `commonground generate` / `generate()` (a
 * vendor's spec) both run {@link generateModule}.
 */
import type { OpenAPI3, OpenAPITSOptions } from "openapi-typescript";
import { CodegenError } from "./codegen-error.js";
import type { OperationTable } from "../core/operation-table.js";
import { bundleSpec } from "./bundle-spec.js";
import { useTypeScript } from "./overlays/binary-as-blob.js";
import { OVERLAYS } from "./overlays/index.js";
import type { Overlay, OverlaySubject } from "./overlays/types.js";
import { type Json, deref, isObject } from "./openapi-doc.js";
import { eachOperation, operationFacts } from "./operation-facts.js";
import type { ApiEntry, SpecEntry } from "./registry.js";
import { type VersionSurface, surfaceOf } from "./version-surface.js";
import { type ModuleTarget, renderEntry, renderMockFacts, renderOperations, renderTypes, repositoryTarget } from "./render.js";

export { bundleSpec } from "./bundle-spec.js";

/** The files written for one spec, relative to `src/generated/<id>/<variant>/`. */
export interface GeneratedSpec {
  readonly files: Record<string, string>;
  /** Its operations and their query parameters, for the API's `versions.ts` (the `apiVersion` guard). */
  readonly surface: VersionSurface;
  readonly overlays: Record<string, number>;
  readonly operations: number;
}

/** Applies the overlays that fit the spec; returns the changes per overlay and the generator options. */
export function applyOverlays(
  doc: Json,
  spec: OverlaySubject,
  overlays: readonly Overlay[] = OVERLAYS,
): { counts: Record<string, number>; options: Partial<OpenAPITSOptions> } {
  const counts: Record<string, number> = {};
  let options: Partial<OpenAPITSOptions> = {};
  for (const overlay of overlays) {
    if (!overlay.appliesTo(spec)) continue;
    counts[overlay.name] = overlay.apply ? overlay.apply(doc) : 0;
    options = { ...options, ...overlay.generatorOptions };
  }
  return { counts, options };
}

/** The tools that turn a document into types, loaded when types are generated (`specs` needs neither). */
async function typeTools(): Promise<typeof import("openapi-typescript")> {
  try {
    const [tools, compiler] = await Promise.all([import("openapi-typescript"), import("typescript")]);
    useTypeScript(compiler.default);
    return tools;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
    throw new CodegenError("config", "generating types needs openapi-typescript and typescript: npm install --save-dev openapi-typescript@7 typescript@5");
  }
}

/** Runs openapi-typescript on a (bundled, overlaid) document. */
export async function typesFor(doc: Json, options: Partial<OpenAPITSOptions>): Promise<string> {
  const { default: openapiTS, astToString } = await typeTools();
  const ast = await openapiTS(doc as unknown as OpenAPI3, { silent: true, ...options });
  return astToString(ast);
}

/** What {@link generateModule} generates from, and for whom. */
export interface ModuleInput {
  /** The bundled document (every `$ref` local); changed in place by the overlays. */
  readonly doc: Json;
  /** Which API and version it is, as the operation table names it. */
  readonly spec: Pick<SpecEntry, "id" | "variant" | "version">;
  /** Whose API-specific overlays apply (`{ id: "" }`: only the generic ones). @default spec */
  readonly subject?: OverlaySubject | undefined;
  readonly target: ModuleTarget;
  readonly overlays?: readonly Overlay[] | undefined;
  /** Called after the operation table is read and before the late overlays change the document. */
  readonly beforeLateOverlays?: ((doc: Json, table: OperationTable) => void) | undefined;
  /** Statements added to the entry after its type exports. */
  readonly entryLines?: ((table: OperationTable) => readonly string[]) | undefined;
}

/** One generated module: `types.ts`, `operations.ts` and `index.ts`, with what went into them. */
export interface GeneratedModule {
  readonly files: Record<string, string>;
  readonly table: OperationTable;
  /** Changes per applied overlay. */
  readonly overlays: Record<string, number>;
  /** How many operations the module has. */
  readonly operations: number;
}

/** Generates one module from a bundled document: overlays, operation table, types and entry. */
export async function generateModule(input: ModuleInput): Promise<GeneratedModule> {
  const { doc, spec, target } = input;
  const overlays = input.overlays ?? OVERLAYS;
  const subject = input.subject ?? spec;
  const early = applyOverlays(doc, subject, overlays.filter((o) => o.stage === "paths"));
  const table = operationFacts(doc, spec);
  input.beforeLateOverlays?.(doc, table);
  const late = applyOverlays(doc, subject, overlays.filter((o) => o.stage !== "paths"));
  const counts = { ...early.counts, ...late.counts };
  const types = await typesFor(doc, { ...early.options, ...late.options });
  return {
    files: {
      "types.ts": renderTypes(target, types, Object.keys(counts)),
      "operations.ts": renderOperations(target, table),
      "index.ts": renderEntry(target, doc, input.entryLines?.(table) ?? []),
    },
    table,
    overlays: counts,
    operations: Object.values(table.operations).reduce((n, ops) => n + Object.keys(ops).length, 0),
  };
}

/** Options of {@link generateSpec}. */
export interface GenerateSpecOptions {
  readonly overlays?: readonly Overlay[] | undefined;
  /** Statements added to the entry after its type exports (the repository re-exports workflows). */
  readonly entryLines?: ((table: OperationTable) => readonly string[]) | undefined;
}

/** Generates every file of one registered spec from its place in the source tree. */
export async function generateSpec(api: ApiEntry, spec: SpecEntry, file: string, options: GenerateSpecOptions = {}): Promise<GeneratedSpec> {
  const target = repositoryTarget(api, spec);
  const doc = await bundleSpec(file);
  let mockOperations: MockOperations | undefined;
  let surface: VersionSurface = {};
  const module = await generateModule({
    doc,
    spec,
    target,
    overlays: options.overlays,
    entryLines: options.entryLines,
    // Read before the late overlays: they relax the required headers the mock must enforce.
    // The surface as the client sends it: after the paths overlays (server base paths stripped).
    beforeLateOverlays: (bundled) => {
      surface = surfaceOf(bundled);
      if (api.default === spec.variant && api.kind === "client") mockOperations = mockOperationFacts(bundled);
    },
  });
  // The schemas as the overlays left them, the operations as they were before the late ones.
  const mockFacts = mockOperations && renderMockFacts(target, mockFactsOf(doc, spec, module.table.version, mockOperations));
  const { "index.ts": entry, ...rest } = module.files;
  return {
    files: { ...rest, ...(mockFacts ? { "mock-facts.ts": mockFacts } : {}), "index.ts": entry as string },
    surface,
    overlays: module.overlays,
    operations: module.operations,
  };
}

type MockOperations = Record<string, Record<string, Json>>;

/** Scope alternatives of an operation: `["(zaken.aanmaken | zaken.bijwerken)"]` → `["zaken.aanmaken", "zaken.bijwerken"]`. */
function scopesOf(security: unknown): string[] | undefined {
  if (!Array.isArray(security)) return undefined;
  const scopes = security.flatMap((requirement) => (isObject(requirement) ? Object.values(requirement).flat() : []));
  const names = scopes.flatMap((s) => String(s).replace(/[()]/g, "").split("|")).map((s) => s.replace(/\s+/g, ""));
  return names.filter(Boolean);
}

/**
 * Per path and method, what the landscape mock (`src/testing`) needs and the operation table lacks:
 * request body schema, known query parameters, required headers, success status, paging, scopes.
 */
export function mockOperationFacts(doc: Json): MockOperations {
  const operations: MockOperations = {};
  for (const { path, method, op, params } of eachOperation(doc)) {
    const facts: Json = {};
    const query = [...new Set(params.filter((p) => p.in === "query").map((p) => String(p.name)))];
    if (query.length > 0) facts.query = query;
    const headers = params.filter((p) => p.in === "header" && p.required === true).map((p) => String(p.name));
    if (headers.length > 0) facts.headers = headers;
    const body = deref(doc, op.requestBody);
    if (isObject(body) && isObject(body.content)) {
      const [mediaType, media] = Object.entries(body.content)[0] ?? [];
      if (mediaType && isObject(media)) facts.body = { mediaType, schema: media.schema ?? {}, ...(body.required === true ? { required: true } : {}) };
    }
    const responses = isObject(op.responses) ? op.responses : {};
    const success = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
    facts.status = success ? Number(success) : 200;
    const response = success ? deref(doc, responses[success]) : undefined;
    const media = isObject(response) && isObject(response.content) ? Object.values(response.content)[0] : undefined;
    if (isObject(media) && media.schema !== undefined) facts.response = media.schema;
    if (query.includes("page")) facts.paged = true;
    if (query.includes("pageSize")) facts.pageSize = true;
    const scopes = scopesOf(op.security ?? doc.security);
    if (scopes && scopes.length > 0) facts.scopes = scopes;
    operations[path] = { ...operations[path], [method]: facts };
  }
  return operations;
}

const DOC_KEYS = new Set(["description", "title", "example", "examples", "externalDocs", "deprecated", "x-nl-api-versie"]);

/** A copy of a schema without documentation keys (names of `properties` are kept, whatever they are). */
function compactSchema(node: unknown, isMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => compactSchema(n));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (!isMap && DOC_KEYS.has(key)) continue;
    out[key] = compactSchema(value, !isMap && (key === "properties" || key === "mapping"));
  }
  return out;
}

/** The mock facts of one (default-version) spec: its component schemas after the overlays, plus the operations. */
export function mockFactsOf(doc: Json, spec: Pick<SpecEntry, "id" | "variant">, version: string, operations: MockOperations): Json {
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isObject) : [];
  const server = typeof servers[0]?.url === "string" ? servers[0].url : "";
  const components = isObject(doc.components) ? doc.components : {};
  return {
    id: spec.id,
    version,
    variant: spec.variant,
    server,
    schemas: compactSchema(isObject(components.schemas) ? components.schemas : {}, true),
    operations: compactSchema(operations),
  };
}
