import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { CommonGroundError, isCommonGroundError } from "../../src/errors/common-ground-error.js";
import { ConfigError, isConfigError } from "../../src/errors/config-error.js";

describe("error guards", () => {
  it("recognise SDK errors and nothing else", () => {
    const error = new ConfigError("Invalid options", [{ path: "baseUrl", message: "is required" }]);
    expect(error).toBeInstanceOf(CommonGroundError);
    expect(isCommonGroundError(error)).toBe(true);
    expect(isConfigError(error)).toBe(true);
    expect(error.message).toBe("Invalid options: baseUrl: is required");
    expect(isCommonGroundError(new Error("x"))).toBe(false);
    expect(isCommonGroundError({ kind: "http" })).toBe(false);
    expect(isCommonGroundError(null)).toBe(false);
    expect(isConfigError(new CommonGroundError("http", "x"))).toBe(false);
  });

  it("work across realms", () => {
    const foreign = runInNewContext(
      `const e = new Error("Invalid options: baseUrl: is required"); e.name = "ConfigError"; e.kind = "config"; e`,
    );
    expect(foreign instanceof CommonGroundError).toBe(false);
    expect(isCommonGroundError(foreign)).toBe(true);
    expect(isConfigError(foreign)).toBe(true);
  });
});
