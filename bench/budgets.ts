/**
 * The size and type-check budgets that `npm test` holds (`bench/check-budgets.ts` and
 * `bench/typecheck.bench.ts --check`). One place, each budget with what it protects; raise a limit
 * only with a CHANGELOG line that says why.
 */

/** One budget: a limit on one figure, and the reason it exists. */
export interface Budget {
  /** What is measured, as printed. */
  readonly figure: string;
  /** The limit (bytes, or a ratio for `unit: "ratio"`). */
  readonly limit: number;
  readonly unit: "bytes" | "ratio";
  /** What the budget protects, in one sentence. */
  readonly protects: string;
}

/** Every budget, by id. */
export const BUDGETS = {
  zakenWithDeps: {
    figure: "an app importing createZakenClient from commonground-sdk/zaken: min+gzip with its dependencies (browser build)",
    // 24.6 kB at the budget's introduction.
    limit: 25_000,
    unit: "bytes",
    protects: "what a browser app ships for one typed client with credentials, retries, errors and pagination",
  },
  zakenOurCode: {
    figure: "the same bundle, our code only (npm packages external), min+gzip",
    // 10.7 kB at the budget's introduction.
    limit: 11_000,
    unit: "bytes",
    protects: "the SDK's own per-client runtime from growing with every feature",
  },
  rootEntry: {
    figure: "an app importing everything from the root entry commonground-sdk: min+gzip with its dependencies",
    // 38.2 kB at the budget's introduction (every credential strategy with jose, zod/mini, errors, createCommonGround).
    limit: 40_000,
    unit: "bytes",
    protects: "the shared entry (credentials, errors, createCommonGround) from pulling in generated types, workflows or the mock",
  },
  unusedImports: {
    figure: "bytes createZakenClient's bundle gains when workflows, other APIs, the node adapters and the mock are imported but unused",
    limit: 0,
    unit: "bytes",
    protects: "tree-shaking: a feature adds no byte to a bundle that does not use it",
  },
  installSize: {
    figure: "npm install commonground-sdk: unpacked size of the package (npm pack --dry-run, unpackedSize)",
    // 13.3 MB at the budget's introduction (29.4 MB before: full .d.cts copies of the generated types
    // and uncompressed specs); ~8.6 MB of it is the generated types.d.ts, ~3.3 MB the built JS.
    limit: 16_000_000,
    unit: "bytes",
    protects: "install time and disk use of every app and CI run that installs the SDK, from duplicated declarations or uncompressed data",
  },
  consumerTypecheck: {
    figure: "type instantiations of a consumer of every default client (dist/types) ÷ bare openapi-fetch with the same paths",
    limit: 1.2,
    unit: "ratio",
    protects: "editor and CI type-check time of apps that use the SDK",
  },
} as const satisfies Record<string, Budget>;
