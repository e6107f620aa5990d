import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { showsProgress } from "../../src/cli/generate-command.js";
import { ROOT, loadRegistry, specKey } from "../../src/codegen/registry.js";
import { buildSourceTree } from "../../src/codegen/source-tree.js";

const CLI = join(ROOT, "src", "cli", "index.ts");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "esm", "index.mjs");

/** Runs the CLI in `cwd` (asynchronously, so a loopback server in this process can answer). */
function run(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ["--import", TSX, CLI, ...args], { cwd, env: { ...process.env, CI: "true", ...env }, timeout: 240_000, maxBuffer: 1 << 24 }, (error, out, err) => {
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err });
    });
  });
}

const registry = loadRegistry();
const work = mkdtempSync(join(tmpdir(), "generate-command-"));
const tree = buildSourceTree(registry, join(work, "tree"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MINIMAL = (title: string, ref = "#/components/schemas/Ding") =>
  `openapi: 3.0.3\ninfo: {title: ${title}, version: "1.0.0"}\npaths:\n  /dingen:\n    get:\n      parameters:\n        - {name: page, in: query, schema: {type: integer}}\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: array\n                items: {$ref: "${ref}"}\ncomponents:\n  schemas:\n    Ding: {type: object, properties: {naam: {type: string}}}\n`;

function project(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The files of a folder tree, path → content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[relative(dir, full)] = readFileSync(full, "utf8");
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

describe("commonground generate on every registered spec", () => {
  const dir = project("all");
  const clientsDir = join(dir, "clients");
  const names = new Map(registry.specs.map((spec, i) => [specKey(spec), `Spec${i}`]));
  let first: { code: number; out: string; err: string };

  beforeAll(async () => {
    const config = {
      specs: registry.specs.map((spec) => ({
        input: relative(dir, tree.get(specKey(spec)) as string),
        output: `clients/${spec.id}-${spec.variant}`,
        name: names.get(specKey(spec)),
      })),
    };
    writeFileSync(join(dir, "commonground.config.json"), JSON.stringify(config, null, 2));
    first = await run(["generate"], dir);
  }, 240_000);

  it("writes one module per spec, recognises each as its registered API, and stays quiet in CI", () => {
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    for (const spec of registry.specs) {
      expect(readdirSync(join(clientsDir, `${spec.id}-${spec.variant}`)).sort()).toEqual(["index.ts", "operations.ts", "types.ts"]);
      expect(first.out).toContain(`clients/${spec.id}-${spec.variant}: create${names.get(specKey(spec))}Client for ${spec.title} ${spec.version} (`);
    }
    expect(first.out).toMatch(new RegExp(`commonground generate: ${registry.specs.length} module\\(s\\) in [\\d.]+ s\\n$`));
  });

  it("a consumer of each module type-checks against the SDK, and a wrong path is a type error", () => {
    const lines = registry.specs.flatMap((spec) => {
      const name = names.get(specKey(spec)) as string;
      const api = registry.apis.find((a) => a.id === spec.id);
      const from = `"./clients/${spec.id}-${spec.variant}/index.js"`;
      if (api?.kind === "receiver") return [`import type { Paths as ${name}Paths } from ${from};`, `export type ${name}Keys = keyof ${name}Paths;`];
      return [
        `import { create${name}Client, type Paths as ${name}Paths } from ${from};`,
        `export const ${name.toLowerCase()}: CommonGroundClient<${name}Paths> = create${name}Client({ baseUrl: "https://example.nl/api/v1" });`,
        `// @ts-expect-error: not a path of ${specKey(spec)}`,
        `void ${name.toLowerCase()}.GET("/not-a-path-of-this-api");`,
      ];
    });
    writeFileSync(join(dir, "consumer.ts"), [`import type { CommonGroundClient } from "commonground-sdk";`, ...lines, ""].join("\n"));
    const tsconfig = {
      compilerOptions: {
        target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true,
        allowImportingTsExtensions: true, lib: ["ES2023", "DOM", "DOM.Iterable"], types: [],
        paths: { "commonground-sdk": [join(ROOT, "src", "index.ts")] },
      },
      files: ["consumer.ts"],
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
    return new Promise<void>((done, fail) => {
      execFile(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", dir], { timeout: 240_000, maxBuffer: 1 << 24 }, (error, out) => {
        try {
          expect(out).toBe("");
          expect(error).toBeNull();
          done();
        } catch (e) {
          fail(e);
        }
      });
    });
  }, 240_000);

  it("--check passes on fresh output, fails with the file listed after an edit, and nothing is written", async () => {
    const fresh = await run(["generate", "--check"], dir);
    expect(fresh.code).toBe(0);
    expect(fresh.out).toMatch(/--check: 37 module\(s\) current/);
    const edited = join(clientsDir, "zaken-1.5.1", "operations.ts");
    writeFileSync(edited, `${readFileSync(edited, "utf8")}// a local change\n`);
    const before = snapshot(clientsDir);
    const stale = await run(["generate", "--check"], dir);
    expect(stale.code).toBe(3);
    expect(stale.err).toContain("1 file(s) stale or missing:\n  clients/zaken-1.5.1/operations.ts\n");
    expect(snapshot(clientsDir)).toEqual(before);
  }, 240_000);
});

describe("commonground generate from a URL on loopback", () => {
  let server: Server;
  let base: string;
  const seen: { url: string; auth: string | undefined }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? "", auth: req.headers.authorization });
      if (req.headers.authorization !== "Token geheim-123") {
        res.writeHead(401, { "content-type": "application/json" }).end('{"detail":"Authenticatiegegevens zijn niet opgegeven."}');
        return;
      }
      const path = new URL(req.url ?? "/", "http://loopback").pathname;
      if (path === "/api/v1/schema/openapi.yaml") res.writeHead(200, { "content-type": "application/yaml" }).end(MINIMAL("Dingen API", "./schemas.yaml#/Ding"));
      else if (path === "/api/v1/schema/schemas.yaml") res.writeHead(200, { "content-type": "application/yaml" }).end("Ding: {type: object, properties: {naam: {type: string}}}\n");
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("fetches the spec and its same-origin $refs with --header, and never prints the credential", async () => {
    const dir = project("url");
    const result = await run(["generate", `${base}/api/v1/schema/openapi.yaml?token=abc`, "--out", "src/dingen", "--header", "Authorization: Token geheim-123"], dir);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain("src/dingen: createDingenClient for Dingen API 1.0.0 (1 operations)");
    expect(seen.map((s) => s.url)).toEqual(["/api/v1/schema/openapi.yaml?token=abc", "/api/v1/schema/schemas.yaml"]);
    expect(seen.every((s) => s.auth === "Token geheim-123")).toBe(true);
    const files = snapshot(join(dir, "src", "dingen"));
    expect(files["index.ts"]).toContain(`// Generated from Dingen API 1.0.0: ${base}/api/v1/schema/openapi.yaml?… (sha256 `);
    expect(files["types.ts"]).toContain("naam?: string;");
    expect(JSON.stringify(files)).not.toMatch(/geheim-123|token=abc/);
  }, 60_000);

  it("a 401 names the URL and says how to pass credentials; the header value is never printed", async () => {
    const dir = project("url-401");
    const bare = await run(["generate", `${base}/api/v1/schema/openapi.yaml`, "--out", "out"], dir);
    expect(bare.code).toBe(1);
    expect(bare.err).toBe(`commonground generate: ${base}/api/v1/schema/openapi.yaml: answered 401 Unauthorized; pass credentials with --header "Authorization: …"\n`);
    const wrong = await run(["generate", `${base}/api/v1/schema/openapi.yaml`, "--out", "out", "--header", "Authorization: Token fout-456"], dir);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain("answered 401 Unauthorized; check the credentials passed with --header");
    expect(wrong.err).not.toContain("fout-456");
    expect(existsSync(join(dir, "out"))).toBe(false);
  }, 60_000);

  it("an unreachable URL names it and the reason", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const result = await run(["generate", `http://127.0.0.1:${port}/openapi.yaml`, "--out", "out"], project("url-down"));
    expect(result.code).toBe(1);
    expect(result.err).toBe(`commonground generate: http://127.0.0.1:${port}/openapi.yaml: cannot reach it (ECONNREFUSED)\n`);
  }, 60_000);
});

