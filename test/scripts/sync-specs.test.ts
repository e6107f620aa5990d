import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SpecEntry } from "../../src/codegen/registry.ts";

// syncSpec always writes to specFile(spec), i.e. the repository's specs/upstream/ (it has no target
// option). To stay off the repository's files, specFile is redirected into a temp folder.
const target = vi.hoisted(() => ({ dir: "" }));
vi.mock("../../src/codegen/registry.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/codegen/registry.ts")>();
  return {
    ...actual,
    specFile: (spec: Pick<SpecEntry, "id" | "variant">) => join(target.dir, spec.id, spec.variant, "openapi.yaml"),
  };
});

const { ROOT, loadRegistry, specFile, specKey, upstreamUrl } = await import("../../src/codegen/registry.ts");
const { MIRROR_HINT, defaultMirrors, sha256, syncSpec, syncSpecs } = await import("../../scripts/sync-specs.ts");

const SHARED = join(ROOT, "..", "shared", "specs", "upstream");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const registry = loadRegistry();
const spec = registry.specs.find((s) => specKey(s) === "notificaties-webhook/1.0.0-rc1") as SpecEntry;
const other = registry.specs.find((s) => specKey(s) === "woz/1.0.0") as SpecEntry;
const tmp = mkdtempSync(join(tmpdir(), "cg-sync-test-"));
let n = 0;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeEach(() => {
  target.dir = join(tmp, `target-${++n}`);
});

/** A mirror folder holding `text` as the file of `entry`. */
function mirrorWith(entry: SpecEntry, text: string): string {
  const dir = join(tmp, `mirror-${++n}`);
  mkdirSync(join(dir, entry.id, entry.variant), { recursive: true });
  writeFileSync(join(dir, entry.id, entry.variant, "openapi.yaml"), text);
  return dir;
}

describe("syncSpec", () => {
  it("redirects writes away from the repository (test isolation)", () => {
    expect(specFile(spec).startsWith(tmp)).toBe(true);
  });

  it("copies a verified file from a mirror, then reports it present", async () => {
    const result = await syncSpec(spec, { mirrors: [SHARED], offline: true });
    expect(result).toEqual({ spec, status: "mirror", source: join(SHARED, spec.id, spec.variant, "openapi.yaml") });
    expect(sha256(readFileSync(specFile(spec)))).toBe(spec.sha256);
    expect(await syncSpec(spec, { mirrors: [], offline: true })).toMatchObject({ status: "present", source: specFile(spec) });
  });

  it("replaces an altered local file with the mirror's", async () => {
    mkdirSync(resolve(specFile(spec), ".."), { recursive: true });
    writeFileSync(specFile(spec), "openapi: 3.0.0 # edited\n");
    expect(await syncSpec(spec, { mirrors: [SHARED], offline: true })).toMatchObject({ status: "mirror" });
    expect(sha256(readFileSync(specFile(spec)))).toBe(spec.sha256);
  });

  it("rejects a mirror file with other content, naming the spec and both hashes", async () => {
    const bad = mirrorWith(spec, "openapi: 3.0.0\ninfo: {title: tampered}\n");
    const result = await syncSpec(spec, { mirrors: [bad], offline: true });
    expect(result.status).toBe("failed");
    const message = result.status === "failed" ? result.message : "";
    expect(message).toContain("notificaties-webhook/1.0.0-rc1");
    expect(message).toContain(sha256(Buffer.from("openapi: 3.0.0\ninfo: {title: tampered}\n")));
    expect(message).toContain(spec.sha256);
    expect(existsSync(specFile(spec))).toBe(false);
  });

  it("falls through a bad mirror to the next good one", async () => {
    const bad = mirrorWith(spec, "not the spec");
    expect(await syncSpec(spec, { mirrors: [bad, SHARED], offline: true })).toMatchObject({ status: "mirror" });
  });

  it("fails offline when no mirror has the spec, naming the spec and the forbidden URL", async () => {
    const empty = join(tmp, "empty-mirror");
    mkdirSync(empty, { recursive: true });
    const result = await syncSpec(spec, { mirrors: [empty], offline: true });
    expect(result.status).toBe("failed");
    const message = result.status === "failed" ? result.message : "";
    expect(message).toContain(`spec ${specKey(spec)}`);
    expect(message).toContain(empty);
    expect(message).toContain(`--offline forbids ${upstreamUrl(spec)}`);
    expect(existsSync(specFile(spec))).toBe(false);
  });

  it("syncSpecs gives each spec its own result, in the given order", async () => {
    const mirror = mirrorWith(other, "not woz");
    const copy = join(mirror, spec.id, spec.variant, "openapi.yaml");
    mkdirSync(resolve(copy, ".."), { recursive: true });
    cpSync(join(SHARED, spec.id, spec.variant, "openapi.yaml"), copy);
    const results = await syncSpecs([other, spec], { mirrors: [mirror], offline: true });
    expect(results.map((r) => [specKey(r.spec), r.status])).toEqual([
      ["woz/1.0.0", "failed"],
      ["notificaties-webhook/1.0.0-rc1", "mirror"],
    ]);
    expect(results[1]).toMatchObject({ source: copy });
  });
});

describe("defaultMirrors", () => {
  it("puts --mirror first, then COMMONGROUND_SPECS_MIRROR entries, then ../shared/specs/upstream", () => {
    vi.stubEnv("COMMONGROUND_SPECS_MIRROR", ["/env/a", "", "/env/b"].join(delimiter));
    try {
      expect(defaultMirrors(["rel/mirror"])).toEqual([resolve("rel/mirror"), "/env/a", "/env/b", SHARED]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("sync-specs CLI", () => {
  const env = { ...process.env, COMMONGROUND_SPECS_MIRROR: "" };

  it("exits non-zero on an unknown selector and lists the valid ids", () => {
    const run = spawnSync(TSX, ["scripts/sync-specs.ts", "--offline", "nope"], { cwd: ROOT, env, encoding: "utf8" });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Unknown API id "nope"');
    expect(run.stderr).toContain(registry.apis.map((a) => a.id).join(", "));
  });

  it("reports a tampered mirror with both hashes and how to provide a mirror", () => {
    // A throw-away copy of the scripts, so the repository's synced file does not short-circuit.
    const root = join(tmp, "checkout", "repo");
    cpSync(join(ROOT, "scripts"), join(root, "scripts"), { recursive: true });
    cpSync(join(ROOT, "src", "codegen"), join(root, "src", "codegen"), { recursive: true });
    mkdirSync(join(root, "specs"), { recursive: true });
    cpSync(join(ROOT, "specs", "registry.json"), join(root, "specs", "registry.json"));
    symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
    const bad = mirrorWith(spec, "tampered: true\n");
    const run = spawnSync(TSX, ["scripts/sync-specs.ts", "--offline", "--mirror", bad, specKey(spec)], {
      cwd: root,
      env,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("0/1 specs ready");
    expect(run.stderr).toContain(`spec ${specKey(spec)}`);
    expect(run.stderr).toContain(sha256(Buffer.from("tampered: true\n")));
    expect(run.stderr).toContain(`expected ${spec.sha256}`);
    expect(run.stderr).toContain(MIRROR_HINT);
    expect(existsSync(join(root, "specs", "upstream"))).toBe(false);
  });
});
