/**
 * `npm start`: walks one case (a parking-permit application) through the Common Ground APIs with the
 * SDK, against the embedded landscape mock over real HTTP, and prints a transcript. Exit code 0 only
 * when every step did what it says; otherwise it names the step and why, and exits 1.
 *
 *   npm start                                   the embedded landscape (offline)
 *   npm start -- --base-url https://gemeente.nl [--env-file .env] [--write]
 *                                               a real deployment: read-only steps unless --write;
 *                                               CG_CLIENT_ID, CG_SECRET, CG_API_KEY, CG_BSN,
 *                                               CG_ZAAKTYPE, CG_RSIN (and CG_<API>_URL to override a root)
 *   npm start -- --secret wrong                 the embedded landscape with a wrong ZGW secret (fails)
 */
import { parseArgs } from "node:util";
import { isCommonGroundError, isHttpError } from "../../src/index.js";
import { type Target, clients, embedded, remote } from "./landscape.js";
import { Transcript, dim } from "./transcript.js";
import { StepFailed, walk } from "./walk.js";
import { type Webhook, startWebhook } from "./webhook.js";

const started = performance.now();
const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    "env-file": { type: "string" },
    write: { type: "boolean", default: false },
    secret: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  process.stdout.write("usage: npm start [-- --base-url URL [--env-file FILE] [--write]] [-- --secret S]\n");
  process.exit(0);
}

/** Why a step failed, in one line (typed SDK errors say what and where; no credentials or BSNs). */
function reason(error: unknown): string {
  if (isHttpError(error)) {
    const code = typeof error.problem?.code === "string" ? ` (code ${error.problem.code})` : "";
    const params = error.invalidParams?.map((p) => `${p.name}: ${p.code}`).join(", ");
    return `${error.message}${code}${params ? ` [${params}]` : ""}`;
  }
  if (isCommonGroundError(error) || error instanceof StepFailed) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

let target: Target | undefined;
let webhook: Webhook | undefined;
let exitCode = 0;
try {
  if (values["env-file"]) process.loadEnvFile(values["env-file"]);
  target = values["base-url"] ? remote(values["base-url"], process.env) : await embedded(values.secret);
  const write = target.kind === "embedded" || values.write;
  webhook = target.kind === "embedded" ? await startWebhook() : undefined;
  const transcript = new Transcript();
  const built = clients(target, transcript.hooks);
  for (const url of Object.values(target.baseUrls)) transcript.root(url);
  const steps = walk({ target, clients: built, transcript, write, webhook });
  transcript.steps(steps.length);
  transcript.title(`commonground-sdk demo: a parking-permit application against ${target.label}`);
  transcript.line(dim(`started in ${Math.round(performance.now() - started)} ms${write ? "" : "; read-only (pass --write to create data)"}`));
  for (const step of steps) {
    transcript.begin(step.api, step.what);
    if (step.writes && !write) {
      transcript.skipped("this step writes; pass --write to run it against a real deployment");
      continue;
    }
    try {
      const result = await step.run();
      if (result === "skipped") transcript.skipped("a remote Notificaties API cannot reach a webhook on this machine");
      else transcript.result(result);
    } catch (error) {
      transcript.failed(`step failed: ${reason(error)}`);
      exitCode = 1;
      break;
    }
  }
  process.stdout.write(`\n${exitCode === 0 ? "done" : "stopped"}: ${Math.round(performance.now() - started)} ms from launch\n`);
} catch (error) {
  process.stdout.write(`demo could not start: ${reason(error)}\n`);
  exitCode = 1;
} finally {
  await webhook?.close();
  await target?.close();
}
process.exit(exitCode);
