import { describe, expect, it } from "vitest";
import { resolveClientOptions } from "../../src/client/client-options.js";
import { ConfigError, isConfigError } from "../../src/errors/config-error.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";

function configError(options: unknown): ConfigError {
  try {
    resolveClientOptions(options, "the zaken client");
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("client options", () => {
  it("accepts an API root and drops trailing slashes", () => {
    const resolved = resolveClientOptions({ baseUrl: "https://open-zaak.example.nl/zaken/api/v1/" }, "x");
    expect(resolved.baseUrl).toBe("https://open-zaak.example.nl/zaken/api/v1");
    expect(resolved.headers).toEqual({});
  });

  it.each([
    [undefined, "", /options must be an object/],
    [{}, "baseUrl", /is required: pass the API root/],
    [{ baseUrl: "" }, "baseUrl", /is empty/],
    [{ baseUrl: "open-zaak.example.nl/zaken/api/v1" }, "baseUrl", /not an absolute URL: include the scheme, e\.g\. https:\/\/open-zaak/],
    [{ baseUrl: "ftp://x.nl/api" }, "baseUrl", /use https:\/\//],
    [{ baseUrl: "https://x.nl/api?page=2" }, "baseUrl", /query or fragment/],
    [{ baseUrl: "https://user:secret@x.nl/api" }, "baseUrl", /must not hold credentials/],
    [{ baseUrl: "https://x.nl/api", baseURL: "https://x.nl" }, "", /unknown option\(s\) "baseURL": valid options are baseUrl, fetch, headers/],
    [{ baseUrl: "https://x.nl/api", fetch: "fetch" }, "fetch", /must be a function/],
    [{ baseUrl: "https://x.nl/api", headers: { "X-Api-Key": 42 } }, "headers.X-Api-Key", /header values must be strings/],
  ])("rejects %j with a message that says what to pass", (options, path, message) => {
    const error = configError(options);
    expect(error.kind).toBe("config");
    expect(isConfigError(error)).toBe(true);
    expect(error.issues.map((i) => i.path)).toContain(path);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^Invalid options for the zaken client: /);
  });

  it("never echoes credentials placed in the URL", () => {
    expect(configError({ baseUrl: "https://user:s3cr3t@x.nl/api" }).message).not.toContain("s3cr3t");
  });

  it("is checked by the generated factories", () => {
    expect(() => createZakenClient({ baseUrl: "zaken" })).toThrow(/Invalid options for the zaken 1\.7\.0 client: baseUrl: "zaken" is not an absolute URL/);
  });
});
