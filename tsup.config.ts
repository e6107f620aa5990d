import { defineConfig } from "tsup";
import { CLI_ENTRIES, packageEntries } from "./scripts/lib/entries.ts";
import { loadRegistry } from "./src/codegen/registry.ts";

const entry = Object.fromEntries(
  packageEntries(loadRegistry()).flatMap((e) => [[e.out, e.source], ...(e.fallback ? [[e.fallback.out, e.fallback.source]] : [])]),
);

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
    // The `commonground` bin: Node only, ESM, with its shebang.
    entry: CLI_ENTRIES,
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
    splitting: false,
    treeshake: true,
    target: "node20",
    platform: "node",
    // The build-time tools behind `commonground specs` (bundling specs) stay outside the bin: they are
    // loaded only by that command, which says what to install when they are missing.
    external: ["openapi-fetch", "zod", "msw", "jose", "undici", "uuid", "@redocly/openapi-core", "openapi-typescript", "typescript", "yaml", /^node:/],
    banner: { js: "#!/usr/bin/env node" },
    removeNodeProtocol: false,
  },
]);
