/** `commonground specs list` and `commonground specs diff`. */
import { parseArgs } from "node:util";
import { loadCodegen } from "./load-codegen.js";
import { USAGE } from "./usage.js";

/** Runs `commonground specs …`; returns the exit code. */
export async function specsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean" }, breaking: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  const [sub, ...operands] = positionals;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const usage = (problem: string): number => {
    process.stderr.write(`commonground specs: ${problem}\n\n${USAGE}`);
    return 2;
  };
  const specDiff = await loadCodegen("specs");
  if (!specDiff) return 1;
  try {
    if (sub === "list") {
      if (operands.length > 0) return usage(`"specs list" takes no arguments (got ${operands.join(" ")})`);
      const rows = specDiff.listSpecs();
      process.stdout.write(values.json ? `${JSON.stringify(rows, null, 2)}\n` : specDiff.renderSpecList(rows));
      return 0;
    }
    if (sub === "diff") {
      const [a, b, c] = operands;
      if (a === undefined || b === undefined || operands.length > 3) {
        return usage("\"specs diff\" takes <id> <from> <to> or <fileA> <fileB>");
      }
      const diff = await specDiff.diffSpecs(c === undefined ? { files: [a, b] } : { id: a, from: b, to: c });
      process.stdout.write(values.json ? specDiff.renderDiffJson(diff) : specDiff.renderDiffText(diff, { breakingOnly: values.breaking === true }));
      return 0;
    }
  } catch (error) {
    if (!(error instanceof specDiff.CodegenError)) throw error;
    process.stderr.write(`commonground specs ${sub}: ${error.message}\n`);
    return 1;
  }
  return usage(sub ? `unknown subcommand "${sub}"` : "no subcommand given (list or diff)");
}
