import { describe, expect, it } from "vitest";
import { bearerHeader } from "../../src/auth/bearer-header.js";

describe("bearerHeader", () => {
  it("builds Authorization: Bearer <token>", () => {
    expect(bearerHeader("abc.def.ghi")).toEqual({ Authorization: "Bearer abc.def.ghi" });
  });
});
