import { isObject, schemasOf, walk } from "../lib/openapi-doc.ts";
import type { Overlay } from "./types.ts";

/** API ids served by Django-based implementations (Open Zaak, Open Klant, Objects), which send `""`. */
const DJANGO_APIS = new Set([
  "zaken", "documenten", "catalogi", "besluiten", "autorisaties", "notificaties",
  "klantinteracties", "contactgegevens", "klanten", "contactmomenten", "verzoeken", "objecten", "objecttypen",
]);

/**
 * Adds `""` to string enums of schema properties. Open Zaak and Open Klant return `""` for blank
 * enum fields (ZAC had to patch its specs for it; Open Klant's recorded responses show
 * `"geslachtsaanduiding": ""`), so types that forbid it lie about real responses.
 * Discriminator properties keep their exact values so that unions still narrow.
 */
export const blankEnumValues: Overlay = {
  name: "blank-enum-values",
  description: "String enums of ZGW, Klantinteracties and Objects schemas also accept the \"\" that real servers send.",
  appliesTo: (spec) => DJANGO_APIS.has(spec.id),
  apply(doc) {
    let changed = 0;
    walk(schemasOf(doc), (schema) => {
      if (!isObject(schema.properties)) return;
      const discriminator = isObject(schema.discriminator) ? schema.discriminator.propertyName : undefined;
      for (const [key, property] of Object.entries(schema.properties)) {
        if (key === discriminator || !isObject(property)) continue;
        const target = isObject(property.items) && property.type === "array" ? property.items : property;
        const values = target.enum;
        if (!Array.isArray(values) || values.length < 2 || values.includes("")) continue;
        if (!values.every((v) => typeof v === "string")) continue;
        target.enum = [...values, ""];
        changed++;
      }
    });
    return changed;
  },
};
