/**
 * Writes `specs/upstream/<id>/<variant>/openapi.yaml.gz` next to every synced `openapi.yaml` of the
 * registry, for the published package: package.json "files" ships only the gzipped specs (≈ 8 MB of
 * YAML becomes < 1 MB), and `readSpecText` (src/codegen/read-spec.ts) reads either form.
 *
 * Deterministic: gzip level 9, and node:zlib's gzipSync writes no file name and a zero mtime in the
 * header, so the same spec always gives the same bytes. Run by `npm run build` after the
 * declarations; `--quiet` prints nothing on success.
 *
 * Usage: npx tsx scripts/pack-specs.ts [--quiet]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { gzippedSpecFile } from "../src/codegen/read-spec.ts";
import { ROOT, loadRegistry, specFile } from "../src/codegen/registry.ts";

/** The gzip bytes shipped for a spec's text: level 9, no name, mtime 0. */
export function gzipSpec(text: Buffer | string): Buffer {
  return gzipSync(text, { level: 9 });
}

/** What {@link packSpecs} did. */
export interface PackedSpecs {
  readonly files: number;
  readonly plainBytes: number;
  readonly gzippedBytes: number;
}

/** Writes the `.gz` twin of each spec file (rewriting only twins whose bytes changed). Throws when a spec is missing. */
export function packSpecs(files: readonly string[]): PackedSpecs {
  let plainBytes = 0;
  let gzippedBytes = 0;
  for (const file of files) {
    if (!existsSync(file)) throw new Error(`pack-specs: ${relative(ROOT, file)} is missing: run \`npm run sync-specs\` first`);
    const plain = readFileSync(file);
    const gz = gzipSpec(plain);
    const target = gzippedSpecFile(file);
    if (!existsSync(target) || !readFileSync(target).equals(gz)) writeFileSync(target, gz);
    plainBytes += plain.length;
    gzippedBytes += gz.length;
  }
  return { files: files.length, plainBytes, gzippedBytes };
}

function main(): void {
  const packed = packSpecs(loadRegistry().specs.map(specFile));
  if (!process.argv.includes("--quiet")) {
    const mb = (n: number): string => `${(n / 1e6).toFixed(2)} MB`;
    process.stdout.write(`pack-specs: ${packed.files} specs gzipped, ${mb(packed.plainBytes)} → ${mb(packed.gzippedBytes)}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
