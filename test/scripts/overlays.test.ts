/**
 * Each overlay, on a real synced spec: the generated types with every overlay against the types
 * with every overlay but that one. Only self-contained specs are used, so the synced file is bundled
 * directly (no source tree needed).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { applyOverlays, bundleSpec, typesFor } from "../../src/codegen/generate-spec.ts";
import { type Json, isObject } from "../../src/codegen/openapi-doc.ts";
import { type SpecEntry, loadRegistry, specFile, specKey } from "../../src/codegen/registry.ts";
import { OVERLAYS } from "../../src/codegen/overlays/index.ts";

const registry = loadRegistry();
const bundles = new Map<string, Promise<Json>>();
const types = new Map<string, Promise<string>>();

function entry(key: string): SpecEntry {
  const spec = registry.specs.find((s) => specKey(s) === key);
  if (!spec) throw new Error(`test setup: ${key} is not registered`);
  expect(spec.externalRefs, `${key} must be self-contained`).toEqual([]);
  return spec;
}

/** A fresh copy of the bundled (not yet overlaid) spec. */
async function bundled(key: string): Promise<Json> {
  if (!bundles.has(key)) bundles.set(key, bundleSpec(specFile(entry(key))));
  return structuredClone(await (bundles.get(key) as Promise<Json>));
}

/** Types of `key` with every overlay, or with every overlay except `omit`. */
function typesOf(key: string, omit?: string): Promise<string> {
  const cacheKey = `${key}|${omit ?? ""}`;
  if (!types.has(cacheKey)) {
    const overlays = OVERLAYS.filter((o) => o.name !== omit);
    if (omit !== undefined) expect(overlays).toHaveLength(OVERLAYS.length - 1);
    types.set(
      cacheKey,
      bundled(key).then((doc) => typesFor(doc, applyOverlays(doc, entry(key), overlays).options)),
    );
  }
  return types.get(cacheKey) as Promise<string>;
}

