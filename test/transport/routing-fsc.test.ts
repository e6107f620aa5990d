import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors/config-error.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { fscRouting } from "../../src/transport/fsc-routing.js";
import { thrown } from "../auth/capture.js";
import { recorder, useMsw } from "../helpers/msw.js";

const BASE = "https://zaken.gemeente.nl/zaken/api/v1";
const OUTWAY = "http://outway.local:8080";
const GRANT = "$1$4$WbP0Ovm5HGdAtPgXZ0Y7YUjJ8cSbFH5sKkYB8UjUtbPbQkQvt9-Xm-Aw0y-GwfGgQ8lAI0hQMTpsxqUSv1y4Wg";
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const EMPTY_PAGE = { count: 0, next: null, previous: null, results: [] };

const server = useMsw();

describe("fscRouting", () => {
  it("sends requests under the base URL to the outway with the grant hash and a fresh UUIDv7 transaction id each", async () => {
    const { seen, record } = recorder();
    server.use(
      http.get(`${OUTWAY}/zaken`, async ({ request }) => {
        await record(request);
        return HttpResponse.json(EMPTY_PAGE);
      }),
    );
    const zaken = createZakenClient({ baseUrl: BASE, routing: fscRouting({ outwayUrl: OUTWAY, grantHash: GRANT }) });
    const first = await zaken.GET("/zaken", { params: { query: { page: 2 } } });
    const second = await zaken.GET("/zaken", { params: { query: { page: 3 } } });
    expect(first.data?.count).toBe(0);
    expect(second.error).toBeUndefined();
    expect(seen.map((r) => r.url.href)).toEqual([`${OUTWAY}/zaken?page=2`, `${OUTWAY}/zaken?page=3`]);
    const ids = seen.map((r) => r.headers.get("Fsc-Transaction-Id"));
    for (const request of seen) {
      expect(request.headers.get("Fsc-Grant-Hash")).toBe(GRANT);
      expect(request.headers.get("Fsc-Transaction-Id")).toMatch(UUID_V7);
      expect(request.headers.get("Accept-Crs")).toBe("EPSG:4326");
    }
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("gives a retried attempt a transaction id of its own", async () => {
    const { seen, record } = recorder();
    server.use(
      http.get(`${OUTWAY}/zaken`, async ({ request }) => {
        await record(request);
        return seen.length === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(EMPTY_PAGE);
      }),
    );
    const routing = fscRouting({ outwayUrl: `${OUTWAY}/`, grantHash: GRANT });
    const zaken = createZakenClient({ baseUrl: `${BASE}/`, routing, retry: { retries: 1, minDelayMs: 0, maxDelayMs: 0 } });
    const { response } = await zaken.GET("/zaken");
    expect(response.status).toBe(200);
    const [a, b] = seen.map((r) => r.headers.get("Fsc-Transaction-Id"));
    expect(a).toMatch(UUID_V7);
    expect(b).toMatch(UUID_V7);
    expect(a).not.toBe(b);
  });

  it("rewrites only URLs under the base URL, keeping an outway path and the query", () => {
    const routing = fscRouting({ outwayUrl: "https://gateway.local/fsc/", grantHash: GRANT });
    expect(routing.name).toBe("fsc");
    const rewrite = (url: string, base = BASE) => routing.rewrite(new URL(url), base).href;
    expect(rewrite(`${BASE}/zaken/abc/audittrail?x=1&y=%20`)).toBe("https://gateway.local/fsc/zaken/abc/audittrail?x=1&y=%20");
    expect(rewrite(BASE)).toBe("https://gateway.local/fsc");
    expect(rewrite("https://zaken.gemeente.nl/")).toBe("https://zaken.gemeente.nl/");
    expect(rewrite("https://zaken.gemeente.nl/zaken/api/v10/zaken")).toBe("https://zaken.gemeente.nl/zaken/api/v10/zaken");
    expect(rewrite("https://catalogi.gemeente.nl/zaken/api/v1/zaken")).toBe("https://catalogi.gemeente.nl/zaken/api/v1/zaken");
    expect(rewrite("https://zaken.gemeente.nl/zaken?page=2", "https://zaken.gemeente.nl")).toBe("https://gateway.local/fsc/zaken?page=2");
  });

  it.each([
    [{ outwayUrl: "outway.local:8080", grantHash: GRANT }, "outwayUrl"],
    [{ outwayUrl: "/outway", grantHash: GRANT }, "outwayUrl: is not an absolute URL"],
    [{ outwayUrl: "ftp://outway.local", grantHash: GRANT }, 'outwayUrl: has scheme "ftp:"'],
    [{ outwayUrl: "http://outway.local/?service=zaken", grantHash: GRANT }, "outwayUrl: must not hold a query"],
    [{ outwayUrl: "http://user:pw@outway.local", grantHash: GRANT }, "outwayUrl: must not hold credentials"],
    [{ outwayUrl: OUTWAY, grantHash: "  " }, "grantHash: is empty"],
    [{ outwayUrl: OUTWAY, grantHash: "$1$4$ab cd" }, "grantHash: must be printable ASCII"],
    [{ outwayUrl: OUTWAY, grantHash: "$1$4$ab\ncd" }, "grantHash: must be printable ASCII"],
    [{ outwayUrl: OUTWAY }, "grantHash: is required"],
    [{ outwayUrl: OUTWAY, grantHash: GRANT, grant: GRANT }, 'unknown option(s) "grant"'],
    [undefined, "options must be an object"],
  ])("refuses %j with a ConfigError", (options, message) => {
    const error = thrown(() => fscRouting(options as never));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain("Invalid options for fscRouting");
    expect(error.message).toContain(message);
    expect(error.message).not.toContain("pw@");
  });
});
