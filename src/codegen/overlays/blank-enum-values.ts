import { type Json, isObject, schemasOf, walk } from "../openapi-doc.js";
import type { Overlay } from "./types.js";

/** API ids served by Django-based implementations (Open Zaak, Open Klant, Objects), which send `""`. */
const DJANGO_APIS = new Set([
  "zaken", "documenten", "catalogi", "besluiten", "autorisaties", "notificaties",
  "klantinteracties", "contactgegevens", "klanten", "contactmomenten", "verzoeken", "objecten", "objecttypen",
]);

const PREFIX = "#/components/schemas/";

/** A string enum that may take `""`: at least two string values and no blank yet. */
function widenable(schema: Json): boolean {
  const values = schema.enum;
  return Array.isArray(values) && values.length >= 2 && !values.includes("") && values.every((v) => typeof v === "string");
}

/** The component a property points at: `$ref` itself or a lone `allOf: [$ref]` (drf-spectacular's form). */
function referencedComponent(property: Json): string | undefined {
  const target = Array.isArray(property.allOf) && property.allOf.length === 1 ? property.allOf[0] : property;
  return isObject(target) && typeof target.$ref === "string" && target.$ref.startsWith(PREFIX) ? target.$ref.slice(PREFIX.length) : undefined;
}

/**
 * Adds `""` to string enums. Open Zaak and Open Klant return `""` for blank enum fields (ZAC had to
 * patch its specs for it; Open Klant's recorded responses show `"geslachtsaanduiding": ""`), so types
 * that forbid it lie about real responses. Both inline enums and enum components (drf-spectacular's
 * `…Enum` schemas) are widened; discriminator properties, and the enum components they use, keep
 * their exact values so that unions still narrow.
 */
export const blankEnumValues: Overlay = {
  name: "blank-enum-values",
  description: "String enums of ZGW, Klantinteracties and Objects schemas also accept the \"\" that real servers send.",
  appliesTo: (spec) => DJANGO_APIS.has(spec.id),
  apply(doc) {
    const schemas = schemasOf(doc);
    // Discriminator property names, and the enum components any property of that name uses.
    const discriminators = new Set<string>();
    walk(schemas, (schema) => {
      const name = isObject(schema.discriminator) ? schema.discriminator.propertyName : undefined;
      if (typeof name === "string") discriminators.add(name);
    });
    const kept = new Set<string>();
    walk(schemas, (schema) => {
      if (!isObject(schema.properties)) return;
      for (const name of discriminators) {
        const property = schema.properties[name];
        const component = isObject(property) ? referencedComponent(property) : undefined;
        if (component) kept.add(component);
      }
    });
    let changed = 0;
    for (const [name, schema] of Object.entries(schemas)) {
      if (kept.has(name) || !isObject(schema) || !widenable(schema)) continue;
      schema.enum = [...(schema.enum as string[]), ""];
      changed++;
    }
    walk(schemas, (schema) => {
      if (!isObject(schema.properties)) return;
      for (const [key, property] of Object.entries(schema.properties)) {
        if (discriminators.has(key) || !isObject(property)) continue;
        const target = isObject(property.items) && property.type === "array" ? property.items : property;
        if (!widenable(target)) continue;
        target.enum = [...(target.enum as string[]), ""];
        changed++;
      }
    });
    return changed;
  },
};
