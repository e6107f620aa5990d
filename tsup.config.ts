import { defineConfig } from "tsup";
import { packageEntries } from "./scripts/lib/entries.ts";
import { loadRegistry } from "./scripts/lib/registry.ts";

const entry = Object.fromEntries(
  packageEntries(loadRegistry()).flatMap((e) => [[e.out, e.source], ...(e.fallback ? [[e.fallback.out, e.fallback.source]] : [])]),
);

export default defineConfig({
  entry,
  format: ["esm", "cjs"],
  dts: false,
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  external: ["openapi-fetch", "zod"],
});
