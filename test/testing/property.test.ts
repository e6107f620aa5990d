import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockCommonGround, SERVED_APIS, createMockCommonGround } from "../../src/testing/index.js";

let mock: MockCommonGround;
let origin: string;
beforeAll(async () => {
  mock = await createMockCommonGround({ notify: false });
  ({ origin } = await mock.listen({ port: 0 }));
});
afterAll(() => mock.close());

const segment = fc.oneof(fc.constantFrom("zaken", "zaaktypen", "_zoek", "publish", "{uuid}", "..", "%00", "adressen", "personen", "jwtsecret"), fc.string({ maxLength: 12 }).map(encodeURIComponent));
const root = fc.constantFrom(...SERVED_APIS.map((a) => a.root), "/nope", "");
const method = fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
const header = fc.dictionary(fc.constantFrom("Authorization", "Accept-Crs", "Content-Crs", "Content-Type", "X-Api-Key", "X-Foo"), fc.string({ maxLength: 40 }).filter((s) => /^[\x20-\x7e]*$/.test(s)), { maxKeys: 4 });
const body = fc.oneof(fc.json({ maxDepth: 3 }), fc.string({ maxLength: 60 }), fc.constant(""));

describe("random requests against the HTTP server", () => {
  it("a request target of // (found by this property) is a 4xx problem, not a 500", async () => {
    const response = await fetch(`${origin}//`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("always answers a 4xx problem body and keeps serving", async () => {
    await fc.assert(
      fc.asyncProperty(method, root, fc.array(segment, { maxLength: 4 }), header, body, fc.string({ maxLength: 20 }), async (m, r, segments, headers, payload, query) => {
        const url = `${origin}${r}/${segments.join("/")}${query ? `?${encodeURIComponent(query)}=1` : ""}`;
        const response = await fetch(url, { method: m, headers, ...(m === "GET" || m === "HEAD" ? {} : { body: payload }) });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        if (m !== "HEAD") {
          expect(response.headers.get("content-type")).toBe("application/problem+json");
          const problem = (await response.json()) as Record<string, unknown>;
          expect(problem).toMatchObject({ status: response.status, instance: expect.stringMatching(/^urn:uuid:/) });
          expect(JSON.stringify(problem)).not.toMatch(/\bat \w+ \(|node:internal/);
        } else await response.body?.cancel();
      }),
      { numRuns: 200 },
    );
    const alive = await fetch(`${mock.baseUrls.bag}/adressen`, { headers: { "X-Api-Key": mock.credentials.apiKey } });
    expect(alive.status).toBe(200);
  }, 20_000);
});
