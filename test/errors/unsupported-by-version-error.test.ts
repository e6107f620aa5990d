/** UnsupportedByVersionError: its fields, its kind, and the guard across realms. */
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { isCommonGroundError } from "../../src/errors/common-ground-error.js";
import { isConfigError } from "../../src/errors/config-error.js";
import { UnsupportedByVersionError, isUnsupportedByVersionError } from "../../src/errors/unsupported-by-version-error.js";

const details = { apiVersion: "1.5.1", variant: "1.5.1", operation: "GET /zaken", parameter: "pageSize", availableIn: ["1.5.1-openzaak-1.30.0"] };

describe("UnsupportedByVersionError", () => {
  it("carries the call, the version and where it is available; kind config, but not a ConfigError", () => {
    const error = new UnsupportedByVersionError("GET /zaken: …", details);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ ...details, kind: "config", name: "UnsupportedByVersionError", message: "GET /zaken: …" });
    expect(isCommonGroundError(error)).toBe(true);
    expect(isUnsupportedByVersionError(error)).toBe(true);
    expect(isConfigError(error)).toBe(false);
  });

  it("the guard recognises one from another realm by name and kind, and nothing else", () => {
    const foreign = runInNewContext('Object.assign(new Error("x"), { name: "UnsupportedByVersionError", kind: "config" })');
    expect(foreign instanceof Error).toBe(false);
    expect(isUnsupportedByVersionError(foreign)).toBe(true);
    expect(isUnsupportedByVersionError({ name: "UnsupportedByVersionError", kind: "http" })).toBe(false);
    expect(isUnsupportedByVersionError(new Error("x"))).toBe(false);
    expect(isUnsupportedByVersionError(null)).toBe(false);
  });
});
