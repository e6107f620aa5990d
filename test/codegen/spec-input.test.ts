import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SpecLoadError } from "../../src/codegen/codegen-error.js";
import { fetchWithHeaders, readSpecInput, urlLabel } from "../../src/codegen/spec-input.js";

const SPEC = 'openapi: 3.0.3\ninfo: {title: Dingen API, version: "1"}\npaths: {}\n';

/** A loopback server that records the Authorization header of every request. */
async function server(handle: (path: string, res: import("node:http").ServerResponse) => void): Promise<{ server: Server; origin: string; seen: [string, string | undefined][] }> {
  const seen: [string, string | undefined][] = [];
  const s = createServer((req, res) => {
    seen.push([req.url ?? "", req.headers.authorization]);
    handle(new URL(req.url ?? "/", "http://loopback").pathname, res);
  });
  await new Promise<void>((done) => s.listen(0, "127.0.0.1", done));
  return { server: s, origin: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, seen };
}

describe("reading a spec from a URL", () => {
  let home: Awaited<ReturnType<typeof server>>;
  let other: Awaited<ReturnType<typeof server>>;
  beforeAll(async () => {
    other = await server((_, res) => res.writeHead(200, { "content-type": "application/yaml" }).end(SPEC));
    home = await server((path, res) => {
      if (path === "/old") res.writeHead(301, { location: "/api/openapi.yaml" }).end();
      else if (path === "/elsewhere") res.writeHead(302, { location: `${other.origin}/openapi.yaml` }).end();
      else if (path === "/api/openapi.yaml") res.writeHead(200, { "content-type": "application/yaml" }).end(SPEC);
      else if (path === "/hang") return; // never answers
      else res.writeHead(404).end();
    });
  });
  afterAll(() => {
    home.server.closeAllConnections();
    home.server.close();
    other.server.close();
  });

  it("follows a same-origin redirect with the credentials", async () => {
    const spec = await readSpecInput(`${home.origin}/old`, { headers: { Authorization: "Token geheim" } });
    expect(spec.doc).toMatchObject({ info: { title: "Dingen API" } });
    expect(home.seen.slice(-2)).toEqual([["/old", "Token geheim"], ["/api/openapi.yaml", "Token geheim"]]);
  });

  it("follows a redirect to another host without the credentials", async () => {
    await readSpecInput(`${home.origin}/elsewhere`, { headers: { Authorization: "Token geheim" } });
    expect(home.seen.at(-1)).toEqual(["/elsewhere", "Token geheim"]);
    expect(other.seen.at(-1)).toEqual(["/openapi.yaml", undefined]);
  });

  it("a URL that does not answer in time is a SpecLoadError naming it", async () => {
    const error = await readSpecInput(`${home.origin}/hang?token=x`, { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecLoadError);
    expect((error as Error).message).toBe(`${home.origin}/hang?…: no answer within 0.1 s`);
  });

  it("stops after 5 redirects and hands back the last answer", async () => {
    let hops = 0;
    const loop = (() => {
      hops++;
      return Promise.resolve(new Response(null, { status: 302, headers: { location: "/again" } }));
    }) as unknown as typeof fetch;
    const response = await fetchWithHeaders("https://gemeente.example.nl", {}, loop)("https://gemeente.example.nl/start");
    expect(response.status).toBe(302);
    expect(hops).toBe(6);
  });

  it("labels a URL without credentials, query or fragment", () => {
    expect(urlLabel("https://user:pw@gemeente.example.nl/api/schema?token=abc#x")).toBe("https://gemeente.example.nl/api/schema?…");
    expect(urlLabel("not a url")).toBe("(an invalid URL)");
  });
});
