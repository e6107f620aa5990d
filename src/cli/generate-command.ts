/**
 * `commonground generate`: typed client modules from specs, for a vendor's build. One spec from the
 * command line, or every spec of a config file; `--check` compares instead of writing.
 */
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";

/** The help text of `commonground generate`. */
export const GENERATE_USAGE = `Usage:
  commonground generate <file-or-url> --out <dir> [--name <Name>] [--as <id>] [--header "Name: value"]...
  commonground generate [--config <file>]
      generate a typed client module (types.ts, operations.ts, index.ts) for each spec;
      without <file-or-url>, the specs listed in the config file (default: the first of
      commonground.config.json, .mjs, .js, .ts in the current folder)

Options:
  --out <dir>          folder for the module (it must hold only generated files)
  --name <Name>        PascalCase client name: Zaken gives createZakenClient
                       (default: the recognised API's name, else from info.title)
  --as <id>            the registered API the spec is (e.g. zaken), for its overlays
                       (default: recognised from info.title; see \`commonground specs list\`)
  --header "N: v"      header for fetching a URL input and its same-origin $refs (repeatable)
  --import-from <m>    module the generated files import the SDK from  default commonground-sdk
  --config <file>      the config file to read
  --check              write nothing; exit 3 when the files on disk differ from fresh output
  --quiet              print nothing but errors
  -h, --help           show this help

Progress is shown on a terminal, never in CI (CI set) or when output is piped.

Exit codes:
  0  generated (or, with --check, the output is current)
  1  bad input: a spec, URL, config file or output folder problem (the message names it)
  2  usage error
  3  --check: the output is stale or missing (the files are listed)
`;

type Codegen = typeof import("../codegen/index.js");

/** Whether to show progress: only on a terminal, never in CI (`CI` set to anything but "false"/"0") or with --quiet. */
export function showsProgress(stream: { readonly isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>, quiet: boolean): boolean {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "false" && env.CI !== "0";
  return stream.isTTY === true && !ci && !quiet;
}

function headerPairs(values: readonly string[]): Record<string, string> | string {
  const headers: Record<string, string> = {};
  for (const [i, value] of values.entries()) {
    const at = value.indexOf(":");
    // Never echo the text: it may be a credential with the colon forgotten.
    if (at <= 0) return `--header number ${i + 1} has no "Name: value" form (no colon after the name)`;
    headers[value.slice(0, at).trim()] = value.slice(at + 1).trim();
  }
  return headers;
}

/** Runs `commonground generate`; returns the exit code. */
export async function generateCommand(args: string[], codegen: Codegen): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const parse = (argv: string[]) =>
    parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        name: { type: "string" },
        as: { type: "string" },
        header: { type: "string", multiple: true },
        "import-from": { type: "string" },
        config: { type: "string" },
        check: { type: "boolean" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
  const usage = (problem: string): number => {
    process.stderr.write(`commonground generate: ${problem}\n\n${GENERATE_USAGE}`);
    return 2;
  };
  try {
    parsed = parse(args);
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(GENERATE_USAGE);
    return 0;
  }
  if (positionals.length > 1) return usage(`one input at a time (got ${positionals.length}); list several in a config file`);
  const [input] = positionals;
  if (input !== undefined && values.config !== undefined) return usage("give an input or --config, not both");
  if (input !== undefined && values.out === undefined) return usage("--out <dir> is required with an input");
  if (input === undefined && values["import-from"] !== undefined) return usage("--import-from goes with an input; a config file sets importFrom");
  if (input !== undefined && values.header !== undefined && !/^https?:\/\//i.test(input)) return usage("--header goes with a URL input");
  if (input === undefined && (values.out ?? values.name ?? values.as ?? values.header) !== undefined) {
    return usage("--out, --name, --as and --header go with an input; a config file lists them per spec");
  }
  const headers = headerPairs(values.header ?? []);
  if (typeof headers === "string") return usage(headers);

  const cwd = process.cwd();
  const tty = showsProgress(process.stderr, process.env, values.quiet === true);
  const started = performance.now();
  const show = (text: string): void => {
    if (tty) process.stderr.write(`\r\u001b[K${text}`);
  };
  try {
    const config =
      input !== undefined
        ? {
            file: "(command line)",
            dir: cwd,
            ...(values["import-from"] ? { importFrom: values["import-from"] } : {}),
            specs: [{ input, output: resolve(cwd, values.out as string), name: values.name, as: values.as, headers }],
          }
        : await codegen.loadConfig(codegen.findConfig(cwd, values.config));
    const { modules, results } = await codegen.generateFromConfig(config, {
      onProgress: (position, count, spec, stage) => show(`[${position}/${count}] ${spec}: ${stage}…`),
    });
    show("");
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (values.check) {
      const stale = codegen.staleFiles(modules);
      if (stale.length > 0) {
        process.stderr.write(
          `commonground generate --check: ${stale.length} file(s) stale or missing:\n${stale.map((f) => `  ${relative(cwd, f) || f}`).join("\n")}\nRun ${input === undefined ? "`npx commonground generate`" : "the same command without --check"} and commit the result.\n`,
        );
        return 3;
      }
      if (!values.quiet) process.stdout.write(`commonground generate --check: ${modules.length} module(s) current (${seconds} s)\n`);
      return 0;
    }
    codegen.writeModules(modules);
    if (!values.quiet) {
      for (const [i, result] of results.entries()) {
        const dir = relative(cwd, modules[i]?.dir ?? "") || ".";
        const as = result.api ? `, as ${result.api.id}${result.api.variant ? ` ${result.api.variant}` : ""}` : "";
        process.stdout.write(`${dir}: ${result.factory} for ${result.title} ${result.version} (${result.operations} operations${as})\n`);
      }
      process.stdout.write(`commonground generate: ${modules.length} module(s) in ${seconds} s\n`);
    }
    return 0;
  } catch (error) {
    show("");
    if (!(error instanceof codegen.CodegenError)) throw error;
    process.stderr.write(`commonground generate: ${error.message}\n`);
    return 1;
  }
}
