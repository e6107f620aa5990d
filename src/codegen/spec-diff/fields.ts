/**
 * Flattens a schema into its fields (`zaakgeometrie.type`, `results[].url`), following `$ref`s with a
 * cycle guard and merging `allOf`/`oneOf`/`anyOf`. Each field carries what a client depends on: type,
 * nullability, whether its parent requires it, and its enum values.
 */
import { type Json, isObject } from "../openapi-doc.js";

/** Which way data flows: fields a client sends (readOnly left out) or reads (writeOnly left out). */
export type Direction = "request" | "response";

/** What a client depends on in one field. */
export interface FieldFacts {
  /** `string`, `integer`, `string(date-time)`, `object`, `array`, `string|integer`; `any` when unconstrained. */
  readonly type: string;
  readonly nullable: boolean;
  /** Listed in its parent's `required` (always true for the root). */
  readonly required: boolean;
  /** The allowed values (JSON-encoded), or undefined when any value of the type is allowed. */
  readonly enum: readonly string[] | undefined;
}

/** Deepest nesting followed; deeper fields (expanded resources inside expanded resources) are not compared. */
export const MAX_DEPTH = 6;

interface Merged {
  types: Set<string>;
  formats: Set<string>;
  nullable: boolean;
  enum: string[] | undefined;
  properties: Map<string, unknown[]>;
  required: Set<string>;
  items: unknown[];
  readOnly: boolean;
  writeOnly: boolean;
  refs: Set<string>;
}

/** Follows `$ref`s (local, after bundling); a ref that points nowhere resolves to an empty schema. */
function follow(doc: Json, value: unknown, refs: Set<string>): Json {
  let node = value;
  for (let hops = 0; isObject(node) && typeof node.$ref === "string" && hops < 32; hops++) {
    const ref = node.$ref;
    refs.add(ref);
    if (!ref.startsWith("#/")) return {};
    let target: unknown = doc;
    for (const raw of ref.slice(2).split("/")) {
      const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      target = isObject(target) ? target[key] : undefined;
    }
    node = target;
  }
  return isObject(node) ? node : {};
}

function merge(doc: Json, value: unknown, into: Merged, fromChoice: boolean, seen: Set<unknown>): void {
  const schema = follow(doc, value, into.refs);
  if (seen.has(schema)) return;
  seen.add(schema);
  const types = Array.isArray(schema.type) ? schema.type : typeof schema.type === "string" ? [schema.type] : [];
  for (const t of types) {
    if (t === "null") into.nullable = true;
    else into.types.add(String(t));
  }
  if (typeof schema.format === "string") into.formats.add(schema.format);
  if (schema.nullable === true) into.nullable = true;
  if (schema.readOnly === true) into.readOnly = true;
  if (schema.writeOnly === true) into.writeOnly = true;
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((v) => v !== null).map((v) => JSON.stringify(v));
    if (schema.enum.includes(null)) into.nullable = true;
    into.enum = into.enum ? into.enum.filter((v) => values.includes(v)) : values;
  }
  if (isObject(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) {
      const list = into.properties.get(name) ?? [];
      list.push(sub);
      into.properties.set(name, list);
    }
  }
  if (!fromChoice && Array.isArray(schema.required)) for (const name of schema.required) into.required.add(String(name));
  if (schema.items !== undefined) into.items.push(schema.items);
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) merge(doc, part, into, fromChoice, seen);
  for (const key of ["oneOf", "anyOf"] as const) {
    const choices = schema[key];
    if (Array.isArray(choices)) for (const part of choices) merge(doc, part, into, true, seen);
  }
}

function merged(doc: Json, schemas: readonly unknown[]): Merged {
  const into: Merged = {
    types: new Set(),
    formats: new Set(),
    nullable: false,
    enum: undefined,
    properties: new Map(),
    required: new Set(),
    items: [],
    readOnly: false,
    writeOnly: false,
    refs: new Set(),
  };
  const seen = new Set<unknown>();
  for (const schema of schemas) merge(doc, schema, into, false, seen);
  return into;
}

function typeOf(m: Merged): string {
  const types = new Set(m.types);
  if (types.size === 0 && m.properties.size > 0) types.add("object");
  if (types.size === 0 && m.items.length > 0) types.add("array");
  if (types.size === 0) return "any";
  const base = [...types].sort().join("|");
  return m.formats.size > 0 ? `${base}(${[...m.formats].sort().join("|")})` : base;
}

/**
 * The fields of a schema by path (`""` is the schema itself), as seen in one direction. A `$ref` met
 * again below itself (a recursive schema) is listed but not entered again.
 */
export function flattenSchema(doc: Json, schema: unknown, direction: Direction): Map<string, FieldFacts> {
  const fields = new Map<string, FieldFacts>();
  const visit = (schemas: readonly unknown[], path: string, required: boolean, stack: ReadonlySet<string>, depth: number): void => {
    const m = merged(doc, schemas);
    fields.set(path, { type: typeOf(m), nullable: m.nullable, required, enum: m.enum });
    const recursive = [...m.refs].some((ref) => stack.has(ref));
    if (recursive || depth >= MAX_DEPTH) return;
    const below = new Set([...stack, ...m.refs]);
    for (const [name, subs] of [...m.properties].sort(([a], [b]) => a.localeCompare(b))) {
      const sub = merged(doc, subs);
      if ((direction === "request" && sub.readOnly) || (direction === "response" && sub.writeOnly)) continue;
      visit(subs, path === "" ? name : `${path}.${name}`, m.required.has(name), below, depth + 1);
    }
    if (m.items.length > 0) visit(m.items, `${path}[]`, true, below, depth + 1);
  };
  visit([schema], "", true, new Set(), 0);
  return fields;
}
