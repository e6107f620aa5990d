import { describe, expect, it, vi } from "vitest";
import { apiKey } from "../../src/auth/api-key.js";
import type { AuthStrategy } from "../../src/auth/auth-strategy.js";
import { bearer } from "../../src/auth/bearer.js";
import { composeAuth } from "../../src/auth/compose.js";
import { protocolHeaders } from "../../src/auth/protocol-headers.js";
import { tokenAuth } from "../../src/auth/token-auth.js";
import { AuthError } from "../../src/errors/auth-error.js";
import { ConfigError } from "../../src/errors/config-error.js";
import { anyRequest, rejected, thrown } from "./capture.js";

function refreshing(name: string, result: boolean | Error): AuthStrategy & { refresh: ReturnType<typeof vi.fn> } {
  return {
    name,
    headers: () => ({}),
    refresh: vi.fn(async () => {
      if (result instanceof Error) throw result;
      return result;
    }),
    secrets: () => [],
  };
}

describe("composeAuth", () => {
  it("joins names, merges headers in order and concatenates secrets", async () => {
    const auth = composeAuth(apiKey({ header: "x-api-key", key: "gateway-key" }), protocolHeaders({ doelbinding: "BRPACT-AlgemeneTaken" }), tokenAuth("tok"));
    expect(auth.name).toBe("api-key+protocol-headers+token");
    expect(await auth.headers(anyRequest())).toEqual({ "x-api-key": "gateway-key", "x-doelbinding": "BRPACT-AlgemeneTaken", Authorization: "Token tok" });
    expect(auth.secrets()).toEqual(["gateway-key", "tok"]);
  });

  it("lets a later strategy win, comparing header names case-insensitively", async () => {
    const auth = composeAuth(apiKey({ header: "X-Api-Key", key: "first" }), tokenAuth("a"), apiKey({ header: "x-api-key", key: "second" }), bearer("b"));
    expect(await auth.headers(anyRequest())).toEqual({ "x-api-key": "second", Authorization: "Bearer b" });
  });

  it("passes the request to every strategy", async () => {
    const headers = vi.fn(() => ({}));
    const request = anyRequest();
    await composeAuth({ name: "a", headers, secrets: () => [] }).headers(request);
    expect(headers).toHaveBeenCalledWith(request);
  });

  it("refreshes every strategy and resolves true if any did", async () => {
    const a = refreshing("a", false);
    const b = refreshing("b", true);
    const auth = composeAuth(a, tokenAuth("t"), b);
    expect(await auth.refresh?.()).toBe(true);
    expect(a.refresh).toHaveBeenCalledTimes(1);
    expect(b.refresh).toHaveBeenCalledTimes(1);
    expect(await composeAuth(refreshing("a", false), refreshing("b", false)).refresh?.()).toBe(false);
  });

  it("has no refresh when no strategy has one", () => {
    expect(composeAuth(tokenAuth("t"), protocolHeaders({ gebruiker: "g" })).refresh).toBeUndefined();
  });

  it("rejects refresh with a strategy's failure after all were tried", async () => {
    const failing = refreshing("a", new AuthError("token endpoint down"));
    const other = refreshing("b", true);
    const error = await rejected(composeAuth(failing, other).refresh?.());
    expect(error).toBeInstanceOf(AuthError);
    expect(other.refresh).toHaveBeenCalledTimes(1);
  });

  it("refuses no strategies or something that is not one", () => {
    expect(thrown(() => composeAuth())).toBeInstanceOf(ConfigError);
    const error = thrown(() => composeAuth(tokenAuth("t"), { name: "x" } as never));
    expect(error.message).toMatch(/^Invalid options for composeAuth: 1: is not an auth strategy/);
  });
});
