/**
 * The handler's zod schema against the real specs, so it cannot drift: the webhook receiver spec's
 * `Notificatie` and the Notificaties API's `Message` (what the NRC forwards).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import * as z from "zod/mini";
import { notificatieSchema } from "../../../src/apis/notificaties/index.js";

type JsonSchema = { required?: string[]; properties: Record<string, { type?: string; format?: string; minLength?: number; maxLength?: number; additionalProperties?: JsonSchema & { type?: string; minLength?: number; maxLength?: number } }> };

function specSchema(file: string, name: string): JsonSchema {
  const doc = parse(readFileSync(new URL(`../../../specs/upstream/${file}`, import.meta.url), "utf8")) as { components: { schemas: Record<string, JsonSchema> } };
  const schema = doc.components.schemas[name];
  expect(schema, `${name} in ${file}`).toBeDefined();
  return schema as JsonSchema;
}

const ours = z.toJSONSchema(notificatieSchema) as JsonSchema;

describe.each([
  ["notificaties-webhook/1.0.0-rc1/openapi.yaml", "Notificatie"],
  ["notificaties/1.0.1/openapi.yaml", "Message"],
  ["notificaties/1.0.0/openapi.yaml", "Message"],
])("notificatieSchema matches %s %s", (file, name) => {
  const spec = specSchema(file, name);

  it("has the same field names and required fields", () => {
    expect(Object.keys(ours.properties).sort()).toEqual(Object.keys(spec.properties).sort());
    expect([...(ours.required ?? [])].sort()).toEqual([...(spec.required ?? [])].sort());
  });

  it("has the same lengths, URL formats and kenmerken value rules", () => {
    for (const [field, rule] of Object.entries(spec.properties)) {
      const mine = ours.properties[field];
      expect(mine?.maxLength, `${field}.maxLength`).toBe(rule.maxLength);
      if (rule.format === "uri") expect(mine?.format, `${field}.format`).toBe("uri");
      if (rule.minLength !== undefined && rule.format !== "uri") expect(mine?.minLength, `${field}.minLength`).toBe(rule.minLength);
      if (rule.type === "object") {
        expect(mine?.type).toBe("object");
        expect(mine?.additionalProperties?.type).toBe(rule.additionalProperties?.type);
        expect(mine?.additionalProperties?.minLength).toBe(rule.additionalProperties?.minLength);
        expect(mine?.additionalProperties?.maxLength).toBe(rule.additionalProperties?.maxLength);
      }
    }
  });

  it("rejects a body missing any required field and accepts one with all of them", () => {
    const full: Record<string, unknown> = {
      kanaal: "zaken",
      hoofdObject: "https://open-zaak.example.nl/zaken/api/v1/zaken/1",
      resource: "zaak",
      resourceUrl: "https://open-zaak.example.nl/zaken/api/v1/zaken/1",
      actie: "create",
      aanmaakdatum: "2024-06-03T10:15:00Z",
    };
    expect(notificatieSchema.safeParse(full).success).toBe(true);
    for (const field of spec.required ?? []) {
      const { [field]: _, ...without } = full;
      expect(notificatieSchema.safeParse(without).success, field).toBe(false);
    }
    // format: date-time
    expect(notificatieSchema.safeParse({ ...full, aanmaakdatum: "3 juni 2024" }).success).toBe(false);
  });
});
