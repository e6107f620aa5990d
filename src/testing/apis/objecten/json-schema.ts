/**
 * A small JSON Schema (draft 4–7) checker for `record.data`, giving the first error in the words of
 * Python's `jsonschema` (what the Objects API puts in `non_field_errors`): `'diameter' is a required
 * property`, `'x' is not of type 'integer'`, `'x' is not one of ['a', 'b']`. Covers type, required,
 * properties, additionalProperties, items, enum, const, min/max(Length|imum|Items), pattern, allOf/anyOf/oneOf.
 */

type Schema = Readonly<Record<string, unknown>>;

/** Python's repr of a JSON value, as jsonschema messages show it. */
function repr(value: unknown): string {
  if (typeof value === "string") return `'${value}'`;
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (Array.isArray(value)) return `[${value.map(repr).join(", ")}]`;
  if (typeof value === "object") return `{${Object.entries(value).map(([k, v]) => `'${k}': ${repr(v)}`).join(", ")}}`;
  return String(value);
}

function isType(value: unknown, type: string): boolean {
  switch (type) {
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    default:
      return true;
  }
}

const equal = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The first validation error of `value` against `schema`, or undefined. */
export function firstSchemaError(value: unknown, schema: unknown, root: unknown = schema, depth = 0): string | undefined {
  if (typeof schema !== "object" || schema === null || depth > 50) return undefined;
  let s = schema as Schema;
  if (typeof s.$ref === "string" && s.$ref.startsWith("#/")) {
    const target = s.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Schema)[key] : undefined), root);
    s = (target ?? {}) as Schema;
  }
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? (s.type as string[]) : [String(s.type)];
  if (types.length > 0 && !types.some((t) => isType(value, t))) return `${repr(value)} is not of type ${types.map((t) => `'${t}'`).join(", ")}`;
  if (Array.isArray(s.enum) && !s.enum.some((e) => equal(e, value))) return `${repr(value)} is not one of ${repr(s.enum)}`;
  if ("const" in s && !equal(s.const, value)) return `${repr(s.const)} was expected`;
  if (typeof value === "string") {
    if (typeof s.minLength === "number" && value.length < s.minLength) return `${repr(value)} is too short`;
    if (typeof s.maxLength === "number" && value.length > s.maxLength) return `${repr(value)} is too long`;
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value)) return `${repr(value)} does not match ${repr(s.pattern)}`;
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) return `${repr(value)} is less than the minimum of ${s.minimum}`;
    if (typeof s.maximum === "number" && value > s.maximum) return `${repr(value)} is greater than the maximum of ${s.maximum}`;
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) return `${repr(value)} is too short`;
    if (typeof s.maxItems === "number" && value.length > s.maxItems) return `${repr(value)} is too long`;
    if (typeof s.items === "object" && s.items !== null && !Array.isArray(s.items)) {
      for (const item of value) {
        const error = firstSchemaError(item, s.items, root, depth + 1);
        if (error) return error;
      }
    }
  }
  if (isType(value, "object")) {
    const object = value as Record<string, unknown>;
    for (const name of Array.isArray(s.required) ? (s.required as string[]) : []) if (!(name in object)) return `'${name}' is a required property`;
    const properties = (s.properties ?? {}) as Record<string, unknown>;
    for (const [name, prop] of Object.entries(properties)) {
      if (!(name in object)) continue;
      const error = firstSchemaError(object[name], prop, root, depth + 1);
      if (error) return error;
    }
    if (s.additionalProperties === false) {
      const extra = Object.keys(object).filter((k) => !(k in properties));
      if (extra.length > 0) return `Additional properties are not allowed (${extra.map(repr).join(", ")} ${extra.length === 1 ? "was" : "were"} unexpected)`;
    }
  }
  for (const part of (s.allOf ?? []) as unknown[]) {
    const error = firstSchemaError(value, part, root, depth + 1);
    if (error) return error;
  }
  if (Array.isArray(s.anyOf) && !s.anyOf.some((part) => firstSchemaError(value, part, root, depth + 1) === undefined)) return `${repr(value)} is not valid under any of the given schemas`;
  if (Array.isArray(s.oneOf)) {
    const valid = s.oneOf.filter((part) => firstSchemaError(value, part, root, depth + 1) === undefined).length;
    if (valid === 0) return `${repr(value)} is not valid under any of the given schemas`;
    if (valid > 1) return `${repr(value)} is valid under each of the given schemas`;
  }
  return undefined;
}