describe("commonground generate: bad input ends with one message naming the file and a non-zero exit", () => {
  const dir = project("bad");
  const file = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return name;
  };

  it.each([
    ["not OpenAPI", () => file("hello.json", '{"hello": "world"}'), 'hello.json: not an OpenAPI 3.x document (it has no "openapi: 3.x" field)'],
    ["invalid YAML", () => file("broken.yaml", "openapi: 3.0.3\npaths: {\n  - nope"), "broken.yaml: not valid YAML or JSON: "],
    ["Swagger 2", () => file("swagger.yaml", 'swagger: "2.0"\ninfo: {title: x, version: "1"}\npaths: {}\n'), "swagger.yaml: is Swagger 2.0; only OpenAPI 3.x documents are supported"],
    ["a $ref that points nowhere", () => file("dangling.yaml", MINIMAL("Dingen API", "#/components/schemas/Nergens")), "dangling.yaml: a $ref points nowhere: Can't resolve $ref at dangling.yaml#/paths/~1dingen/get/responses/200/content/application~1json/schema/items ($ref \"#/components/schemas/Nergens\")"],
    ["a missing file", () => "missing.yaml", "missing.yaml: cannot read it (no such file)"],
  ])("%s", async (_, input, message) => {
    const result = await run(["generate", input(), "--out", "out/dingen"], dir);
    expect(result.code).toBe(1);
    expect(result.err.startsWith(`commonground generate: ${message}`)).toBe(true);
    expect(result.err.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(dir, "out"))).toBe(false);
  }, 60_000);

  it("an output folder that cannot be written names it; the old output stays whole and no staging is left", async () => {
    const good = file("dingen.yaml", MINIMAL("Dingen API"));
    expect((await run(["generate", good, "--out", "gen/dingen"], dir)).code).toBe(0);
    const before = snapshot(join(dir, "gen"));
    file("blocker", "a file where a folder should be");
    const config = { specs: [{ input: good, output: "gen/dingen" }, { input: good, output: "blocker/dingen", name: "Andere" }] };
    writeFileSync(join(dir, "two.json"), JSON.stringify(config));
    const result = await run(["generate", "--config", "two.json"], dir);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`commonground generate: ${join(dir, "blocker", "dingen")}: cannot write (a parent is a file, not a folder)\n`);
    expect(snapshot(join(dir, "gen"))).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.startsWith("."))).toEqual([]);
    if (process.getuid?.() !== 0) {
      mkdirSync(join(dir, "locked"));
      chmodSync(join(dir, "locked"), 0o555);
      const locked = await run(["generate", good, "--out", "locked/dingen"], dir);
      chmodSync(join(dir, "locked"), 0o755);
      expect(locked.err).toBe(`commonground generate: ${join(dir, "locked", "dingen")}: cannot write (permission denied)\n`);
    }
  }, 60_000);

  it("an output folder holding files of its own is refused, untouched", async () => {
    mkdirSync(join(dir, "src", "mine"), { recursive: true });
    writeFileSync(join(dir, "src", "mine", "app.ts"), "export const app = 1;\n");
    const result = await run(["generate", file("d2.yaml", MINIMAL("Dingen API")), "--out", "src/mine"], dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain("src/mine: holds files the generator did not write (app.ts); give each module a folder of its own");
    expect(readdirSync(join(dir, "src", "mine"))).toEqual(["app.ts"]);
  }, 60_000);

  it("config problems name the file and the field; unset header variables name the variable, never a value", async () => {
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ specs: [{ input: "x.yaml" }] }));
    const missing = await run(["generate", "--config", "bad.json"], dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/bad\.json: specs\.0\.output /);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the config file's own ${NAME} syntax, not a template
    writeFileSync(join(dir, "env.json"), JSON.stringify({ specs: [{ input: "http://127.0.0.1:9/x.yaml", output: "o", headers: { Authorization: "Token ${ZAKEN_TOKEN}" } }] }));
    const unset = await run(["generate", "--config", "env.json"], dir, { ZAKEN_TOKEN: undefined });
    expect(unset.code).toBe(1);
    expect(unset.err).toContain("env.json: specs.0.headers.Authorization: the environment variable ZAKEN_TOKEN is not set");
  }, 60_000);

  it("a commonground.config.ts is loaded through tsx", async () => {
    const ts = project("ts-config");
    writeFileSync(join(ts, "dingen.yaml"), MINIMAL("Dingen API"));
    writeFileSync(join(ts, "commonground.config.ts"), `const config: { specs: { input: string; output: string }[] } = { specs: [{ input: "dingen.yaml", output: "gen" }] };\nexport default config;\n`);
    const result = await run(["generate"], ts);
    expect(result.err).toBe("");
    expect(readdirSync(join(ts, "gen")).sort()).toEqual(["index.ts", "operations.ts", "types.ts"]);
  }, 60_000);

  it("usage errors exit 2; --help documents the exit codes", async () => {
    expect((await run(["generate", "x.yaml"], dir)).code).toBe(2);
    expect((await run(["generate", "a.yaml", "b.yaml", "--out", "o"], dir)).code).toBe(2);
    expect((await run(["generate", "--bogus"], dir)).code).toBe(2);
    const help = await run(["generate", "--help"], dir);
    expect(help.code).toBe(0);
    expect(help.out).toContain("3  --check: the output is stale or missing");
  }, 60_000);
});

