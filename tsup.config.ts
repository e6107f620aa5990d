import { defineConfig } from "tsup";
import { packageEntries } from "./scripts/lib/entries.ts";
import { loadRegistry } from "./src/codegen/registry.ts";

const entries = packageEntries(loadRegistry());
const entry = Object.fromEntries(
  entries.filter((e) => e.platform !== "node").flatMap((e) => [[e.out, e.source], ...(e.fallback ? [[e.fallback.out, e.fallback.source]] : [])]),
);
const nodeEntry = Object.fromEntries(entries.filter((e) => e.platform === "node").map((e) => [e.out, e.source]));
/**
 * The bin imports the mock and the generator from the package's own builds (`dist/testing`,
 * `dist/codegen`: the same relative path from `dist/cli` as from `src/cli`) instead of a copy.
 */
const packageEntriesOfBin = {
  name: "package-entries-of-bin",
  setup(build: { onResolve: (options: { filter: RegExp }, callback: (args: { path: string }) => { path: string; external: boolean }) => void }) {
    build.onResolve({ filter: /^\.\.\/(testing|codegen)\/index\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
// The generator's tools: optional peer dependencies, never bundled.
const TOOLS = ["@redocly/openapi-core", "openapi-typescript", "typescript", "yaml", "tsx"];

export default defineConfig([
  {
  entry,
  format: ["esm", "cjs"],
  dts: false,
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  external: ["openapi-fetch", "zod", "msw", /^node:/],
  // Keep `node:` specifiers (the mock's server imports node:http on demand): bundlers for browsers
  // know `node:*` as Node built-ins, while a bare "http" would send them looking for a package.
  removeNodeProtocol: false,
  },
  {
    // `commonground-sdk/codegen`: Node only, for build tools (ESM and CJS; import.meta.url shimmed in CJS).
    entry: nodeEntry,
    format: ["esm", "cjs"],
    dts: false,
    sourcemap: false,
    clean: false,
    splitting: false,
    treeshake: true,
    target: "node20",
    platform: "node",
    shims: true,
    external: ["openapi-fetch", "zod", ...TOOLS, /^node:/],
    removeNodeProtocol: false,
  },
  {
    // The `commonground` bin: Node only, ESM, with its shebang.
    // Its own folder: the chunks it loads on demand (codegen, the mock) stay beside it, out of the
    // way of the library build's clean step.
    entry: { index: "src/cli/index.ts" },
    outDir: "dist/cli",
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
    splitting: true,
    treeshake: true,
    target: "node20",
    platform: "node",
    // The build-time tools behind `commonground specs` (bundling specs) stay outside the bin: they are
    // loaded only by that command, which says what to install when they are missing.
    external: ["openapi-fetch", "zod", "msw", "jose", "undici", "uuid", ...TOOLS, /^node:/],
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [packageEntriesOfBin],
    removeNodeProtocol: false,
  },
]);
