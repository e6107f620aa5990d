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
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import type { SeedData } from "../testing/index.js";
import { GENERATE_USAGE, generateCommand } from "./generate-command.js";

const USAGE = `Usage: commonground <command> [options]

Commands:
  generate  Generate typed client modules from OpenAPI specs (files, URLs or a config file)
  mock    Run the in-memory Common Ground landscape (Zaken, Catalogi, Documenten, Besluiten,
          Autorisaties, Notificaties, Klantinteracties, Objecten, Objecttypen, BRP, BAG, BRK, WOZ)
  specs   List the registered specs, or compare two specs and flag breaking changes

Options for mock:
  --port <n>     port to listen on (0 = a free one)            default 8000
  --host <h>     address to bind                               default 127.0.0.1
  --seed <file>  JSON seed data added to the default seed
  -h, --help     show this help

Usage of specs:
  commonground specs list [--json]
      every registered API id and variant, its default (*), title and source repository
  commonground specs diff <id> <from> <to> [--json] [--breaking]
      compare two registered variants, e.g. \`commonground specs diff zaken 1.5.1 1.7.0\`
  commonground specs diff <fileA> <fileB> [--json] [--breaking]
      compare two local OpenAPI 3.x files (YAML or JSON; external $refs are resolved)
  --json         print JSON instead of text
  --breaking     text output: only the breaking changes (the summary still counts all)

Usage of generate: see \`commonground generate --help\`.

Exit codes: 0 done, 1 bad input (unknown spec, unreadable or invalid file), 2 usage error,
3 (generate --check) stale output.
`;

/**
 * The generator and spec tools: loaded only by the commands that need them. Their tools are not
 * dependencies of the package (apps never need them): say what to install when they are missing.
 */
async function loadCodegen(command: string): Promise<typeof import("../codegen/index.js") | undefined> {
  try {
    return await import("../codegen/index.js");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
    process.stderr.write(
      `commonground ${command}: needs the generator's tools: npm install --save-dev @redocly/openapi-core@1 openapi-typescript@7 typescript@5\n(${(error as Error).message})\n`,
    );
    return undefined;
  }
}

async function demoJwt(clientId: string, secret: string): Promise<string> {
  return new SignJWT({ client_id: clientId, user_id: "demo", user_representation: "Demo" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(clientId)
    .setIssuedAt()
    .sign(new TextEncoder().encode(secret));
}

async function mock(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: "string", default: "8000" }, host: { type: "string", default: "127.0.0.1" }, seed: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`commonground mock: --port must be 0..65535\n${USAGE}`);
    return 2;
  }
  // The mock (and its specs' facts) loads only for this command, so `generate` starts fast.
  const { createMockCommonGround } = await import("../testing/index.js");
  const instance = await createMockCommonGround({ onError: (error) => process.stderr.write(`mock: internal error: ${String(error)}\n`) });
  if (values.seed) instance.seed(JSON.parse(readFileSync(values.seed, "utf8")) as SeedData);
  const { origin } = await instance.listen({ port, host: values.host });
  const { credentials } = instance;
  const jwt = await demoJwt(credentials.clientId, credentials.secret);
  const lines = [
    `Common Ground mock listening on ${origin}`,
    "",
    "Base URLs:",
    ...Object.entries(instance.baseUrls).map(([id, url]) => `  ${id.padEnd(18)} ${url}`),
    "",
    "Demo credentials:",
    `  ZGW JWT      clientId ${credentials.clientId}  secret ${credentials.secret}  (heeftAlleAutorisaties)`,
    `  ZGW JWT      clientId ${credentials.restricted.clientId}  secret ${credentials.restricted.secret}  (restricted)`,
    `  Token        ${credentials.token}  (Objecten, Objecttypen, Klantinteracties)`,
    `  X-Api-Key    ${credentials.apiKey}  (BRP, BAG, BRK, WOZ)`,
    "",
    "Try:",
    `  curl -H "Authorization: Bearer ${jwt}" -H "Accept-Crs: EPSG:4326" ${instance.baseUrls.zaken}/zaken`,
    "",
    "Ctrl-C stops.",
    "",
  ];
  process.stdout.write(lines.join("\n"));
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void instance.close().then(done);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return 0;
}

async function specs(args: string[]): Promise<number> {
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

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === "mock") return mock(rest);
  if (command === "specs") return specs(rest);
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
    process.stderr.write(`commonground: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
  },
);
