import { afterEach, describe, expect, it, vi } from "vitest";
import { loadCodegen } from "../../src/cli/load-codegen.js";

afterEach(() => vi.restoreAllMocks());

/** How importing the generator fails in an app that installed only commonground-sdk. */
const missing = (): Promise<never> =>
  Promise.reject(Object.assign(new Error("Cannot find package '@redocly/openapi-core' imported from dist/codegen/index.js"), { code: "ERR_MODULE_NOT_FOUND" }));

describe("loadCodegen without the generator's tools", () => {
  it.each([
    ["generate", "npm install --save-dev @redocly/openapi-core@1 openapi-typescript@7 typescript@5\n"],
    ["specs", "npm install --save-dev @redocly/openapi-core@1\n"],
  ])("commonground %s says what to install and gives up", async (command, install) => {
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    expect(await loadCodegen(command, missing)).toBeUndefined();
    expect(written.join("")).toContain(`commonground ${command}: needs the generator's tools: ${install}`);
  });

  it("passes any other failure on", async () => {
    await expect(loadCodegen("generate", () => Promise.reject(new SyntaxError("broken build")))).rejects.toThrow("broken build");
  });

  it("loads the generator when its tools are there", async () => {
    const codegen = await loadCodegen("generate");
    expect(typeof codegen?.generate).toBe("function");
  });
});
