import { type Json, isObject, schemasOf, walk } from "../openapi-doc.js";
import type { Overlay } from "./types.js";

/**
 * Turns a base schema that carries a `discriminator` (with subtypes that extend it through `allOf`)
 * into a real `oneOf` union of those subtypes. Upstream, every use of the base (BRP `PersonenQuery`,
 * ZGW `Rol`, `ZaakObject`, …) stays the loose base type, so nothing narrows on `type` or
 * `betrokkeneType`. The base keeps its fields under `<Name>Base`.
 */
export const discriminatedUnions: Overlay = {
  name: "discriminated-unions",
  description: "A discriminator on a base schema whose subtypes extend it with allOf becomes a oneOf union of the subtypes.",
  appliesTo: () => true,
  apply(doc) {
    const schemas = schemasOf(doc);
    let changed = 0;
    for (const [name, schema] of Object.entries(schemas)) {
      if (!isObject(schema) || schema.oneOf || schema.anyOf || !isObject(schema.discriminator)) continue;
      const own = `#/components/schemas/${name}`;
      const mapping = isObject(schema.discriminator.mapping) ? schema.discriminator.mapping : implicitMapping(schemas, own);
      const targets = Object.values(mapping).filter((t): t is string => typeof t === "string");
      const extendsBase = (target: string): boolean => {
        const sub = schemas[target.replace("#/components/schemas/", "")];
        return isObject(sub) && Array.isArray(sub.allOf) && sub.allOf.some((p) => isObject(p) && p.$ref === own);
      };
      if (targets.length === 0 || !targets.every(extendsBase)) continue;
      const baseName = uniqueName(schemas, `${name}Base`);
      const baseRef = `#/components/schemas/${baseName}`;
      schemas[baseName] = schema;
      for (const target of new Set(targets)) {
        const sub = schemas[target.replace("#/components/schemas/", "")] as Json;
        sub.allOf = (sub.allOf as unknown[]).map((p) => (isObject(p) && p.$ref === own ? { $ref: baseRef } : p));
      }
      const union: Json = {
        oneOf: [...new Set(targets)].map(($ref) => ({ $ref })),
        discriminator: { ...schema.discriminator, mapping },
      };
      if (typeof schema.description === "string") union.description = schema.description;
      schemas[name] = union;
      changed++;
    }
    return changed + keepUnionsInExtensions(schemas);
  },
};

/**
 * A schema that extends a discriminated union without being one of its members (Open Klant's
 * `ExpandPartij = allOf[Partij, {_expand}]`) would otherwise be read as a new member: generated as
 * `Omit<Partij, "soortPartij"> & { soortPartij: "ExpandPartij" }`, which loses the real values. The
 * reference is replaced by the bare union (no discriminator), so it stays `(M1 | M2 | M3) & {…}`.
 */
function keepUnionsInExtensions(schemas: Json): number {
  let changed = 0;
  const components = new Map(Object.entries(schemas).map(([name, schema]) => [schema, name]));
  walk(schemas, (schema) => {
    if (!Array.isArray(schema.allOf)) return;
    const name = components.get(schema) ?? "";
    schema.allOf = schema.allOf.map((part) => {
      const ref = isObject(part) && typeof part.$ref === "string" ? part.$ref : undefined;
      const target = ref?.startsWith(PREFIX) ? schemas[ref.slice(PREFIX.length)] : undefined;
      if (!isObject(target) || !Array.isArray(target.oneOf) || !isObject(target.discriminator)) return part;
      const mapping = isObject(target.discriminator.mapping) ? Object.values(target.discriminator.mapping) : [];
      const members = target.oneOf.map((m) => (isObject(m) ? m.$ref : undefined));
      if (mapping.includes(`${PREFIX}${name}`) || members.includes(`${PREFIX}${name}`)) return part;
      changed++;
      return { oneOf: target.oneOf };
    });
  });
  return changed;
}

/**
 * Without an explicit mapping, OpenAPI maps each discriminator value to the schema of that name:
 * the members are the schemas that extend the base through `allOf` (Autorisaties `zrc`, `drc`, …;
 * Klanten `natuurlijk_persoon`, `vestiging`, …).
 */
function implicitMapping(schemas: Json, own: string): Json {
  const mapping: Json = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (isObject(schema) && Array.isArray(schema.allOf) && schema.allOf.some((p) => isObject(p) && p.$ref === own)) {
      mapping[name] = `${PREFIX}${name}`;
    }
  }
  return mapping;
}

const PREFIX = "#/components/schemas/";

function uniqueName(schemas: Json, wanted: string): string {
  let name = wanted;
  for (let i = 2; name in schemas; i++) name = `${wanted}${i}`;
  return name;
}
