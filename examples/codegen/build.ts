/**
 * A vendor's build step without Vite or Rollup: generate the typed clients that
 * commonground.config.json lists, with the SDK's programmatic API. `--check` writes nothing and exits
 * 3 when the generated files on disk are stale (run it in CI).
 *
 *   npx tsx examples/codegen/build.ts [--check]
 */
import { relative } from "node:path";
import { CodegenError, findConfig, generateFromConfig, loadConfig, staleFiles, writeModules } from "commonground-sdk/codegen";

const here = new URL(".", import.meta.url).pathname;
const check = process.argv.includes("--check");
try {
  const config = await loadConfig(findConfig(here));
  const { modules, results } = await generateFromConfig(config, {
    onProgress: (position, count, input, stage) => {
      if (process.stderr.isTTY) process.stderr.write(`\r\u001b[K[${position}/${count}] ${input}: ${stage}…`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\r\u001b[K");
  if (check) {
    const stale = staleFiles(modules);
    for (const file of stale) console.error(`stale: ${relative(here, file)}`);
    process.exitCode = stale.length > 0 ? 3 : 0;
  } else {
    writeModules(modules);
    for (const [i, result] of results.entries()) {
      console.log(`${relative(here, modules[i]?.dir ?? "")}: ${result.factory} (${result.operations} operations${result.api ? `, as ${result.api.id}` : ""})`);
    }
  }
} catch (error) {
  if (!(error instanceof CodegenError)) throw error;
  console.error(`build: ${error.message}`);
  process.exitCode = 1;
}
