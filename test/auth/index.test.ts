import { describe, expect, it } from "vitest";
import * as auth from "../../src/auth/index.js";

describe("src/auth/index", () => {
  it("exports the strategies, the middleware and nothing internal", () => {
    expect(Object.keys(auth).sort()).toEqual([
      "AUTH_MIDDLEWARE_NAME",
      "MAX_ZGW_JWT_REUSE_MS",
      "apiKey",
      "authMiddleware",
      "bearer",
      "composeAuth",
      "oauth2ClientCredentials",
      "protocolHeaders",
      "tokenAuth",
      "zgwJwt",
    ]);
  });
});
