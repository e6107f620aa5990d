/** Small helpers to read the BRP spec's schemas: `$ref`s, `allOf` merged, `oneOf`/discriminator members unioned. */
import type { SchemaObject } from "../../engine/mock-facts.js";

type Schemas = Readonly<Record<string, SchemaObject>>;

/** The schema behind a `$ref` (or the schema itself). */
export function deref(schemas: Schemas, schema: unknown): SchemaObject {
  let current = (schema ?? {}) as SchemaObject;
  for (let i = 0; i < 20 && typeof current.$ref === "string"; i++) current = schemas[current.$ref.replace("#/components/schemas/", "")] ?? {};
  return current;
}

/** Properties and required names of a schema: `allOf` merged; `oneOf`/`anyOf` members unioned. */
export function shapeOf(schemas: Schemas, schema: unknown, depth = 0): { properties: Record<string, SchemaObject>; required: Set<string>; items?: SchemaObject } {
  const s = deref(schemas, schema);
  const properties: Record<string, SchemaObject> = { ...((s.properties ?? {}) as Record<string, SchemaObject>) };
  const required = new Set<string>(Array.isArray(s.required) ? (s.required as string[]) : []);
  const out: { properties: Record<string, SchemaObject>; required: Set<string>; items?: SchemaObject } = { properties, required };
  if (s.items) out.items = s.items as SchemaObject;
  if (depth > 12) return out;
  for (const key of ["allOf", "oneOf", "anyOf"] as const) {
    for (const part of (s[key] ?? []) as SchemaObject[]) {
      const inner = shapeOf(schemas, part, depth + 1);
      for (const [name, prop] of Object.entries(inner.properties)) properties[name] ??= prop;
      if (key === "allOf") for (const r of inner.required) required.add(r);
    }
  }
  return out;
}

/** Whether a dotted field path names a property of the schema in any of its alternatives (arrays walked through their items). */
export function pathExists(schemas: Schemas, schema: unknown, path: string): boolean {
  return exists(schemas, schema, path.split("."), 0);
}

function exists(schemas: Schemas, schema: unknown, segments: readonly string[], depth: number): boolean {
  if (segments.length === 0) return true;
  if (depth > 40) return false;
  const s = deref(schemas, schema);
  if (s.items) return exists(schemas, s.items, segments, depth + 1);
  const [head = "", ...rest] = segments;
  const own = (s.properties ?? {}) as Record<string, SchemaObject>;
  if (Object.hasOwn(own, head) && exists(schemas, own[head], rest, depth + 1)) return true;
  return (["allOf", "oneOf", "anyOf"] as const).some((key) => ((s[key] ?? []) as SchemaObject[]).some((part) => exists(schemas, part, segments, depth + 1)));
}
