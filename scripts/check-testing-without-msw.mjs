// Checks what the issue promises for commonground-sdk/testing: a project WITHOUT msw can import it,
// type-check it and run the HTTP server; only `mock.handlers` needs msw (a ConfigError without it).
// Run after `npm run build`. A throw-away project in the system's temp folder (outside the repository,
// so no parent node_modules has msw) gets symlinks to every installed package except msw, and to the
// SDK itself; Node and tsc run with --preserve-symlinks so nothing is found through the repository.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const project = mkdtempSync(join(tmpdir(), "commonground-without-msw-"));
mkdirSync(join(project, "node_modules"), { recursive: true });
for (const name of readdirSync(join(root, "node_modules"))) {
  if (name === "msw" || name.startsWith(".")) continue;
  if (name.startsWith("@")) {
    mkdirSync(join(project, "node_modules", name));
    for (const sub of readdirSync(join(root, "node_modules", name))) symlinkSync(join(root, "node_modules", name, sub), join(project, "node_modules", name, sub));
  } else symlinkSync(join(root, "node_modules", name), join(project, "node_modules", name));
}
// The SDK as installed: its package.json and dist/ only (a link to the whole checkout would bring
// the checkout's own node_modules, msw included, along with it).
mkdirSync(join(project, "node_modules", "commonground-sdk"));
for (const entry of ["package.json", "dist"]) symlinkSync(join(root, entry), join(project, "node_modules", "commonground-sdk", entry));
writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "without-msw", private: true, type: "module" })}\n`);

const app = `import { createMockCommonGround } from "commonground-sdk/testing";
import { createZakenClient } from "commonground-sdk/zaken";
import { zgwJwt } from "commonground-sdk";

const mock = await createMockCommonGround({ notify: false });
await mock.listen({ port: 0 });
const zaken = createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }) });
const { data } = await zaken.GET("/zaken", { throwOnError: true });
let handlers = "no error";
try {
  void mock.handlers;
} catch (error) {
  handlers = (error as { kind?: string }).kind === "config" && /msw/.test((error as Error).message) ? "config error naming msw" : String(error);
}
await mock.close();
console.log(JSON.stringify({ zaken: data?.count ?? data?.results?.length, handlers }));
`;
writeFileSync(join(project, "app.ts"), app);
writeFileSync(
  join(project, "tsconfig.json"),
  `${JSON.stringify({
    compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: true, preserveSymlinks: true, outDir: "out", types: [] },
    files: ["app.ts"],
  })}\n`,
);
const failures = [];
try {
  execFileSync(process.execPath, ["--preserve-symlinks", "--input-type=module", "-e", 'import("msw").then(() => process.exit(3), () => process.exit(0))'], { cwd: project, stdio: "pipe" });
} catch {
  failures.push("setup: msw can still be resolved from the throw-away project");
}
try {
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", project], { cwd: project, stdio: "pipe" });
} catch (error) {
  failures.push(`type-check without msw failed:\n${error.stdout?.toString() ?? ""}${error.stderr?.toString() ?? ""}`);
}
if (failures.length === 0) {
  try {
    const out = execFileSync(process.execPath, ["--preserve-symlinks", "--preserve-symlinks-main", join(project, "out", "app.js")], { cwd: project, stdio: "pipe" }).toString();
    const result = JSON.parse(out.trim().split("\n").pop() ?? "{}");
    if (!(result.zaken > 0)) failures.push(`the server answered no zaken: ${out}`);
    if (result.handlers !== "config error naming msw") failures.push(`mock.handlers without msw: ${result.handlers}`);
  } catch (error) {
    failures.push(`running without msw failed:\n${error.stdout?.toString() ?? ""}${error.stderr?.toString() ?? ""}`);
  }
}
if (!process.env.KEEP) rmSync(project, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(`check-testing-without-msw: ${failures.join("\n")}`);
  process.exit(1);
}
console.log("check-testing-without-msw: commonground-sdk/testing type-checks and serves without msw; mock.handlers says to install msw");
