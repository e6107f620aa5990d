import { type Json, isObject, schemasOf } from "../lib/openapi-doc.ts";
import type { Overlay } from "./types.ts";

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
      const mapping = schema.discriminator.mapping;
      if (!isObject(mapping)) continue;
      const own = `#/components/schemas/${name}`;
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
        discriminator: schema.discriminator,
      };
      if (typeof schema.description === "string") union.description = schema.description;
      schemas[name] = union;
      changed++;
    }
    return changed;
  },
};

function uniqueName(schemas: Json, wanted: string): string {
  let name = wanted;
  for (let i = 2; name in schemas; i++) name = `${wanted}${i}`;
  return name;
}
