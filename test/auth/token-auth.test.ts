import { describe, expect, it } from "vitest";
import { tokenAuth } from "../../src/auth/token-auth.js";
import { ConfigError } from "../../src/errors/config-error.js";
import { anyRequest, thrown } from "./capture.js";

describe("tokenAuth", () => {
  it("sends Authorization: Token <key> and lists the key as a secret", async () => {
    const auth = tokenAuth("0123456789abcdef");
    expect(auth.name).toBe("token");
    expect(await auth.headers(anyRequest())).toEqual({ Authorization: "Token 0123456789abcdef" });
    expect(auth.secrets()).toEqual(["0123456789abcdef"]);
    expect(auth.refresh).toBeUndefined();
  });

  it("trims a trailing newline (a key read from a file)", async () => {
    expect(await tokenAuth("  abc123\n").headers(anyRequest())).toEqual({ Authorization: "Token abc123" });
  });

  it.each([
    ["", /key: is empty/],
    ["   ", /key: is empty/],
    ["Token abc123", /starts with "Token": pass the value without that prefix/],
    ["ab c123", /contains whitespace/],
    ["abc\u0000123", /control character \(U\+0000\)/],
    [undefined, /key: is required/],
  ])("refuses %j with a ConfigError that does not echo the key", (key, message) => {
    const error = thrown(() => tokenAuth(key as string));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^Invalid options for tokenAuth: /);
    expect(error.message).toMatch(message);
    if (key?.trim()) expect(error.message).not.toContain("abc");
  });
});
