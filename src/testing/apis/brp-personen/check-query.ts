/**
 * Checks a `POST /personen` body the way the BRP API does (the Gherkin fout-cases of BRP Personen 2.x):
 * `type` first, then unknown parameters, required ones, each value against the spec's pattern, range or
 * type, and the `fields` paths against `Persoon` (raadplegen) or `PersoonBeperkt` (zoeken).
 */
import type { SchemaObject } from "../../engine/mock-facts.js";
import { HC_REASON, type HcInvalidParam, isCalendarDate } from "../haal-centraal-problem.js";
import { deref, pathExists, shapeOf } from "./schema-walk.js";

type Schemas = Readonly<Record<string, SchemaObject>>;

/** Field paths delivered automatically: never to be asked for. */
const AUTOMATIC = /^(geheimhoudingPersoonsgegevens|opschortingBijhouding|rni|verificatie)(\.|$)|(^|\.)inOnderzoek(\.|$)|(^|\.)indicatieVastgesteldVerblijftNietOpAdres$/;

/** The invalid parameters of a query (empty when it is good). */
export function checkPersonenQuery(schemas: Schemas, body: unknown): HcInvalidParam[] {
  const query = (typeof body === "object" && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  const type = query.type;
  if (type === undefined || type === null) return [{ name: "type", code: "required", reason: HC_REASON.required }];
  const union = deref(schemas, { $ref: "#/components/schemas/PersonenQuery" });
  const mapping = ((union.discriminator as { mapping?: Record<string, string> } | undefined)?.mapping ?? {}) as Record<string, string>;
  if (typeof type !== "string" || !Object.hasOwn(mapping, type)) return [{ name: "type", code: "value", reason: "Waarde is geen geldig zoek type." }];
  const shape = shapeOf(schemas, { $ref: mapping[type] });
  const problems: HcInvalidParam[] = [];
  for (const name of Object.keys(query)) {
    if (!(name in shape.properties)) problems.push({ name, code: "unknownParam", reason: HC_REASON.unknownParam });
  }
  for (const [name, prop] of Object.entries(shape.properties)) {
    if (name === "type") continue;
    const value = query[name];
    if (value === undefined || value === null || value === "") {
      if (shape.required.has(name)) problems.push({ name, code: "required", reason: HC_REASON.required });
      continue;
    }
    problems.push(...checkValue(schemas, name, prop, value));
  }
  if (problems.length === 0 && Array.isArray(query.fields)) {
    const target = type === "RaadpleegMetBurgerservicenummer" ? "Persoon" : "PersoonBeperkt";
    const persoon = deref(schemas, { $ref: `#/components/schemas/${target}` });
    query.fields.forEach((path, i) => {
      const name = `fields[${i}]`;
      if (AUTOMATIC.test(String(path))) problems.push({ name, code: "fields", reason: "Parameter bevat een niet toegestane veldnaam." });
      else if (!pathExists(schemas, persoon, String(path))) problems.push({ name, code: "fields", reason: "Parameter bevat een niet bestaande veldnaam." });
    });
  }
  return problems;
}

function checkValue(schemas: Schemas, name: string, prop: SchemaObject, value: unknown): HcInvalidParam[] {
  const s = deref(schemas, prop);
  if (s.type === "array") {
    if (!Array.isArray(value)) return [{ name, code: "array", reason: HC_REASON.array }];
    if (typeof s.minItems === "number" && value.length < s.minItems) return [{ name, code: "minItems", reason: HC_REASON.minItems(s.minItems) }];
    if (typeof s.maxItems === "number" && value.length > s.maxItems) return [{ name, code: "maxItems", reason: HC_REASON.maxItems(s.maxItems) }];
    return value.flatMap((item, i) => checkValue(schemas, `${name}[${i}]`, s.items as SchemaObject, item));
  }
  if (s.type === "integer") {
    if (typeof value !== "number" || !Number.isInteger(value)) return [{ name, code: "integer", reason: HC_REASON.integer }];
    if (typeof s.minimum === "number" && value < s.minimum) return [{ name, code: "minimum", reason: HC_REASON.minimum(s.minimum) }];
    if (typeof s.maximum === "number" && value > s.maximum) return [{ name, code: "maximum", reason: HC_REASON.maximum(s.maximum) }];
    return [];
  }
  if (s.type === "boolean") return typeof value === "boolean" ? [] : [{ name, code: "boolean", reason: HC_REASON.boolean }];
  if (s.format === "date") return isCalendarDate(value) ? [] : [{ name, code: "date", reason: HC_REASON.date }];
  if (typeof s.pattern === "string" && (typeof value !== "string" || !new RegExp(s.pattern).test(value))) {
    return [{ name, code: "pattern", reason: HC_REASON.pattern(s.pattern) }];
  }
  return [];
}
