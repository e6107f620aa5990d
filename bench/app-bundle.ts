/**
 * Bundles code the way an app's bundler would (esbuild, minify, esm, platform neutral, one file) and
 * measures it: minified bytes, gzip level 9 bytes and the esbuild metafile. Shared by the size bench
 * and the budget check.
 */
import { type BuildOptions, type Metafile, build } from "esbuild";
import { gzipSync } from "node:zlib";
import { ROOT, cannotRun } from "./shared.ts";

/** What {@link appBundle} measured. */
export interface AppBundle {
  readonly minified: number;
  readonly gzipped: number;
  readonly metafile: Metafile;
}

/** Bundles `options` (entry points or stdin, externals) with the app-like defaults. */
export async function appBundle(options: BuildOptions): Promise<AppBundle> {
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      target: "es2022",
      write: false,
      metafile: true,
      logLevel: "silent",
      absWorkingDir: ROOT,
      ...options,
    });
  } catch (error) {
    return cannotRun(`esbuild failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const code = result.outputFiles?.[0]?.contents;
  if (!code || !result.metafile) cannotRun("esbuild produced no output");
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

/** An esbuild stdin entry of JavaScript resolved from the repository root. */
export function stdinOf(contents: string): NonNullable<BuildOptions["stdin"]> {
  return { contents, resolveDir: ROOT, loader: "js", sourcefile: "app.js" };
}
