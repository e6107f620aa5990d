import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zgwJwt } from "../../src/auth/zgw-jwt.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { SEED, createMockCommonGround } from "../../src/testing/index.js";

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("expected a response body");
  return value;
}

const mock = await createMockCommonGround({ baseUrl: "https://gemeente.test", notify: false });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("mock.handlers (msw) share the engine and store with the HTTP server", () => {
  it("creates a zaak through msw, and the same store serves it over HTTP with the server's origin", async () => {
    const zaken = createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }) });
    const zaak = must((await zaken.POST("/zaken", {
      body: { bronorganisatie: SEED.rsin, verantwoordelijkeOrganisatie: SEED.rsin, zaaktype: `https://gemeente.test${SEED.zaaktypeParkeren2025}`, startdatum: "2025-05-01" },
      throwOnError: true,
    })).data);
    expect(zaak.url).toMatch(/^https:\/\/gemeente\.test\/zaken\/api\/v1\/zaken\//);
    server.close();
    try {
      const { origin } = await mock.listen({ port: 0 });
      const http = createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }) });
      const data = must((await http.GET("/zaken/{uuid}", { params: { path: { uuid: zaak.uuid } }, throwOnError: true })).data);
      expect(data.url).toBe(`${origin}/zaken/api/v1/zaken/${zaak.uuid}`);
      expect(data.zaaktype).toBe(`${origin}${SEED.zaaktypeParkeren2025}`);
    } finally {
      await mock.close();
    }
  });
});
