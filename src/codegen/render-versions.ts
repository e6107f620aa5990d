/** Renders `src/generated/<id>/versions.ts`: the request surfaces of an API's variants, for the `apiVersion` guard. */
import type { VersionFacts } from "../client/version-guard.js";
import type { VersionSurface } from "./version-surface.js";

/** One registered variant of an API with its request surface. */
export interface VariantSurface {
  /** Registry variant, e.g. `1.5.1-openzaak-1.30.0`. */
  readonly variant: string;
  /** `info.version` of the spec, e.g. `1.5.1`. */
  readonly version: string;
  /** Its operations and their query parameters. */
  readonly surface: VersionSurface;
}

/** Options of {@link renderVersions}. */
export interface RenderVersionsOptions {
  /** The API's title for messages, e.g. `Zaken API`. @default the id */
  readonly title?: string | undefined;
  /** The module specifier of the checker. @default "../../client/version-guard.js" */
  readonly guardImport?: string | undefined;
}

/** Compares version strings by their numeric parts; a pre-release (`1.0.0-rc1`) before its release. */
function compareVersions(a: string, b: string): number {
  const [coreA = "", preA] = a.split(/-(.*)/s);
  const [coreB = "", preB] = b.split(/-(.*)/s);
  const partsA = coreA.split(".").map(Number);
  const partsB = coreB.split(".").map(Number);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const diff = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (diff !== 0 && !Number.isNaN(diff)) return diff;
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

/** Sorts variants oldest version first; within a version the standard one (variant = version) first, then by name. */
function byVersion(a: VariantSurface, b: VariantSurface): number {
  return (
    compareVersions(a.version, b.version) ||
    Number(a.variant !== a.version) - Number(b.variant !== b.version) ||
    (a.variant < b.variant ? -1 : a.variant > b.variant ? 1 : 0)
  );
}

/** The compact facts of an API's variants: every name once, operations and parameter lists by index. */
export function versionFactsOf(title: string, variants: readonly VariantSurface[]): VersionFacts {
  const sorted = [...variants].sort(byVersion);
  const ops = [...new Set(sorted.flatMap((v) => Object.keys(v.surface)))].sort();
  const params = [...new Set(sorted.flatMap((v) => Object.values(v.surface).flat()))].sort();
  const paramIndex = new Map(params.map((name, i) => [name, i]));
  const sets: number[][] = [];
  const setIndex = new Map<string, number>();
  const indexOfSet = (names: readonly string[]): number => {
    const set = [...new Set(names)].map((n) => paramIndex.get(n) as number).sort((x, y) => x - y);
    const key = set.join(",");
    let index = setIndex.get(key);
    if (index === undefined) {
      index = sets.length;
      sets.push(set);
      setIndex.set(key, index);
    }
    return index;
  };
  return {
    api: title,
    params,
    ops,
    sets,
    variants: sorted.map((v) => [v.variant, v.version, ops.map((op) => (v.surface[op] ? indexOfSet(v.surface[op]) : -1))] as const),
  };
}

/**
 * The TypeScript source of `src/generated/<id>/versions.ts`: the surfaces of every registered variant
 * of the API (sorted, deterministic) and the `versionGuard` the generated factories load with
 * `() => import("../versions.js")` when a client is created with `apiVersion`.
 *
 * @example
 * ```ts
 * const source = renderVersions("zaken", [{ variant: "1.7.0", version: "1.7.0", surface: surfaceOf(doc) }], { title: "Zaken API" });
 * writeFileSync("src/generated/zaken/versions.ts", source);
 * ```
 */
export function renderVersions(id: string, variants: readonly VariantSurface[], options: RenderVersionsOptions = {}): string {
  const title = options.title ?? id;
  const facts = versionFactsOf(title, variants);
  const lines = [
    `// Generated: the operations and query parameters of every registered ${title} variant (${facts.variants.map(([v]) => v).join(", ")}),`,
    "// for the apiVersion guard. Loaded only by clients created with `apiVersion`. Do not edit: run `npm run generate`.",
    "",
    `import { type ConfigErrorClass, type VersionCheck, type VersionFacts, versionGuard as guard } from ${JSON.stringify(options.guardImport ?? "../../client/version-guard.js")};`,
    "",
    `/** The request surface of every registered variant of ${title}, compact (names by index). */`,
    "export const versionFacts: VersionFacts = {",
    `  api: ${JSON.stringify(facts.api)},`,
    `  params: ${JSON.stringify(facts.params)},`,
    `  ops: ${JSON.stringify(facts.ops)},`,
    `  sets: ${JSON.stringify(facts.sets)},`,
    "  variants: [",
    ...facts.variants.map((v) => `    ${JSON.stringify(v)},`),
    "  ],",
    "};",
    "",
    `/** The apiVersion guard of a ${title} client; throws a ConfigError for a version that is not registered. */`,
    "export function versionGuard(apiVersion: string, baseUrl: string, config: ConfigErrorClass): VersionCheck {",
    "  return guard(versionFacts, apiVersion, baseUrl, config);",
    "}",
    "",
  ];
  return lines.join("\n");
}
