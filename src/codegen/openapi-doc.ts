/** Minimal helpers for walking a bundled OpenAPI document (plain JSON values). */

/** A JSON object as parsed from YAML. */
export type Json = Record<string, unknown>;

/** True for a plain object. */
export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The HTTP methods an OpenAPI path item may hold. */
export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Follows a local `#/…` reference (repeatedly) inside the document. */
export function deref(doc: Json, value: unknown, depth = 0): unknown {
  if (!isObject(value) || typeof value.$ref !== "string" || depth > 32) return value;
  const ref = value.$ref;
  if (!ref.startsWith("#/")) return value;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObject(node) ? node[key] : undefined;
  }
  return deref(doc, node, depth + 1);
}

/** The component schemas of a document (created empty when missing). */
export function schemasOf(doc: Json): Json {
  if (!isObject(doc.components)) doc.components = {};
  const components = doc.components as Json;
  if (!isObject(components.schemas)) components.schemas = {};
  return components.schemas as Json;
}

/** Merges the properties of a schema and its `allOf` members (one level of refs resolved each time). */
export function propertiesOf(doc: Json, schema: unknown, seen = new Set<unknown>()): Json {
  const resolved = deref(doc, schema);
  if (!isObject(resolved) || seen.has(resolved)) return {};
  seen.add(resolved);
  const merged: Json = {};
  if (Array.isArray(resolved.allOf)) {
    for (const part of resolved.allOf) Object.assign(merged, propertiesOf(doc, part, seen));
  }
  if (isObject(resolved.properties)) Object.assign(merged, resolved.properties);
  return merged;
}

/** Calls `visit` on every object in the tree (depth first), with the key path. */
export function walk(node: unknown, visit: (value: Json, path: readonly string[]) => void, path: string[] = []): void {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) walk(item, visit, [...path, String(i)]);
  } else if (isObject(node)) {
    visit(node, path);
    for (const [key, child] of Object.entries(node)) walk(child, visit, [...path, key]);
  }
}
