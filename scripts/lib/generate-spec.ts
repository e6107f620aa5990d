/** Generates the modules of one spec: bundle, overlays, operation table, types, entry. */
import { bundle, createConfig } from "@redocly/openapi-core";
import openapiTS, { astToString, type OpenAPI3, type OpenAPITSOptions } from "openapi-typescript";
import { OVERLAYS } from "../overlays/index.ts";
import type { Overlay } from "../overlays/types.ts";
import { type Json, METHODS, deref, isObject } from "./openapi-doc.ts";
import { operationFacts, parametersOf } from "./operation-facts.ts";
import { type ApiEntry, type SpecEntry, hasWorkflows } from "./registry.ts";
import { renderEntry, renderMockFacts, renderOperations, renderTypes } from "./render.ts";
import { workflowExportLines } from "./workflow-exports.ts";

/** The files written for one spec, relative to `src/generated/<id>/<variant>/`. */
export interface GeneratedSpec {
  readonly files: Record<string, string>;
  readonly overlays: Record<string, number>;
  readonly operations: number;
}

let configPromise: ReturnType<typeof createConfig> | undefined;

/** Bundles the spec at `file` (external refs resolved from the source tree) into one document. */
export async function bundleSpec(file: string): Promise<Json> {
  configPromise ??= createConfig({ extends: ["minimal"] });
  const result = await bundle({ ref: file, config: await configPromise, dereference: false });
  const missing = result.problems.filter((p) => p.message.includes("Can't resolve"));
  if (missing.length > 0) {
    const where = (p: (typeof missing)[number]): string => {
      const at = p.location[0];
      return at ? ` at ${at.source.absoluteRef}#${at.pointer}` : "";
    };
    throw new Error(missing.map((p) => `${p.message}${where(p)}`).join("; "));
  }
  return result.bundle.parsed as Json;
}

/** Applies the overlays that fit the spec; returns the changes per overlay and the generator options. */
export function applyOverlays(
  doc: Json,
  spec: SpecEntry,
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

/** Runs openapi-typescript on a (bundled, overlaid) document. */
export async function typesFor(doc: Json, options: Partial<OpenAPITSOptions>): Promise<string> {
  const ast = await openapiTS(doc as unknown as OpenAPI3, { silent: true, ...options });
  return astToString(ast);
}

/** Generates every file of one spec from its place in the source tree. */
export async function generateSpec(
  api: ApiEntry,
  spec: SpecEntry,
  file: string,
  overlays: readonly Overlay[] = OVERLAYS,
): Promise<GeneratedSpec> {
  const doc = await bundleSpec(file);
  const early = applyOverlays(doc, spec, overlays.filter((o) => o.stage === "paths"));
  const table = operationFacts(doc, spec);
  // Read before the late overlays: they relax the required headers the mock must enforce.
  const mockOperations = api.default === spec.variant && api.kind === "client" ? mockOperationFacts(doc) : undefined;
  const late = applyOverlays(doc, spec, overlays.filter((o) => o.stage !== "paths"));
  const counts = { ...early.counts, ...late.counts };
  const options = { ...early.options, ...late.options };
  const types = await typesFor(doc, options);
  const applied = Object.keys(counts);
  return {
    files: {
      "types.ts": renderTypes(spec, types, applied),
      "operations.ts": renderOperations(spec, table),
      ...(mockOperations ? { "mock-facts.ts": renderMockFacts(spec, mockFactsOf(doc, spec, table.version, mockOperations)) } : {}),
      "index.ts": renderEntry(api, spec, doc, hasWorkflows(api.id) ? { workflows: workflowExportLines(api.id, table) } : {}),
    },
    overlays: counts,
    operations: Object.values(table.operations).reduce((n, ops) => n + Object.keys(ops).length, 0),
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
  for (const [path, rawItem] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const item = deref(doc, rawItem);
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const params = parametersOf(doc, item, op);
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
export function mockFactsOf(doc: Json, spec: SpecEntry, version: string, operations: MockOperations): Json {
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
