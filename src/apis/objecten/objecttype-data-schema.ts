// Classic zod, for `fromJSONSchema` (zod/mini has none): only bundles that use objectsOfType carry it.
// A static import on purpose: bundlers tree-shake it reliably, while an `import()` in code an app
// does not use still becomes a chunk in some bundlers (esbuild) and changes how shared modules load.
import { type ZodType, fromJSONSchema } from "zod";
import { ConfigError } from "../../errors/config-error.js";
import { DataValidationError } from "../../errors/data-validation-error.js";
import type { ValidationIssue } from "../../errors/validation-error.js";
import { redactUrl } from "../../errors/redact.js";
import type { Needs } from "../client-with.js";

/** What reads an objecttype version: an Objecttypes API client, or an Objects API 4 client (same path). */
export type ObjecttypeVersionReader = Needs<"GET", "/objecttypes/{objecttype_uuid}/versions/{version}">;

/** The two validators of one objecttype version: whole data (create/update) and partial data (patch). */
export interface DataValidators {
  readonly full: ZodType;
  readonly partial: ZodType;
}

/** Keywords whose value is one subschema. */
const ONE = ["additionalProperties", "additionalItems", "items", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties"];
/** Keywords whose value is a list of subschemas. */
const LIST = ["allOf", "anyOf", "oneOf", "items", "prefixItems"];
/** Keywords whose value maps names to subschemas. */
const MAP = ["properties", "patternProperties", "definitions", "$defs", "dependentSchemas"];

/** Keywords that only constrain one JSON type, to infer a `type` the schema left out. */
const TYPED: readonly (readonly [string, readonly string[]])[] = [
  ["object", ["properties", "required", "additionalProperties", "patternProperties", "minProperties", "maxProperties", "propertyNames"]],
  ["array", ["items", "minItems", "maxItems", "uniqueItems", "contains", "additionalItems", "prefixItems"]],
  ["string", ["pattern", "minLength", "maxLength", "format"]],
];

/**
 * Copies a JSON schema for zod: `default` is dropped everywhere, since in JSON Schema it is an
 * annotation and zod would otherwise fill in a missing required property with it (the server's
 * validator would reject that data). A (sub)schema without `type` but with keywords of one type
 * (`properties`, `items`, `pattern`, …) gets that type: zod ignores those keywords without one,
 * and the example objecttypes (melding, vordering) leave it out. With `partial`, `required` is
 * dropped too, for PATCH data that the server merges into the record.
 */
export function prepareSchema(schema: unknown, partial: boolean): unknown {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  const out: Record<string, unknown> = {};
  const has = (key: string) => key in schema;
  if (!has("type") && !has("$ref") && !has("enum") && !has("const")) {
    const types = TYPED.filter(([, keywords]) => keywords.some(has)).map(([type]) => type);
    if (types.length === 1) out.type = types[0];
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === "default" || (partial && key === "required" && Array.isArray(value))) continue;
    if (LIST.includes(key) && Array.isArray(value)) out[key] = value.map((v) => prepareSchema(v, partial));
    else if (ONE.includes(key)) out[key] = prepareSchema(value, partial);
    else if (MAP.includes(key) && typeof value === "object" && value !== null) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, v]) => [name, prepareSchema(v, partial)]));
    } else out[key] = value;
  }
  return out;
}

/** The draft the schema's `$ref`s are read by: zod knows `$schema` only in its exact spelling (with `#`). */
function draftOf(schema: unknown): "draft-7" | "draft-4" | undefined {
  const declared = (schema as { $schema?: unknown } | null)?.$schema;
  const text = typeof declared === "string" ? declared : "";
  if (/draft-04/.test(text)) return "draft-4";
  if (/draft-0[67]/.test(text) || (text === "" && typeof schema === "object" && schema !== null && "definitions" in schema)) return "draft-7";
  return undefined;
}

/**
 * Fetches the JSON schema of `type` version `version` and turns it into zod validators.
 *
 * @throws {ConfigError} when `type` is not an objecttype URL of the reader's API, or its schema cannot be used.
 */
export async function loadDataValidators(reader: ObjecttypeVersionReader & { readonly baseUrl: string }, type: string, version: number, signal?: AbortSignal): Promise<DataValidators> {
  const prefix = `${reader.baseUrl}/objecttypes/`;
  const uuid = type.startsWith(prefix) ? type.slice(prefix.length).replace(/\/$/, "") : "";
  if (!/^[0-9a-f-]{36}$/i.test(uuid)) {
    throw new ConfigError("objectsOfType", [{ path: "type", message: `${redactUrl(type)} is not an objecttype of ${redactUrl(reader.baseUrl)}: pass the objecttypen client of the API the objecttype lives in` }]);
  }
  const { data } = await reader.GET("/objecttypes/{objecttype_uuid}/versions/{version}", {
    params: { path: { objecttype_uuid: uuid, version } },
    throwOnError: true,
    signal,
  });
  const jsonSchema = (data as { jsonSchema?: unknown } | undefined)?.jsonSchema;
  try {
    const draft = draftOf(jsonSchema);
    const params = draft ? { defaultTarget: draft } : {};
    return {
      full: fromJSONSchema(prepareSchema(jsonSchema, false) as Parameters<typeof fromJSONSchema>[0], params),
      partial: fromJSONSchema(prepareSchema(jsonSchema, true) as Parameters<typeof fromJSONSchema>[0], params),
    };
  } catch (error) {
    throw new ConfigError("objectsOfType", [
      { path: "objecttypen", message: `the JSON schema of objecttype version ${version} cannot be used for validation (${error instanceof Error ? error.message : String(error)}): leave objecttypen out to skip validation` },
    ]);
  }
}

/**
 * Validates `data` and throws a {@link DataValidationError} (a `ValidationError`) whose issues carry
 * the validator's messages with the data path (`["data", "beleidsstatus"]`), and whose
 * `invalidParams` name the field `data.beleidsstatus`.
 */
export function checkData(validator: ZodType, data: unknown, operation: string, version: number): void {
  const result = validator.safeParse(data);
  if (result.success) return;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({ path: ["data", ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))], code: issue.code, message: issue.message }));
  const lines = issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new DataValidationError(`objectsOfType.${operation}: record.data does not fit objecttype version ${version}: ${lines}`, issues);
}