describe("commonground generate: no credential reaches a message", () => {
  const dir = project("secrets");

  it("a URL with a user and password is refused before anything is fetched", async () => {
    const result = await run(["generate", "https://user:geheim@127.0.0.1:9/openapi.yaml", "--out", "o"], dir);
    expect(result.code).toBe(1);
    expect(result.err).toBe("commonground generate: https://127.0.0.1:9/openapi.yaml: the URL holds credentials; pass them with --header instead\n");
  });

  it("a --header without a colon is not echoed", async () => {
    const result = await run(["generate", "http://127.0.0.1:9/x.yaml", "--out", "o", "--header", "Authorization=Bearer geheim"], dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--header number 1 has no "Name: value" form');
    expect(result.err).not.toContain("geheim");
  });

  it("a header value a header cannot carry is named by its header only", async () => {
    writeFileSync(join(dir, "bad-header.json"), JSON.stringify({ specs: [{ input: "http://127.0.0.1:9/x.yaml", output: "o", headers: { Authorization: "Bearer geheim\nX-Other: 1" } }] }));
    const result = await run(["generate", "--config", "bad-header.json"], dir);
    expect(result.code).toBe(1);
    expect(result.err).toBe("commonground generate: header Authorization: its value holds a line break, a control character or a character beyond Latin-1, which a header cannot carry\n");
  });

  it("a $ref URL's query (where tokens hide) is left out of the message", async () => {
    writeFileSync(join(dir, "ref-token.yaml"), MINIMAL("Dingen API", "http://127.0.0.1:9/schemas.yaml?access_token=geheim#/Ding"));
    const result = await run(["generate", "ref-token.yaml", "--out", "o"], dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain("ref-token.yaml: a $ref points nowhere: ");
    expect(result.err).toContain("http://127.0.0.1:9/schemas.yaml?…");
    expect(result.err).not.toContain("geheim");
  });
});

it("shows progress only on a terminal outside CI, and never with --quiet", () => {
  expect(showsProgress({ isTTY: true }, {}, false)).toBe(true);
  expect(showsProgress({ isTTY: true }, { CI: "false" }, false)).toBe(true);
  expect(showsProgress({ isTTY: true }, { CI: "true" }, false)).toBe(false);
  expect(showsProgress({ isTTY: true }, { CI: "1" }, false)).toBe(false);
  expect(showsProgress({ isTTY: false }, {}, false)).toBe(false);
  expect(showsProgress({}, {}, false)).toBe(false);
  expect(showsProgress({ isTTY: true }, {}, true)).toBe(false);
});

it("a JSON spec generates like YAML", async () => {
  const dir = project("json");
  const yaml = readFileSync(tree.get("objecten/2.7.0-objects-4.0.0") as string, "utf8");
  const { makeDocumentFromString } = await import("@redocly/openapi-core");
  writeFileSync(join(dir, "objects.json"), JSON.stringify(makeDocumentFromString(yaml, "objects.yaml").parsed));
  writeFileSync(join(dir, "objects.yaml"), yaml);
  expect((await run(["generate", "objects.json", "--out", "from-json"], dir)).code).toBe(0);
  expect((await run(["generate", "objects.yaml", "--out", "from-yaml"], dir)).code).toBe(0);
  const body = (text: string | undefined) => text?.split("\n").slice(1).join("\n");
  const [fromJson, fromYaml] = [snapshot(join(dir, "from-json")), snapshot(join(dir, "from-yaml"))];
  expect(Object.keys(fromJson).sort()).toEqual(["index.ts", "operations.ts", "types.ts"]);
  for (const file of Object.keys(fromYaml)) expect(body(fromJson[file]), file).toBe(body(fromYaml[file]));
}, 60_000);

it("the tree holds every registered spec (the tests above read it)", () => {
  for (const spec of registry.specs) expect(existsSync(tree.get(specKey(spec)) as string)).toBe(true);
  expect(dirname(tree.get("zaken/1.7.0") as string)).toContain(join(work, "tree"));
});
