/**
 * The `commonground` command. Subcommand `mock`: runs the landscape mock as an HTTP server;
 * `specs list` / `specs diff`: the registered specs, and what changes between two specs.
 *
 * `generate`: typed client modules from a vendor's specs.
 *
 * Usage: commonground mock [--port 8000] [--host 127.0.0.1] [--seed file.json]
 *        commonground generate <file-or-url> --out <dir> | [--config <file>] [--check]
 *        commonground specs list [--json]
 *        commonground specs diff <id> <from> <to> | <fileA> <fileB> [--json] [--breaking]
 *
 * Exit codes: 0 success, 1 bad input (unknown spec, unreadable or invalid file), 2 usage error,
 * 3 (`generate --check`) stale output.
 */
import { GENERATE_USAGE, generateCommand } from "./generate-command.js";
import { loadCodegen } from "./load-codegen.js";
import { mockCommand } from "./mock-command.js";
import { specsCommand } from "./specs-command.js";
import { USAGE } from "./usage.js";

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === "mock") return mockCommand(rest);
  if (command === "specs") return specsCommand(rest);
  if (command === "generate") {
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(GENERATE_USAGE);
      return 0;
    }
    const codegen = await loadCodegen("generate");
    return codegen ? generateCommand(rest, codegen) : 1;
  }
  process.stderr.write(`commonground: ${command ? `unknown command "${command}"` : "no command given"}\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // A bad option is a usage error (2); anything else failed while running (1), without the usage text.
    const usage = String((error as { code?: unknown }).code ?? "").startsWith("ERR_PARSE_ARGS");
    process.stderr.write(usage ? `commonground: ${message}\n\n${USAGE}` : `commonground: failed: ${message}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
