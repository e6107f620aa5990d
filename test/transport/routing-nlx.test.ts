import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors/config-error.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { nlxRouting } from "../../src/transport/nlx-routing.js";
import { thrown } from "../auth/capture.js";
import { recorder, useMsw } from "../helpers/msw.js";

const BASE = "https://zaken.gemeente.nl/zaken/api/v1";
const OUTWAY = "http://outway.local:8080";
const OIN = "00000001234567890000";
const VIA = `${OUTWAY}/${OIN}/zaken`;
const UUID = "d4d48d2b-6a3e-4a8f-9b0c-1f1c3f1e2a11";
const ZAAKTYPE = `${OUTWAY}/${OIN}/catalogi/zaaktypen/0119dd4e-7be9-477e-bccf-75023b1453c1`;
const options = { outwayUrl: OUTWAY, organization: OIN, service: "zaken" };

const server = useMsw();

describe("nlxRouting", () => {
  it("requests the outway form and maps next links and item URLs in the list back to the base URL", async () => {
    const { seen, record } = recorder();
    server.use(
      http.get(`${VIA}/zaken`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({
          count: 3,
          next: `${VIA}/zaken?page=3`,
          previous: `${VIA}/zaken`,
          results: [{ url: `${VIA}/zaken/${UUID}`, uuid: UUID, zaaktype: ZAAKTYPE, relevanteAndereZaken: [{ url: `${OUTWAY}/${OIN}/zaken-v2/zaken/1` }] }],
        });
      }),
    );
    const zaken = createZakenClient({ baseUrl: BASE, routing: nlxRouting(options) });
    const { data, response } = await zaken.GET("/zaken", { params: { query: { page: 2 } } });
    expect(seen.map((r) => r.url.href)).toEqual([`${VIA}/zaken?page=2`]);
    expect(response.status).toBe(200);
    expect(data?.next).toBe(`${BASE}/zaken?page=3`);
    expect(data?.previous).toBe(`${BASE}/zaken`);
    expect(data?.results?.[0]?.url).toBe(`${BASE}/zaken/${UUID}`);
    // Another service through the same outway is not this client's, and `zaken-v2` is not `zaken`.
    expect(data?.results?.[0]?.zaaktype).toBe(ZAAKTYPE);
    expect(data?.results?.[0]?.relevanteAndereZaken?.[0]?.url).toBe(`${OUTWAY}/${OIN}/zaken-v2/zaken/1`);
  });

  it("maps \\/-escaped URLs, problem+json bodies and keeps status, statusText and headers (without content-length)", async () => {
    const routing = nlxRouting({ ...options, outwayUrl: `${OUTWAY}/` });
    const escaped = `{"url":"${VIA.replaceAll("/", "\\/")}\\/zaken\\/${UUID}","instance":"${VIA}"}`;
    const upstream = new Response(escaped, {
      status: 404,
      statusText: "Not Found",
      headers: { "Content-Type": "application/problem+json", "Content-Length": String(escaped.length), "X-Request-Id": "r1" },
    });
    const mapped = await routing.mapResponse!(upstream, BASE);
    expect(mapped.status).toBe(404);
    expect(mapped.statusText).toBe("Not Found");
    expect(mapped.headers.get("x-request-id")).toBe("r1");
    expect(mapped.headers.get("content-type")).toBe("application/problem+json");
    expect(mapped.headers.has("content-length")).toBe(false);
    expect(await mapped.json()).toEqual({ url: `${BASE}/zaken/${UUID}`, instance: BASE });
  });

  it("maps the outway form both as given and as a URL parser writes it", async () => {
    const routing = nlxRouting({ ...options, outwayUrl: "HTTP://Outway.Local:80" });
    const body = JSON.stringify({ a: `HTTP://Outway.Local:80/${OIN}/zaken/x`, b: `http://outway.local/${OIN}/zaken?page=2` });
    const mapped = await routing.mapResponse!(new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } }), BASE);
    expect(await mapped.json()).toEqual({ a: `${BASE}/x`, b: `${BASE}?page=2` });
    expect(routing.rewrite(new URL(`${BASE}/zaken`), BASE).href).toBe(`http://outway.local/${OIN}/zaken/zaken`);
  });

  it("leaves non-JSON and bodiless responses untouched, without reading the body", async () => {
    const routing = nlxRouting(options);
    const text = new Response(`see ${VIA}/zaken`, { headers: { "Content-Type": "text/plain" } });
    expect(await routing.mapResponse!(text, BASE)).toBe(text);
    expect(text.bodyUsed).toBe(false);
    expect(await text.text()).toBe(`see ${VIA}/zaken`);
    const empty = new Response(null, { status: 204, headers: { "Content-Type": "application/json" } });
    expect(await routing.mapResponse!(empty, BASE)).toBe(empty);
  });

  it("a deleted zaak (204) through the outway comes back as is", async () => {
    server.use(http.delete(`${VIA}/zaken/${UUID}`, () => new HttpResponse(null, { status: 204 })));
    const zaken = createZakenClient({ baseUrl: BASE, routing: nlxRouting(options) });
    const { response, error } = await zaken.DELETE("/zaken/{uuid}", { params: { path: { uuid: UUID } } });
    expect(response.status).toBe(204);
    expect(error).toBeUndefined();
  });

  it("rewrites only URLs under the base URL", () => {
    const routing = nlxRouting(options);
    expect(routing.name).toBe("nlx");
    expect(routing.rewrite(new URL(`${BASE}/zaken/${UUID}?expand=status`), BASE).href).toBe(`${VIA}/zaken/${UUID}?expand=status`);
    expect(routing.rewrite(new URL(BASE), BASE).href).toBe(VIA);
    expect(routing.rewrite(new URL("https://zaken.gemeente.nl/catalogi/api/v1/x"), BASE).href).toBe("https://zaken.gemeente.nl/catalogi/api/v1/x");
  });

  it.each([
    [{ ...options, outwayUrl: "outway.local" }, "outwayUrl: is not an absolute URL"],
    [{ ...options, organization: "" }, "organization: is empty"],
    [{ ...options, organization: "Gemeente Stad" }, "organization: may hold only letters, digits"],
    [{ ...options, service: "zaken/v1" }, "service: may hold only letters, digits"],
    [{ ...options, service: ".." }, 'service: must not be "." or ".."'],
    [{ outwayUrl: OUTWAY, organization: OIN }, "service: is required"],
    [{ ...options, oin: OIN }, 'unknown option(s) "oin"'],
  ])("refuses %j with a ConfigError", (bad, message) => {
    const error = thrown(() => nlxRouting(bad as never));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain("Invalid options for nlxRouting");
    expect(error.message).toContain(message);
  });
});
