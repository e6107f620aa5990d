/**
 * Lays the synced specs out in a temporary folder the way their upstream repositories do, so that
 * relative `$ref`s between specs (VNG Zaken ↔ Besluiten ↔ Documenten ↔ Catalogi) resolve offline.
 * Remote `$ref` URLs (Open Zaak → catalogi-api 1.2.0) are rewritten to the local copy, in the
 * temporary copy only.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { readSpecText } from "./read-spec.js";
import { isUrl } from "./spec-input.js";
import { type Registry, type SpecEntry, specFile, specKey } from "./registry.js";

/** Where a spec sits inside the tree. */
export function treePath(tree: string, spec: SpecEntry): string {
  return join(tree, `${spec.repository.replace("/", "__")}@${spec.commit.slice(0, 12)}`, ...spec.path.split("/"));
}

/** Copies every spec into `tree`; returns the tree path per spec key. */
export function buildSourceTree(registry: Registry, tree: string): Map<string, string> {
  const located = new Map<string, string>();
  for (const spec of registry.specs) located.set(specKey(spec), treePath(tree, spec));
  for (const spec of registry.specs) {
    const target = located.get(specKey(spec)) as string;
    mkdirSync(dirname(target), { recursive: true });
    const remote = spec.externalRefs.filter((r) => isUrl(r.ref));
    if (remote.length === 0) {
      writeFileSync(target, readSpecText(specFile(spec)));
      continue;
    }
    let text = readSpecText(specFile(spec));
    for (const ref of remote) {
      const local = located.get(`${ref.id}/${ref.variant}`) as string;
      const rel = relative(dirname(target), local).split("\\").join(posix.sep);
      text = text.split(ref.ref).join(rel);
    }
    writeFileSync(target, text);
  }
  return located;
}

/** Checks that every relative external ref of a spec lands on the registered target in the tree. */
export function checkRelativeRefs(registry: Registry, located: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const spec of registry.specs) {
    for (const ref of spec.externalRefs) {
      if (isUrl(ref.ref)) continue;
      const from = located.get(specKey(spec)) as string;
      const landed = join(dirname(from), ref.ref);
      if (landed !== located.get(`${ref.id}/${ref.variant}`)) {
        problems.push(`${specKey(spec)}: $ref ${ref.ref} does not land on ${ref.id}/${ref.variant} in the source tree`);
      }
    }
  }
  return problems;
}
