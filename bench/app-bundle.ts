/**
 * Bundles code the way an app's bundler would (esbuild, minify, esm, platform neutral) and measures
 * it: minified bytes, gzip level 9 bytes and the esbuild metafile. {@link appBundle} makes one file
 * (the size bench); {@link appUpFront} splits code as Vite, Rollup or esbuild apps do and measures
 * what loads up front apart from what loads on demand (the budget check).
 */
import { type BuildOptions, type BuildResult, type Metafile, type OutputFile, type Plugin, build } from "esbuild";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT, cannotRun } from "./shared.ts";

/** What {@link appBundle} measured. */
export interface AppBundle {
  readonly minified: number;
  readonly gzipped: number;
  readonly metafile: Metafile;
}

/** How an app's bundler builds: minified ESM for any platform, in memory, with a metafile. */
const APP_BUILD: BuildOptions = {
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
};

/** Bundles `options` (entry points or stdin, externals) with the app-like defaults. */
export async function appBundle(options: BuildOptions): Promise<AppBundle> {
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({
      ...APP_BUILD,
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

/** What {@link appUpFront} measured: the chunks an app loads up front, and those it loads on demand. */
export interface AppUpFront extends AppBundle {
  /** The chunks loaded up front (entry first), relative to the repository root. */
  readonly chunks: readonly string[];
  /** The chunks reached only through a dynamic `import()`: loaded when that code path runs. */
  readonly onDemand: { readonly chunks: readonly string[]; readonly minified: number; readonly gzipped: number };
}

/** Where esbuild names the chunks of {@link appUpFront} (nothing is written there). */
const SPLIT_OUTDIR = join(ROOT, "bench", ".tmp", "app-bundle");

/** Marks the inner resolve call of {@link externalDynamicImports}. */
const INNER_RESOLVE = Symbol("inner resolve");

/** An esbuild plugin that leaves the dynamic `import()`s of the given input files external. */
function externalDynamicImports(inputs: ReadonlySet<string>): Plugin {
  return {
    name: "external-dynamic-imports",
    setup(build): void {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== "dynamic-import" || args.pluginData === INNER_RESOLVE) return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: INNER_RESOLVE });
        return inputs.has(relative(ROOT, resolved.path).split(sep).join("/")) ? { path: args.path, external: true } : undefined;
      });
    },
  };
}

/** The chunks of one split build: up front, on demand, and the inputs of chunks nothing kept imports. */
interface Split {
  readonly result: BuildResult & { metafile: Metafile; outputFiles: OutputFile[] };
  readonly chunks: string[];
  readonly onDemand: string[];
  readonly orphans: Set<string>;
}

async function split(options: BuildOptions, orphans: ReadonlySet<string>): Promise<Split> {
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({
      ...APP_BUILD,
      ...options,
      plugins: [...(options.plugins ?? []), ...(orphans.size > 0 ? [externalDynamicImports(orphans)] : [])],
      splitting: true,
      outdir: SPLIT_OUTDIR,
    });
  } catch (error) {
    return cannotRun(`esbuild failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { metafile, outputFiles } = result;
  if (!metafile || !outputFiles) return cannotRun("esbuild produced no output");
  // esbuild marks a dynamically imported module's chunk as an entry point too: the app's entry is the
  // chunk of the stdin (or the one entry point) given.
  const entryName = options.stdin ? (options.stdin.sourcefile ?? "<stdin>") : undefined;
  const entries = Object.entries(metafile.outputs).filter(([, output]) =>
    entryName === undefined ? output.entryPoint !== undefined && !output.entryPoint.startsWith("node_modules/") : output.entryPoint === entryName,
  );
  if (entries.length !== 1) cannotRun(`expected one entry chunk, found ${entries.length} (${entries.map(([path]) => path).join(", ")})`);
  /** `from` and every chunk reached from it through imports of the given kinds, in visiting order. */
  const reach = (from: readonly string[], kinds: readonly string[]): string[] => {
    const seen: string[] = [];
    const visit = (path: string): void => {
      if (seen.includes(path)) return;
      seen.push(path);
      for (const imported of metafile.outputs[path]?.imports ?? []) {
        if (kinds.includes(imported.kind) && imported.external !== true) visit(imported.path);
      }
    };
    for (const path of from) visit(path);
    return seen;
  };
  const chunks = reach([(entries[0] as [string, unknown])[0]], ["import-statement"]);
  // On demand: what the up-front code can still fetch through import(), with what that imports.
  const dynamicTargets = chunks.flatMap((path) => (metafile.outputs[path]?.imports ?? []).filter((i) => i.kind === "dynamic-import" && i.external !== true).map((i) => i.path));
  const onDemand = reach(dynamicTargets, ["import-statement", "dynamic-import"]).filter((path) => !chunks.includes(path));
  // esbuild still emits a chunk for an import() whose calling code it tree-shook away (Rollup does
  // not); nothing can load it, but code it shares with the entry is split into an extra chunk.
  const reached = new Set([...chunks, ...onDemand]);
  const orphaned = Object.entries(metafile.outputs).flatMap(([path, output]) => (output.entryPoint !== undefined && !reached.has(path) ? [output.entryPoint] : []));
  return { result: { ...result, metafile, outputFiles }, chunks, onDemand, orphans: new Set(orphaned) };
}

/**
 * Bundles `options` (stdin or one entry point) with code splitting, as an app's bundler does
 * (`splitting: true`, esm, an outdir), and measures what the app loads up front: the entry chunk
 * plus every chunk it imports statically, followed transitively through the metafile's
 * `import-statement` imports. A module reached only through a dynamic `import()` (such as the
 * `apiVersion` guard's version facts, loaded only by clients that set `apiVersion`) lands in its own
 * chunk that a browser fetches only when that code runs, so it is reported apart as `onDemand`
 * instead of counted against the app. Each chunk is gzipped on its own (level 9) and the sizes
 * summed, as the chunks travel as separate files. A dynamic import in code that tree-shaking removed
 * (the mock's `import("msw")` when the mock is imported but unused) is left external and the bundle
 * made again, as Rollup (Vite) would never emit it.
 */
export async function appUpFront(options: BuildOptions): Promise<AppUpFront> {
  let bundle = await split(options, new Set());
  if (bundle.orphans.size > 0) bundle = await split(options, bundle.orphans);
  const { result, chunks, onDemand } = bundle;
  const code = new Map(result.outputFiles.map((file) => [relative(ROOT, file.path).split(sep).join("/"), file.contents]));
  const measure = (paths: readonly string[]): { minified: number; gzipped: number } => {
    const files = paths.map((path) => code.get(path) ?? cannotRun(`esbuild output ${path} is missing`));
    return {
      minified: files.reduce((n, file) => n + file.length, 0),
      gzipped: files.reduce((n, file) => n + gzipSync(file, { level: 9 }).length, 0),
    };
  };
  return { ...measure(chunks), metafile: result.metafile, chunks, onDemand: { chunks: onDemand, ...measure(onDemand) } };
}
