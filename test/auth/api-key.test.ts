import { describe, expect, it } from "vitest";
import { apiKey } from "../../src/auth/api-key.js";
import { ConfigError } from "../../src/errors/config-error.js";
import { anyRequest, thrown } from "./capture.js";

describe("apiKey", () => {
  it.each([
    ["X-Api-Key", "BAG and BRK"],
    ["X-API-KEY", "the BRP proefomgeving"],
    ["x-api-key", "gateways"],
  ])("sends %s (%s)", async (header) => {
    const auth = apiKey({ header, key: "k-123" });
    expect(auth.name).toBe("api-key");
    expect(await auth.headers(anyRequest())).toEqual({ [header]: "k-123" });
    expect(auth.secrets()).toEqual(["k-123"]);
  });

  it.each([
    [{ header: "X Api Key", key: "k-123" }, "header", /not a valid header name \(RFC 7230 token\)/],
    [{ header: "X-Api-Key:", key: "k-123" }, "header", /not a valid header name/],
    [{ header: "", key: "k-123" }, "header", /is empty/],
    [{ header: "X-Api-Key", key: "" }, "key", /is empty/],
    [{ header: "X-Api-Key", key: "k-123\r\nX-Evil: 1" }, "key", /control character \(U\+000D\)/],
    [{ header: "X-Api-Key" }, "key", /is required/],
    [{ header: "X-Api-Key", key: "k-123", value: "x" }, "", /unknown option\(s\) "value": valid options of apiKey are header, key/],
  ])("refuses %j with a ConfigError", (options, path, message) => {
    const error = thrown(() => apiKey(options as never));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.path)).toContain(path);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("k-123");
  });
});
