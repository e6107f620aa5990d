import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

function run(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/index.ts", ...args], { cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => {
    err += c.toString();
  });
  const exit = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  return { child, exit, out: () => out, err: () => err };
}

describe("commonground mock", () => {
  it("prints base URLs, credentials and a working curl example, and stops with exit 0 on SIGINT", async () => {
    const cli = run(["mock", "--port", "0"]);
    const deadline = Date.now() + 15_000;
    while (!/Ctrl-C stops/.test(cli.out()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const text = cli.out();
    const zaken = /zaken\s+(http:\/\/127\.0\.0\.1:\d+\/zaken\/api\/v1)/.exec(text)?.[1];
    const token = /Authorization: Bearer ([\w.-]+)/.exec(text)?.[1];
    expect(zaken).toBeDefined();
    expect(text).toContain("demo-app");
    const response = await fetch(`${zaken}/zaken`, { headers: { Authorization: `Bearer ${token}`, "Accept-Crs": "EPSG:4326" } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { count: number }).count).toBe(3);
    cli.child.kill("SIGINT");
    expect(await cli.exit).toBe(0);
  }, 30_000);

  it("exits 2 with the usage for an unknown subcommand", async () => {
    const cli = run(["serve"]);
    expect(await cli.exit).toBe(2);
    expect(cli.err()).toContain("Usage: commonground");
  }, 30_000);
});
