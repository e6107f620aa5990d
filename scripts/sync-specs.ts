/**
 * Obtains every registered upstream spec, verifies its sha256 and writes it to `specs/upstream/`
 * (git-ignored). It never edits an obtained file.
 *
 * Sources, in order: each mirror folder (`--mirror DIR`, then `COMMONGROUND_SPECS_MIRROR`, a list
 * separated by the platform's path delimiter, then `../shared/specs/upstream` beside the checkout),
 * laid out as `<id>/<variant>/openapi.yaml`; else the pinned upstream URL.
 *
 * Usage: tsx scripts/sync-specs.ts [--mirror DIR]... [--offline] [id | id/variant]...
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  type SpecEntry,
  ROOT,
  loadRegistry,
  selectSpecs,
  specFile,
  specKey,
  upstreamUrl,
} from "../src/codegen/registry.ts";

/** How to provide specs when none can be obtained; part of every failure message. */
export const MIRROR_HINT =
  "Provide a mirror folder laid out as <id>/<variant>/openapi.yaml with `--mirror DIR` or " +
  "COMMONGROUND_SPECS_MIRROR=DIR (CI uses ../shared/specs/upstream), or allow network access to the pinned URL.";

/** sha256 of a buffer, hex. */
export function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Default mirror folders, most specific first. */
export function defaultMirrors(extra: readonly string[] = []): string[] {
  const fromEnv = (process.env.COMMONGROUND_SPECS_MIRROR ?? "").split(delimiter).filter(Boolean);
  const beside = join(ROOT, "..", "shared", "specs", "upstream");
  return [...extra, ...fromEnv, ...(existsSync(beside) ? [beside] : [])].map((d) => resolve(d));
}

/** The outcome for one spec. */
export type SyncResult =
  | { spec: SpecEntry; status: "present" | "mirror" | "download"; source: string }
  | { spec: SpecEntry; status: "failed"; message: string };

async function download(url: string, timeoutMs: number): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

function writeAtomically(file: string, data: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Obtains one spec: already present and valid, from a mirror, or from upstream. */
export async function syncSpec(
  spec: SpecEntry,
  options: { mirrors: readonly string[]; offline: boolean; timeoutMs?: number },
): Promise<SyncResult> {
  const target = specFile(spec);
  if (existsSync(target) && sha256(readFileSync(target)) === spec.sha256) {
    return { spec, status: "present", source: target };
  }
  const mismatches: string[] = [];
  for (const mirror of options.mirrors) {
    const candidate = join(mirror, spec.id, spec.variant, "openapi.yaml");
    if (!existsSync(candidate)) continue;
    const data = readFileSync(candidate);
    const actual = sha256(data);
    if (actual === spec.sha256) {
      writeAtomically(target, data);
      return { spec, status: "mirror", source: candidate };
    }
    mismatches.push(`${candidate} has sha256 ${actual}, expected ${spec.sha256}`);
  }
  const url = upstreamUrl(spec);
  if (options.offline) {
    mismatches.push(`not in any mirror (${options.mirrors.join(", ") || "none configured"}) and --offline forbids ${url}`);
  } else {
    try {
      const data = await download(url, options.timeoutMs ?? 30_000);
      const actual = sha256(data);
      if (actual === spec.sha256) {
        writeAtomically(target, data);
        return { spec, status: "download", source: url };
      }
      mismatches.push(`${url} has sha256 ${actual}, expected ${spec.sha256}`);
    } catch (error) {
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      mismatches.push(`could not download ${url}: ${reason}`);
    }
  }
  return {
    spec,
    status: "failed",
    message: `spec ${specKey(spec)} (${spec.title} ${spec.version}) could not be obtained:\n  - ${mismatches.join("\n  - ")}`,
  };
}

/** Syncs the selected specs, at most a few downloads at a time. */
export async function syncSpecs(
  specs: readonly SpecEntry[],
  options: { mirrors: readonly string[]; offline: boolean },
): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  const queue = [...specs];
  const worker = async (): Promise<void> => {
    for (let spec = queue.shift(); spec; spec = queue.shift()) results.push(await syncSpec(spec, options));
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return results.sort((a, b) => specs.indexOf(a.spec) - specs.indexOf(b.spec));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { mirror: { type: "string", multiple: true }, offline: { type: "boolean" }, quiet: { type: "boolean" } },
  });
  const specs = selectSpecs(loadRegistry(), positionals);
  const mirrors = defaultMirrors(values.mirror ?? []);
  const results = await syncSpecs(specs, { mirrors, offline: values.offline ?? false });
  const failed = results.filter((r) => r.status === "failed");
  const counts = { present: 0, mirror: 0, download: 0 };
  for (const r of results) if (r.status !== "failed") counts[r.status]++;
  if (!values.quiet || failed.length > 0) {
    process.stdout.write(
      `sync-specs: ${results.length - failed.length}/${results.length} specs ready ` +
        `(${counts.present} already present, ${counts.mirror} from a mirror, ${counts.download} downloaded)\n`,
    );
  }
  if (failed.length > 0) {
    for (const f of failed) if (f.status === "failed") process.stderr.write(`sync-specs: ${f.message}\n`);
    process.stderr.write(`sync-specs: ${MIRROR_HINT}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? "")) {
  main().catch((error: unknown) => {
    process.stderr.write(`sync-specs: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
