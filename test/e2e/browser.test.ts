/**
 * End-to-end: the browser example (examples/browser), built with Vite, served on 127.0.0.1 and driven
 * in Debian's Chromium through playwright-core (no browser download). The example runs the whole
 * Common Ground mock in the page behind msw's service worker; this test checks what a person sees.
 *
 * No Chromium: skipped with a loud message outside CI, failed in CI (`.ci/run` installs it).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type Page, chromium } from "playwright-core";
import { type PreviewServer, build, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_DOCUMENTS, type SeedRecord, extraZaken } from "../../examples/browser/src/seed.ts";
import { createMockCommonGround, defaultSeed, seedPart, seedUuid } from "../../src/testing/index.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const configFile = resolve(repo, "examples/browser/vite.config.ts");
const outDir = resolve(repo, "node_modules/.cache/commonground-browser-example");
const artifacts = resolve(repo, "test/e2e/artifacts");

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const executablePath = CANDIDATES.find((path): path is string => typeof path === "string" && path !== "" && existsSync(path));
const inCi = Boolean(process.env.CI);

if (!executablePath && !inCi) {
  process.stderr.write(
    [
      "",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      "!! SKIPPED test/e2e/browser.test.ts: no Chromium found at /usr/bin/chromium.    !!",
      "!! Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.       !!",
      "!! In CI (CI set) this test fails instead of skipping.                           !!",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      "",
      "",
    ].join("\n"),
  );
}

/** What the page must show, from the mock's default seed plus the example's extra zaken and documents. */
function expected() {
  const records = (api: string, collection: string): readonly SeedRecord[] => defaultSeed[api]?.[collection] ?? [];
  const seedZaken = records("zaken", "/zaken");
  const template = seedZaken.find((z) => typeof z.status === "string");
  const statusTemplate = records("zaken", "/statussen").find((s) => s.zaak === template?.url);
  if (!template || !statusTemplate) throw new Error("the default seed has no zaak with a status");
  const extra = extraZaken(template, statusTemplate, [0, 1, 2].map((i) => seedPart("statustypen", 11, i)), seedUuid);
  const byUrl = (list: readonly SeedRecord[]) => new Map(list.map((r) => [r.url, r]));
  const statussen = byUrl([...records("zaken", "/statussen"), ...extra.statussen]);
  const statustypen = byUrl(records("catalogi", "/statustypen"));
  const zaaktypen = byUrl(records("catalogi", "/zaaktypen"));
  const zaken = [...seedZaken, ...extra.zaken];
  const rows = new Map(
    zaken.map((z) => {
      const status = typeof z.status === "string" ? statussen.get(z.status) : undefined;
      const statustype = status ? statustypen.get(status.statustype) : undefined;
      return [String(z.identificatie), { status: statustype ? String(statustype.omschrijving) : "—", zaaktype: String(zaaktypen.get(z.zaaktype)?.omschrijving) }];
    }),
  );
  const first = seedZaken.find((z) => z.identificatie === "ZAAK-2025-0000000001");
  const documents = byUrl(records("documenten", "/enkelvoudiginformatieobjecten"));
  const seeded = records("zaken", "/zaakinformatieobjecten").filter((zio) => zio.zaak === first?.url);
  const documentTitels = seeded.length > 0 ? seeded.map((zio) => String(documents.get(zio.informatieobject)?.titel)) : EXAMPLE_DOCUMENTS.map((d) => d.titel);
  return { total: zaken.length, seedIdentificaties: seedZaken.map((z) => String(z.identificatie)), rows, firstZaak: rows.get("ZAAK-2025-0000000001"), documentTitels, ownDocuments: seeded.length === 0 };
}

/** Width and height from a PNG's IHDR chunk (throws when the bytes are not a PNG). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error("not a PNG");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function texts(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).allTextContents();
}

/** Waits until every resolved cell on the page shows text (not the "…" placeholder). */
async function resolvedCells(page: Page, rows: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll("[data-testid=zaak-status]").length === n && document.querySelectorAll("[data-testid=zaak-zaaktype]").length === n,
    rows,
    { timeout: 20_000 },
  );
}