/** The declaration of `name` at `indent` spaces: one line, or a `{ … }` block. */
function member(text: string, name: string, indent: number): string {
  const pad = " ".repeat(indent);
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${pad}${name}: `) || l.startsWith(`${pad}${name}?: `));
  if (start < 0) throw new Error(`no member ${name} at indent ${indent}`);
  if (!(lines[start] as string).endsWith("{")) return lines[start] as string;
  const end = lines.findIndex((l, i) => i > start && l === `${pad}};`);
  return lines.slice(start, end + 1).join("\n");
}

/** Schema refs of a one-line union declaration. */
function unionMembers(line: string): string[] {
  return [...line.matchAll(/components\["schemas"\]\["([^"]+)"\]/g)].map((m) => m[1] as string);
}

/** The discriminator mapping (value → schema name) of a component schema in the raw spec. */
async function mapping(key: string, schema: string): Promise<Record<string, string>> {
  const doc = await bundled(key);
  const schemas = (doc.components as Json).schemas as Json;
  const discriminator = (schemas[schema] as Json).discriminator as Json;
  const raw = discriminator.mapping as Record<string, string>;
  return Object.fromEntries(Object.entries(raw).map(([v, ref]) => [v, ref.replace("#/components/schemas/", "")]));
}

async function operationId(key: string, path: string, method: string): Promise<string> {
  const doc = await bundled(key);
  const op = ((doc.paths as Json)[path] as Json)[method];
  if (!isObject(op) || typeof op.operationId !== "string") throw new Error(`no ${method} ${path}`);
  return op.operationId;
}

describe("discriminated-unions", () => {
  it("turns BRP PersonenQuery into a union of its 7 query types", async () => {
    const key = "brp-personen/2.7.0";
    const targets = Object.values(await mapping(key, "PersonenQuery"));
    expect(targets).toHaveLength(7);
    const union = member(await typesOf(key), "PersonenQuery", 8);
    expect(unionMembers(union).sort()).toEqual([...targets].sort());
    expect(member(await typesOf(key), "PersonenQueryBase", 8)).toMatch(/^ {8}PersonenQueryBase: \{/);
    expect(member(await typesOf(key, "discriminated-unions"), "PersonenQuery", 8)).toMatch(/^ {8}PersonenQuery: \{/);
  });

  it.each([
    ["Rol", "betrokkeneType", 5],
    ["ZaakObject", "objectType", 31],
  ])("turns Zaken 1.5.1 %s into a union narrowing on %s", async (schema, property, count) => {
    const key = "zaken/1.5.1";
    const map = await mapping(key, schema);
    expect(Object.keys(map)).toHaveLength(count);
    const text = await typesOf(key);
    expect(unionMembers(member(text, schema, 8)).sort()).toEqual([...new Set(Object.values(map))].sort());
    for (const [value, target] of Object.entries(map)) {
      expect(member(text, target, 8)).toContain(`${property}: "${value}";`);
    }
    expect(member(await typesOf(key, "discriminated-unions"), schema, 8)).toMatch(new RegExp(`^ {8}${schema}: \\{`));
  });
});

describe("discriminated-unions: extensions of a union", () => {
  it("keeps Open Klant's ExpandPartij a union of the Partij members instead of a fake soortPartij", async () => {
    const key = "klantinteracties/0.9.0-openklant-2.18.0";
    const expand = member(await typesOf(key), "ExpandPartij", 8);
    expect(expand).toMatch(/^ {8}ExpandPartij: \(components\["schemas"\]\["contactpersoon_PartijSerializer"\] \| /);
    expect(expand).not.toContain('soortPartij: "ExpandPartij"');
    expect(member(await typesOf(key, "discriminated-unions"), "ExpandPartij", 8)).toContain('soortPartij: "ExpandPartij"');
  });
});

describe("server-base-path", () => {
  it("makes Catalogi 1.2.0's /api/v1/… paths relative to the server's /api/v1", async () => {
    const withIt = await typesOf("catalogi/1.2.0");
    expect(withIt).toMatch(/^ {4}"\/zaaktypen": \{/m);
    expect(withIt).not.toContain('"/api/v1/');
    expect(await typesOf("catalogi/1.2.0", "server-base-path")).toMatch(/^ {4}"\/api\/v1\/zaaktypen": \{/m);
  });
});

describe("blank-enum-values", () => {
  const key = "klanten/1.0.0";

  it('adds "" to string enums of properties', async () => {
    expect(member(await typesOf(key), "NatuurlijkPersoon", 8)).toMatch(/geslachtsaanduiding\?: "m" \| "v" \| "o" \| "";/);
    expect(member(await typesOf(key, "blank-enum-values"), "NatuurlijkPersoon", 8)).toMatch(
      /geslachtsaanduiding\?: "m" \| "v" \| "o";/,
    );
  });

  it("leaves discriminator properties exact", async () => {
    const klant = member(await typesOf(key), "KlantBase", 8);
    expect(klant).toContain('subjectType?: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging" | null;');
    expect(klant).not.toMatch(/subjectType\?: [^;]*""/);
  });

  it("widens drf-spectacular enum components but keeps the discriminator's (Open Klant)", async () => {
    const text = await typesOf("klantinteracties/0.9.0-openklant-2.18.0");
    expect(text).toMatch(/ {8}SoortDigitaalAdresEnum: "email" \| "telefoonnummer" \| "overig" \| "";/);
    expect(text).toMatch(/ {8}SoortPartijEnum: "persoon" \| "organisatie" \| "contactpersoon";/);
    expect(await typesOf("klantinteracties/0.9.0-openklant-2.18.0", "blank-enum-values")).toMatch(
      / {8}SoortDigitaalAdresEnum: "email" \| "telefoonnummer" \| "overig";/,
    );
  });

  it("does not apply to non-Django APIs (BRP)", () => {
    const { counts } = applyOverlays({}, entry("brp-personen/2.7.0"));
    expect(counts).not.toHaveProperty("blank-enum-values");
    expect(applyOverlays({}, entry("klanten/1.0.0")).counts).toHaveProperty("blank-enum-values");
  });
});

describe("client-supplied-headers", () => {
  it("makes the single-valued Accept-Crs header of GET /zaken optional", async () => {
    const key = "zaken/1.5.1";
    const op = await operationId(key, "/zaken", "get");
    const withIt = member(await typesOf(key), op, 4);
    expect(withIt).toContain('"Accept-Crs"?: "EPSG:4326";');
    expect(withIt).toMatch(/header\?: \{/);
    const without = member(await typesOf(key, "client-supplied-headers"), op, 4);
    expect(without).toContain('"Accept-Crs": "EPSG:4326";');
    expect(without).not.toContain('"Accept-Crs"?:');
  });
});

describe("read-write-markers", () => {
  it("marks the server-set url of a Zaak as $Read", async () => {
    const key = "zaken/1.5.1";
    expect(member(await typesOf(key), "Zaak", 8)).toMatch(/^ {12}url: \$Read<string>;$/m);
    const without = await typesOf(key, "read-write-markers");
    expect(without).not.toContain("$Read<");
    expect(member(without, "Zaak", 8)).toMatch(/^ {12}readonly url: string;$/m);
  });
});

describe("binary-as-blob", () => {
  it("types the document download as Blob", async () => {
    const key = "documenten/1.5.0";
    const op = await operationId(key, "/enkelvoudiginformatieobjecten/{uuid}/download", "get");
    expect(member(await typesOf(key), op, 4)).toContain('"application/octet-stream": Blob;');
    const without = member(await typesOf(key, "binary-as-blob"), op, 4);
    expect(without).toContain('"application/octet-stream": string;');
    expect(without).not.toContain("Blob");
  });
});

describe("multipart-content-type", () => {
  it("drops the required Content-Type header of PUT /bestandsdelen/{uuid} (a multipart body)", async () => {
    const key = "documenten/1.5.0";
    const op = await operationId(key, "/bestandsdelen/{uuid}", "put");
    expect(member(await typesOf(key), op, 4)).not.toContain('"Content-Type"');
    const without = member(await typesOf(key, "multipart-content-type"), op, 4);
    expect(without).toContain('"Content-Type"?: "application/x-www-form-urlencoded" | "multipart/form-data";');
  });

  it("removes Open Zaak 1.30's application/json Content-Type from the part upload, and only there", async () => {
    const spec = registry.specs.find((s) => specKey(s) === "documenten/1.4.2-openzaak-1.30.0");
    if (!spec) throw new Error("test setup: Open Zaak Documenten is not registered");
    const doc = parseYaml(readFileSync(specFile(spec), "utf8")) as Json;
    const headerNames = (path: string, method: string): string[] => {
      const params = (((doc.paths as Json)[path] as Json)[method] as Json).parameters as Json[];
      return params.filter((p) => p.in === "header").map((p) => String(p.name));
    };
    const declared = (((doc.paths as Json)["/bestandsdelen/{uuid}"] as Json).put as Json).parameters as Json[];
    expect(declared.find((p) => p.name === "Content-Type")?.schema).toEqual({ type: "string", enum: ["application/json"] });
    const overlay = OVERLAYS.find((o) => o.name === "multipart-content-type");
    expect(overlay?.apply?.(doc)).toBe(1);
    expect(headerNames("/bestandsdelen/{uuid}", "put")).not.toContain("Content-Type");
    expect(headerNames("/enkelvoudiginformatieobjecten", "post")).toContain("Content-Type");
  });
});
