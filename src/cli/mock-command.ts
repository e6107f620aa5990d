/** `commonground mock`: runs the landscape mock as an HTTP server and prints how to reach it. */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { SeedData } from "../testing/index.js";
import { USAGE } from "./usage.js";

async function demoJwt(clientId: string, secret: string): Promise<string> {
  // Loaded here: only `commonground mock` signs a demo token, the other commands start without jose.
  const { SignJWT } = await import("jose");
  return new SignJWT({ client_id: clientId, user_id: "demo", user_representation: "Demo" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(clientId)
    .setIssuedAt()
    .sign(new TextEncoder().encode(secret));
}

/** Runs `commonground mock`; resolves with the exit code when the server was stopped (Ctrl-C). */
export async function mockCommand(args: string[]): Promise<number> {
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
