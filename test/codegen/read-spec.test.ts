import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { gzipSpec, packSpecs } from "../../scripts/pack-specs.ts";
import { SpecLoadError } from "../../src/codegen/codegen-error.ts";
import { gzippedSpecFile, readSpecText, specExists } from "../../src/codegen/read-spec.ts";
import { loadRegistry, specFile } from "../../src/codegen/registry.ts";

const zaken = specFile({ id: "zaken", variant: "1.7.0" });
const scratch = mkdtempSync(join(tmpdir(), "cg-read-spec-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("readSpecText", () => {
  it("reads the plain synced spec when it exists", () => {
    const text = readSpecText(zaken);
    expect(text).toBe(readFileSync(zaken, "utf8"));
    expect((parse(text) as { info: { title: string; version: string } }).info.version).toBe("1.7.0");
  });

  it("reads the gzipped twin, as the published package ships it, when the plain file is absent", () => {
    const file = join(scratch, "only-gz", "openapi.yaml");
    packSpecs([copied(zaken, file)]);
    rmSync(file);
    expect(existsSync(file)).toBe(false);
    expect(specExists(file)).toBe(true);
    const text = readSpecText(file);
    expect(text).toBe(readFileSync(zaken, "utf8"));
    const doc = parse(text) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain("/zaken");
  });

  it("prefers the plain file over a stale twin", () => {
    const file = join(scratch, "both", "openapi.yaml");
    copied(zaken, file);
    writeFileSync(gzippedSpecFile(file), gzipSpec("openapi: 3.0.3\ninfo: { title: stale, version: '0' }\n"));
    expect(readSpecText(file)).toBe(readFileSync(zaken, "utf8"));
  });

  it("throws a SpecLoadError naming the file when neither the file nor its twin exists", () => {
    const file = join(scratch, "nowhere", "openapi.yaml");
    expect(specExists(file)).toBe(false);
    expect(() => readSpecText(file)).toThrow(SpecLoadError);
    expect(() => readSpecText(file)).toThrow(file);
    expect(() => readSpecText(file)).toThrow(`${file}.gz`);
  });

  it("throws a SpecLoadError naming the twin when it is not gzip", () => {
    const file = join(scratch, "broken", "openapi.yaml");
    copied(zaken, gzippedSpecFile(file));
    expect(() => readSpecText(file)).toThrow(SpecLoadError);
    expect(() => readSpecText(file)).toThrow(`${file}.gz is not valid gzip`);
  });
});

describe("pack-specs", () => {
  it("gzips deterministically: level 9, no file name, zero mtime", () => {
    const text = readFileSync(zaken);
    const gz = gzipSpec(text);
    expect(gz.equals(gzipSpec(text))).toBe(true);
    expect([...gz.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]); // magic, deflate, FLG 0: no FNAME
    expect(gz.readUInt32LE(4)).toBe(0); // MTIME
    expect(gz[8]).toBe(2); // XFL 2: maximum compression
    expect(gz.length).toBeLessThan(text.length / 5);
  });

  it("packs every registered spec to well under 1 MB together", () => {
    const files = loadRegistry().specs.map((spec) => copied(specFile(spec), join(scratch, "all", spec.id, spec.variant, "openapi.yaml")));
    const packed = packSpecs(files);
    expect(packed.files).toBe(files.length);
    expect(packed.gzippedBytes).toBeLessThan(1_000_000);
    for (const file of files) expect(readSpecText(file)).toBe(readFileSync(file, "utf8"));
  });

  it("fails naming a spec that is not synced", () => {
    expect(() => packSpecs([join(scratch, "missing", "openapi.yaml")])).toThrow(/missing.*sync-specs/);
  });
});

/** Copies `from` to `to` (creating its folder) and returns `to`. */
function copied(from: string, to: string): string {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  return to;
}
