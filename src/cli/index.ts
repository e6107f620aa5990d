/**
 * The `commonground` command. Subcommand `mock`: runs the landscape mock as an HTTP server.
 *
 * Usage: commonground mock [--port 8000] [--host 127.0.0.1] [--seed file.json]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { createMockCommonGround } from "../testing/index.js";
import type { SeedData } from "../testing/index.js";

const USAGE = `Usage: commonground <command> [options]

Commands:
  mock    Run the in-memory Common Ground landscape (Zaken, Catalogi, Documenten, Besluiten,
          Autorisaties, Notificaties, Klantinteracties, Objecten, Objecttypen, BRP, BAG, BRK, WOZ)

Options for mock:
  --port <n>     port to listen on (0 = a free one)            default 8000
  --host <h>     address to bind                               default 127.0.0.1
  --seed <file>  JSON seed data added to the default seed
  -h, --help     show this help
`;

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

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === "mock") return mock(rest);
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
