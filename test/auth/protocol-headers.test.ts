import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import createClient from "openapi-fetch";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { protocolHeaders } from "../../src/auth/protocol-headers.js";
import { ConfigError } from "../../src/errors/config-error.js";
import { anyRequest, thrown } from "./capture.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const OIN = "00000001234567890000";

function configError(options: Parameters<typeof protocolHeaders>[0]): ConfigError {
  const error = thrown(() => protocolHeaders(options));
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe("protocolHeaders", () => {
  it("sends the BRP gateway headers and exposes them as values; nothing is secret", async () => {
    const brp = protocolHeaders({ doelbinding: "BRPACT-AlgemeneTaken", verwerking: "Algemene taken@gemeente", oin: OIN, gebruiker: "jan@gemeente.nl", extra: { "x-task-id": "42" } });
    const expected = {
      "x-doelbinding": "BRPACT-AlgemeneTaken",
      "x-verwerking": "Algemene taken@gemeente",
      "x-origin-oin": OIN,
      "x-gebruiker": "jan@gemeente.nl",
      "x-task-id": "42",
    };
    expect(brp.name).toBe("protocol-headers");
    expect(brp.values).toEqual(expected);
    expect(Object.isFrozen(brp.values)).toBe(true);
    expect(await brp.headers(anyRequest())).toEqual(expected);
    expect(brp.secrets()).toEqual([]);
  });

  it("sends only the headers given", () => {
    expect(protocolHeaders({ gebruiker: "jan" }).values).toEqual({ "x-gebruiker": "jan" });
  });

  it("can be passed per call as headers of a bare openapi-fetch client", async () => {
    let seen: Headers | undefined;
    server.use(
      http.post("https://brp.example.test/haalcentraal/api/brp/personen", ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({ type: "RaadpleegMetBurgerservicenummer", personen: [] });
      }),
    );
    const client = createClient<BrpPaths>({ baseUrl: "https://brp.example.test/haalcentraal/api/brp" });
    const { response } = await client.POST("/personen", {
      body: { type: "RaadpleegMetBurgerservicenummer", burgerservicenummer: ["999993653"], fields: ["naam"] },
      headers: protocolHeaders({ doelbinding: "BRPACT-AlgemeneTaken", gebruiker: "jan@gemeente.nl" }).values,
    });
    expect(response.status).toBe(200);
    expect(seen?.get("x-doelbinding")).toBe("BRPACT-AlgemeneTaken");
    expect(seen?.get("x-gebruiker")).toBe("jan@gemeente.nl");
  });

  it("accepts 242 characters and refuses 243, naming the header and the length", () => {
    expect(protocolHeaders({ verwerking: "v".repeat(242) }).values["x-verwerking"]).toHaveLength(242);
    const error = configError({ verwerking: "v".repeat(243) });
    expect(error.issues).toEqual([{ path: "verwerking", message: "x-verwerking: is 243 characters; gateways accept at most 242" }]);
  });

  it("refuses a newline without echoing the value (which may hold a BSN)", () => {
    const error = configError({ gebruiker: "999993653\n" });
    expect(error.message).toBe("Invalid options for protocolHeaders: gebruiker: x-gebruiker: contains a control character (U+000A) at position 10");
    expect(error.message).not.toContain("999993653");
  });

  it.each([
    [{ doelbinding: "" }, "doelbinding", /x-doelbinding: is empty: leave the option out instead/],
    [{ doelbinding: "   " }, "doelbinding", /x-doelbinding: is empty/],
    [{ doelbinding: "a\u007fb" }, "doelbinding", /control character \(U\+007F\)/],
    [{ gebruiker: "Łukasz" }, "gebruiker", /beyond Latin-1/],
    [{ oin: "1234" }, "oin", /x-origin-oin: must be your organisation's OIN, 20 digits/],
    [{ extra: { "x bad": "1" } }, "extra.x bad", /not a valid header name/],
    [{ doelbinding: "d", extra: { "X-Doelbinding": "e" } }, "extra.X-Doelbinding", /is set twice/],
    [{}, "", /no header given: pass at least one of doelbinding, verwerking, oin, gebruiker or extra/],
    [{ doelbinding: 1 }, "doelbinding", /must be a string/],
    [{ doelBinding: "x" }, "", /unknown option\(s\) "doelBinding"/],
  ])("refuses %j", (options, path, message) => {
    const error = configError(options as never);
    expect(error.issues.map((i) => i.path)).toContain(path);
    expect(error.message).toMatch(message);
  });

  it("reports every problem at once", () => {
    const error = configError({ doelbinding: "", verwerking: "x".repeat(300), gebruiker: "a\tb" });
    expect(error.issues.map((i) => i.path)).toEqual(["doelbinding", "verwerking", "gebruiker"]);
  });
});

/** A trimmed-down BRP Personen paths type, enough for a bare openapi-fetch client. */
interface BrpPaths {
  "/personen": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": { type: string; burgerservicenummer: string[]; fields: string[] } } };
      responses: { 200: { headers: Record<string, unknown>; content: { "application/json": { type: string; personen: unknown[] } } } };
    };
  };
}
