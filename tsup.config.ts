import { defineConfig } from "tsup";
import { CLI_ENTRIES, packageEntries } from "./scripts/lib/entries.ts";
import { loadRegistry } from "./scripts/lib/registry.ts";

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
  external: ["openapi-fetch", "zod", "msw"],
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
    external: ["openapi-fetch", "zod", "msw", "jose"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
