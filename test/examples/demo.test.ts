/**
 * `npm start` (examples/demo/main.ts) runs in the suite: its transcript is checked step by step
 * against the embedded landscape, and a run with a wrong secret must stop at the first step.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/codegen/registry.ts";

const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** Runs the demo; resolves to its exit code and output (no colours: not a TTY, NO_COLOR set). */
function demo(args: readonly string[] = []): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, join(ROOT, "examples", "demo", "main.ts"), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, out }));
  });
}

/** The transcript split into steps: header line and the lines under it. */
function steps(out: string): { header: string; lines: string[] }[] {
  const blocks: { header: string; lines: string[] }[] = [];
  for (const line of out.split("\n")) {
    if (/^\s?\d+\/\d+ /.test(line)) blocks.push({ header: line, lines: [] });
    else blocks.at(-1)?.lines.push(line);
  }
  return blocks;
}

describe("npm start: the demo walk against the embedded landscape", () => {
  it("walks all eleven steps, each doing what it says, and exits 0", async () => {
    const { code, out } = await demo();
    const walk = steps(out);
    expect(walk.map((s) => s.header.replace(/\s+/g, " ").trim())).toEqual([
      "1/11 Catalogi find the zaaktype PARKEERVERGUNNING valid today",
      "2/11 BRP Personen look up the applicant by BSN (with x-doelbinding and x-verwerking)",
      "3/11 BAG find the applicant's address (HAL pages, Accept-Crs epsg:28992)",
      "4/11 Notificaties subscribe a local webhook to the kanalen zaken and documenten",
      "5/11 Zaken start a zaak with its first status and the applicant as initiator",
      "6/11 Documenten upload the scanned application (3 MiB) through bestandsdelen",
      "7/11 Zaken link the document to the zaak",
      "8/11 Notificaties receive the notifications on the local webhook",
      "9/11 Zaken list the applicant's zaken with paginate",
      "10/11 Catalogi resolve the zaaktype from the zaak's URL (createCommonGround)",
      "11/11 Zaken close the zaak with a resultaat",
    ]);
    for (const step of walk) expect(step.lines.some((l) => l.includes("✓")), `${step.header}\n${step.lines.join("\n")}`).toBe(true);
    const text = (n: number): string => walk[n - 1]?.lines.join("\n") ?? "";
    expect(text(1)).toMatch(/GET\s+\/zaaktypen\?identificatie=PARKEERVERGUNNING&status=definitief&datumGeldigheid=\d{4}-\d{2}-\d{2}\s+← 200/);
    expect(text(1)).toContain("the version valid from 2025-01-01");
    expect(text(2)).toMatch(/POST\s+\/personen\s+← 200/);
    expect(text(3)).toMatch(/GET\s+\/adressen\?postcode=\w+&huisnummer=\d+\s+← 200/);
    expect(text(4)).toMatch(/abonnement (created|unchanged|updated)/);
    expect(text(5)).toMatch(/POST\s+\/zaken\s+← 201[\s\S]*POST\s+\/statussen\s+← 201[\s\S]*POST\s+\/rollen\s+← 201/);
    expect(text(5)).toMatch(/zaak ZAAK-\d{4}-\d+ with status/);
    expect(text(6)).toContain("100%");
    expect(text(6)).toMatch(/\d+\/\d+ bestandsdelen/);
    expect(text(6)).toContain("unlocked after the last part");
    expect(text(7)).toMatch(/POST\s+\/zaakinformatieobjecten\s+← 201/);
    expect(text(8)).toMatch(/zaak create/);
    expect(text(8)).toMatch(/enkelvoudiginformatieobject create/);
    expect(text(9)).toMatch(/\d+ zaken: ZAAK-/);
    expect(text(10)).toContain('"Aanvraag parkeervergunning" (PARKEERVERGUNNING)');
    expect(text(11)).toMatch(/closed on \d{4}-\d{2}-\d{2}/);
    expect(out).toMatch(/done: \d+ ms from launch/);
    // No citizen number in the transcript: the BRP step says so instead.
    expect(out).not.toContain("999993653");
    expect(code).toBe(0);
  }, 120_000);

  it("with a wrong secret, stops at the first step with a clear reason and a non-zero exit code", async () => {
    const { code, out } = await demo(["--secret", "not-the-secret-of-the-demo-app-but-32-bytes-long"]);
    const walk = steps(out);
    expect(walk).toHaveLength(1);
    expect(walk[0]?.header).toMatch(/1\/11 Catalogi/);
    const failure = walk[0]?.lines.find((l) => l.includes("✗")) ?? "";
    expect(failure).toMatch(/step failed: .*403/);
    expect(failure).toContain("invalid-jwt-signature");
    expect(out).not.toContain("not-the-secret-of-the-demo-app");
    expect(out).toMatch(/stopped: \d+ ms from launch/);
    expect(code).toBe(1);
  }, 60_000);
});
