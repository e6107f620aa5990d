import { describe, expect, it, vi } from "vitest";
import { bearer } from "../../src/auth/bearer.js";
import { AuthError } from "../../src/errors/auth-error.js";
import { ConfigError } from "../../src/errors/config-error.js";
import { anyRequest, rejected, thrown } from "./capture.js";

describe("bearer", () => {
  it("sends a fixed token; refresh() resolves false", async () => {
    const auth = bearer("eyJhbGciOi.fixed.token");
    expect(auth.name).toBe("bearer");
    expect(await auth.headers(anyRequest())).toEqual({ Authorization: "Bearer eyJhbGciOi.fixed.token" });
    expect(await auth.refresh?.()).toBe(false);
    expect(auth.secrets()).toEqual(["eyJhbGciOi.fixed.token"]);
  });

  it("asks a provider per request", async () => {
    let n = 0;
    const auth = bearer(async () => `token-${++n}`);
    expect(await auth.headers(anyRequest())).toEqual({ Authorization: "Bearer token-1" });
    expect(await auth.headers(anyRequest())).toEqual({ Authorization: "Bearer token-2" });
    expect(auth.secrets()).toEqual(["token-1", "token-2"]);
  });

  it("refresh() re-calls the provider, resolves true, and the retry uses that token", async () => {
    const provider = vi.fn<() => string>().mockReturnValueOnce("old").mockReturnValueOnce("new").mockReturnValue("later");
    const auth = bearer(provider);
    expect(await auth.headers(anyRequest())).toEqual({ Authorization: "Bearer old" });
    expect(await auth.refresh?.()).toBe(true);
    expect(provider).toHaveBeenCalledTimes(2);
    expect(await auth.headers(anyRequest())).toEqual({ Authorization: "Bearer new" });
    expect(provider).toHaveBeenCalledTimes(2);
    expect(await auth.headers(anyRequest())).toEqual({ Authorization: "Bearer later" });
  });

  it("calls the provider once for concurrent refreshes", async () => {
    const provider = vi.fn(async () => "t");
    const auth = bearer(provider);
    expect(await Promise.all([auth.refresh?.(), auth.refresh?.(), auth.refresh?.()])).toEqual([true, true, true]);
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it("turns a failing or empty provider into an AuthError", async () => {
    const failing = await rejected(bearer(() => Promise.reject(new Error("idp down"))).headers(anyRequest()));
    expect(failing).toBeInstanceOf(AuthError);
    expect(failing.message).toBe("bearer: the token provider failed");
    expect((failing as AuthError).cause).toBeInstanceOf(Error);
    const empty = await rejected(bearer(() => "").headers(anyRequest()));
    expect(empty).toBeInstanceOf(AuthError);
    expect(empty.message).toMatch(/returned an unusable token: is empty/);
    const refreshFails = await rejected(bearer(() => " ").refresh?.());
    expect(refreshFails).toBeInstanceOf(AuthError);
  });

  it.each([[""], ["Bearer abc"], ["a b"], [42]])("refuses %j with a ConfigError", (value) => {
    const error = thrown(() => bearer(value as string));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^Invalid options for bearer: /);
  });
});
