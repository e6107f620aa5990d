import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, type SpecEntry, loadRegistry, selectSpecs, specKey, upstreamUrl } from "../../src/codegen/registry.ts";

interface ManifestEntry {
  id: string;
  variant: string;
  version: string;
  sha256: string;
  bytes: number;
  source_repo: string;
  source_commit: string;
  source_path: string;
}

const MANIFEST = join(ROOT, "..", "shared", "specs", "upstream", "MANIFEST.json");
const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as ManifestEntry[];
const registry = loadRegistry();
const tmp = mkdtempSync(join(tmpdir(), "cg-registry-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function spec(key: string): SpecEntry {
  const found = registry.specs.find((s) => specKey(s) === key);
  if (!found) throw new Error(`test setup: ${key} is not registered`);
  return found;
}

describe("registry.json against the shared MANIFEST.json", () => {
  it("holds exactly the 37 manifest specs, each once", () => {
    expect(manifest).toHaveLength(37);
    const keys = registry.specs.map(specKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(manifest.map(specKey).sort());
  });

  it("pins the same file as the manifest (sha256, bytes, repository, commit, path, version)", () => {
    const pinned = (s: SpecEntry) => ({
      key: specKey(s),
      version: s.version,
      sha256: s.sha256,
      bytes: s.bytes,
      repository: s.repository,
      commit: s.commit,
      path: s.path,
    });
    const expected = manifest.map((m) => ({
      key: specKey(m),
      version: m.version,
      sha256: m.sha256,
      bytes: m.bytes,
      repository: m.source_repo,
      commit: m.source_commit,
      path: m.source_path,
    }));
    const byKey = new Map(registry.specs.map((s) => [specKey(s), pinned(s)]));
    for (const m of expected) expect(byKey.get(m.key), m.key).toEqual(m);
  });
});

describe("API entries", () => {
  it("give every API exactly one registered default, and every spec an API", () => {
    const ids = registry.apis.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const api of registry.apis) {
      expect(registry.specs.filter((s) => s.id === api.id && s.variant === api.default), api.id).toHaveLength(1);
    }
    expect(new Set(registry.specs.map((s) => s.id))).toEqual(new Set(ids));
  });

  it("loadRegistry rejects a default that is not registered, naming it", () => {
    const raw = JSON.parse(readFileSync(join(ROOT, "specs", "registry.json"), "utf8")) as {
      apis: { id: string; default: string }[];
    };
    const zaken = raw.apis.find((a) => a.id === "zaken");
    if (!zaken) throw new Error("test setup: no zaken API");
    zaken.default = "9.9.9";
    const file = join(tmp, "registry.json");
    writeFileSync(file, JSON.stringify(raw));
    expect(() => loadRegistry(file)).toThrow("the default zaken/9.9.9 is not a registered spec");
  });
});

describe("selectSpecs", () => {
  it("selects all specs, every version of an id, or one id/variant (deduplicated)", () => {
    expect(selectSpecs(registry, [])).toHaveLength(37);
    expect(selectSpecs(registry, ["zaken"]).map((s) => s.variant).sort()).toEqual(
      ["1.5.1", "1.5.1-openzaak-1.30.0", "1.6.0", "1.7.0"],
    );
    expect(selectSpecs(registry, ["zaken/1.7.0", "zaken", "bag/2.0.0"]).map(specKey)).toEqual([
      "zaken/1.7.0",
      "zaken/1.6.0",
      "zaken/1.5.1",
      "zaken/1.5.1-openzaak-1.30.0",
      "bag/2.0.0",
    ]);
  });

  it("names an unknown id and lists every valid id", () => {
    let message = "";
    try {
      selectSpecs(registry, ["zaken", "nope"]);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('"nope"');
    for (const api of registry.apis) expect(message).toContain(api.id);
    expect(message).toContain(registry.apis.map((a) => a.id).join(", "));
  });

  it("names an unknown version and lists the valid versions of that id only", () => {
    let message = "";
    try {
      selectSpecs(registry, ["documenten/9.9.9"]);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('"9.9.9"');
    expect(message).toContain('"documenten"');
    expect(message).toContain("1.7.0, 1.6.0, 1.5.0, 1.4.2-openzaak-1.30.0");
    expect(message).not.toContain("1.3.3");
  });
});

describe("upstreamUrl", () => {
  it("encodes the BAG path, which holds spaces and an apostrophe, per segment", () => {
    const bag = spec("bag/2.0.0");
    const url = upstreamUrl(bag);
    expect(url).toBe(
      `https://raw.githubusercontent.com/lvbag/BAG-API/${bag.commit}/Technische%20specificatie/Archief/` +
        "Yaml's/BAG%20API%20Individuele%20Bevragingen/resolved/individuelebevragingen/v2/openapi.yaml",
    );
    expect(url).not.toContain(" ");
    expect(decodeURI(new URL(url).pathname)).toBe(`/lvbag/BAG-API/${bag.commit}/${bag.path}`);
  });

  it("pins the registered commit, not a branch", () => {
    const zaken = spec("zaken/1.7.0");
    expect(upstreamUrl(zaken)).toBe(
      `https://raw.githubusercontent.com/VNG-Realisatie/gemma-zaken/${zaken.commit}/docs/standaard/zaken/zrc/1.7.x/1.7.0/openapi.yaml`,
    );
  });
});