describe.skipIf(!executablePath && !inCi)("browser example in Chromium (in-browser mock via msw's service worker)", () => {
  let browser: Browser | undefined;
  let server: PreviewServer | undefined;
  let page: Page;
  let origin = "";
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!executablePath) throw new Error(`no Chromium found (looked at ${CANDIDATES.filter(Boolean).join(", ")}): CI must install it (.ci/run: apt-get install -y chromium)`);
    const started = performance.now();
    rmSync(artifacts, { recursive: true, force: true });
    await build({ configFile, logLevel: "error", build: { outDir, emptyOutDir: true } });
    server = await preview({ configFile, logLevel: "error", build: { outDir }, preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
    const { port } = server.httpServer.address() as AddressInfo;
    origin = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox"] });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/`);
    await page.getByTestId("zaak-row").first().waitFor({ timeout: 20_000 });
    process.stdout.write(`browser e2e: built, served and first rows shown in ${Math.round(performance.now() - started)} ms\n`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  const want = expected();
  const seen = new Set<string>();

  /** The rows on screen as identificatie → resolved status and zaaktype, checked against the seed. */
  async function checkRows(count: number): Promise<string[]> {
    await resolvedCells(page, count);
    const identificaties = await texts(page, "zaak-identificatie");
    const statuses = await texts(page, "zaak-status");
    const zaaktypen = await texts(page, "zaak-zaaktype");
    expect(identificaties).toHaveLength(count);
    identificaties.forEach((identificatie, i) => {
      expect({ identificatie, status: statuses[i], zaaktype: zaaktypen[i] }).toEqual({ identificatie, ...want.rows.get(identificatie) });
      seen.add(identificatie);
    });
    return identificaties;
  }

  it("lists the first page of zaken with status and zaaktype resolved from their URLs", async () => {
    expect(want.total).toBeGreaterThan(100);
    expect(want.total).toBeLessThanOrEqual(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Zaken");
    await expect(page.getByTestId("mode").textContent()).resolves.toContain("in-browser mock");
    await expect(page.getByTestId("page-indicator").textContent()).resolves.toBe(`Page 1 of 2 · ${want.total} zaken`);
    await checkRows(100);
    // The seed's zaken are at different statussen (Catalogi statustypen), so more than one shows.
    expect(new Set(await texts(page, "zaak-status")).size).toBeGreaterThan(1);
    await expect(page.getByRole("button", { name: "Previous page" }).isDisabled()).resolves.toBe(true);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, "zaken.png") });
  });

  it("pages to page 2 (the rest of the zaken) and back", async () => {
    await page.getByRole("button", { name: "Next page" }).click();
    await page.waitForFunction(() => document.querySelector("[data-testid=page-indicator]")?.textContent?.startsWith("Page 2"), null, { timeout: 10_000 });
    await checkRows(want.total - 100);
    expect([...seen].sort()).toEqual([...want.rows.keys()].sort());
    await expect(page.getByRole("button", { name: "Next page" }).isDisabled()).resolves.toBe(true);
    await page.getByRole("button", { name: "Previous page" }).click();
    await page.waitForFunction(() => document.querySelector("[data-testid=page-indicator]")?.textContent?.startsWith("Page 1"), null, { timeout: 10_000 });
    expect(await page.getByTestId("zaak-row").count()).toBe(100);
  });

  it("opens a zaak and shows its documents (zaakinformatieobjecten → Documenten)", async () => {
    const open = page.getByRole("button", { name: "Open zaak ZAAK-2025-0000000001" });
    if ((await open.count()) === 0) {
      await page.getByRole("button", { name: "Next page" }).click();
      await open.waitFor({ timeout: 10_000 });
    }
    await open.click();
    await expect(page.getByTestId("zaak-heading").textContent()).resolves.toBe("Zaak ZAAK-2025-0000000001");
    await page.waitForFunction((n) => document.querySelectorAll("[data-testid=document-row]").length === n, want.documentTitels.length, { timeout: 10_000 });
    expect(await texts(page, "document-titel")).toEqual(want.documentTitels);
    if (want.ownDocuments) expect(await texts(page, "document-bestandsnaam")).toEqual(EXAMPLE_DOCUMENTS.map((d) => d.bestandsnaam));
    await page.waitForFunction(() => !document.querySelector("[data-testid=zaak-detail] [aria-busy=true]"), null, { timeout: 10_000 });
    await expect(page.getByTestId("detail-status").textContent()).resolves.toBe(want.firstZaak?.status);
    await expect(page.getByTestId("detail-zaaktype").textContent()).resolves.toBe(want.firstZaak?.zaaktype);
    await page.screenshot({ path: resolve(artifacts, "zaak.png") });
    await page.getByRole("button", { name: "Back to the list of zaken" }).click();
    await page.getByTestId("zaken-table").waitFor();
  });

  it("runs against a `commonground mock` server with ?api= (through the preview server's loopback proxy)", async () => {
    const mock = await createMockCommonGround({ notify: false });
    const { origin: api } = await mock.listen({ port: 0 });
    const context = await browser!.newContext();
    try {
      const other = await context.newPage();
      const errors: string[] = [];
      other.on("pageerror", (error) => errors.push(error.message));
      await other.goto(`${origin}/?api=${encodeURIComponent(api)}`);
      await expect(other.getByTestId("mode").textContent()).resolves.toBe(`Data: commonground mock server at ${api}`);
      const count = Math.min(100, want.seedIdentificaties.length);
      await resolvedCells(other, count);
      const identificaties = await texts(other, "zaak-identificatie");
      expect(identificaties).toEqual(want.seedIdentificaties.slice(0, count));
      const statuses = await texts(other, "zaak-status");
      expect(statuses).toEqual(identificaties.map((id) => want.rows.get(id)?.status));
      await other.getByRole("button", { name: "Open zaak ZAAK-2025-0000000001" }).click();
      await other.waitForFunction((n) => document.querySelectorAll("[data-testid=document-row]").length === n, want.documentTitels.length, { timeout: 10_000 });
      expect(await texts(other, "document-titel")).toEqual(want.documentTitels);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await mock.close();
    }
  });

  it("kept non-trivial screenshots, and the page threw nothing", () => {
    for (const name of ["zaken.png", "zaak.png"]) {
      const bytes = readFileSync(resolve(artifacts, name));
      expect(bytes.byteLength, name).toBeGreaterThan(20_000);
      expect(pngSize(bytes), name).toEqual({ width: 1100, height: 900 });
    }
    expect(pageErrors).toEqual([]);
  });
});
