import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { specFile } from "../../../src/codegen/registry.ts";
import { type SpecChange, type SpecDiff, diffDocuments, diffSpecs, loadRegisteredSpec, renderDiffJson, renderDiffText } from "../../../src/codegen/spec-diff/index.ts";

const pick = (diff: SpecDiff, where: Partial<SpecChange>): SpecChange[] =>
  diff.changes.filter((c) => Object.entries(where).every(([k, v]) => (c as unknown as Record<string, unknown>)[k] === v));

describe("specs diff zaken 1.5.1 → 1.7.0 (real specs)", () => {
  let diff: SpecDiff;
  beforeAll(async () => {
    diff = await diffSpecs({ id: "zaken", from: "1.5.1", to: "1.7.0" });
  }, 60_000);

  it("lists /zaaknotities and /zaaknummer_reserveren as new, non-breaking operations", () => {
    const added = pick(diff, { location: "operation", kind: "added" });
    expect(added.map((c) => c.operation)).toEqual(
      expect.arrayContaining(["GET /zaaknotities", "POST /zaaknotities", "GET /zaaknotities/{uuid}", "POST /zaaknummer_reserveren"]),
    );
    expect(added.every((c) => !c.breaking)).toBe(true);
    expect(pick(diff, { location: "operation", kind: "removed" })).toEqual([]);
  });

  it("lists the pageSize parameter as a non-breaking addition", () => {
    const pageSize = pick(diff, { location: "parameter", target: "pageSize" });
    expect(pageSize).toEqual([expect.objectContaining({ operation: "GET /zaaknotities", kind: "added", breaking: false })]);
    expect(pageSize[0]?.message).toBe("parameter pageSize added (in query, optional, integer)");
  });

  it("finds the real breaking changes: __isnull filters became boolean, a response field went away", () => {
    expect(pick(diff, { operation: "GET /zaken", target: "einddatum__isnull", aspect: "type" })).toEqual([
      expect.objectContaining({ from: "string", to: "boolean", breaking: true }),
    ]);
    expect(pick(diff, { operation: "POST /statussen", location: "response", target: "zaakinformatieobjecten" })).toEqual([
      expect.objectContaining({ kind: "removed", breaking: true }),
    ]);
    expect(diff.summary.breaking).toBe(diff.changes.filter((c) => c.breaking).length);
    expect(diff.summary.breaking).toBeGreaterThan(0);
  });

  it("does not report HEAD response bodies (a HEAD answer has none)", () => {
    expect(diff.changes.filter((c) => c.operation.startsWith("HEAD "))).toEqual([]);
  });

  it("renders text grouped by operation and JSON with the same items", () => {
    const text = renderDiffText(diff);
    expect(text).toContain("GET /zaaknotities  (new operation)");
    expect(text).toMatch(/\n {11}\+ parameter pageSize added \(in query, optional, integer\)/);
    expect(text).toMatch(/\n {2}BREAKING ~ parameter einddatum__isnull: type string → boolean/);
    const json = JSON.parse(renderDiffJson(diff)) as SpecDiff;
    expect(json.changes).toEqual(diff.changes);
    expect(json.summary).toEqual(diff.summary);
  });

  it("a spec against itself has no changes", async () => {
    const spec = await loadRegisteredSpec("zaken", "1.7.0");
    const same = diffDocuments(spec, spec);
    expect(same.changes).toEqual([]);
    expect(renderDiffText(same)).toContain("No differences");
  }, 60_000);
});

describe("specs diff on a hand-edited copy", () => {
  let dir: string;
  let diff: SpecDiff;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "spec-diff-test-"));
    const original = readFileSync(specFile({ id: "zaken", variant: "1.5.1" }), "utf8");
    const doc = parse(original, { maxAliasCount: -1 }) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { required?: string[]; enum?: unknown[] }> };
    };
    delete doc.paths["/zaken/{uuid}"]?.delete;
    const klantcontact = doc.components.schemas.KlantContact as { required: string[] };
    expect(klantcontact.required).not.toContain("onderwerp");
    klantcontact.required.push("onderwerp");
    const betrokkeneType = doc.components.schemas.Rol_betrokkeneTypeEnum as { enum: unknown[] };
    expect(betrokkeneType.enum).toContain("vestiging");
    betrokkeneType.enum = betrokkeneType.enum.filter((v) => v !== "vestiging");
    writeFileSync(join(dir, "before.yaml"), original);
    writeFileSync(join(dir, "after.yaml"), stringify(doc, { aliasDuplicateObjects: false }));
    diff = await diffSpecs({ files: [join(dir, "before.yaml"), join(dir, "after.yaml")] });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("flags exactly the three edits as breaking (wherever the edited schemas are sent)", () => {
    const breaking = diff.changes.filter((c) => c.breaking).map((c) => `${c.operation} ${c.location} ${c.message}`);
    expect(breaking).toEqual([
      "POST /klantcontacten request request field onderwerp: required false → true",
      "POST /rollen request request field betrokkeneType: enum value \"vestiging\" removed",
      // The _zoek body's rol__betrokkeneType filter shares the edited enum schema.
      "POST /zaken/_zoek request request field rol__betrokkeneType: enum value \"vestiging\" removed",
      "DELETE /zaken/{uuid} operation operation DELETE /zaken/{uuid} removed",
    ]);
  });

  it("reports the read side of the same edits as non-breaking", () => {
    const nonBreaking = diff.changes.filter((c) => !c.breaking);
    expect(nonBreaking.length).toBeGreaterThan(0);
    for (const change of nonBreaking) {
      expect(change.location).toBe("response");
      expect(["onderwerp", "betrokkeneType"].some((field) => change.target.endsWith(field))).toBe(true);
    }
  });
});
