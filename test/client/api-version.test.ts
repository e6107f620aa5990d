/** `client.apiVersion`: the API-version header of the last response, from answers and from typed errors. */
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { createMockCommonGround } from "../../src/testing/index.js";
import { zgwJwt } from "../../src/auth/zgw-jwt.js";
import { server, useMsw } from "../helpers/msw.js";

const BASE = "https://open-zaak.example.nl/zaken/api/v1";
useMsw();

describe("client.apiVersion", () => {
  it("is undefined before the first response, then the server's API-version", async () => {
    server.use(http.get(`${BASE}/zaken`, () => HttpResponse.json({ count: 0, next: null, previous: null, results: [] }, { headers: { "API-version": "1.5.1" } })));
    const zaken = createZakenClient({ baseUrl: BASE });
    expect(zaken.apiVersion).toBeUndefined();
    await zaken.GET("/zaken");
    expect(zaken.apiVersion).toBe("1.5.1");
  });

  it("is also read from a failed call (typed error), and a response without the header keeps the last one", async () => {
    server.use(
      http.get(`${BASE}/zaken/:uuid`, () =>
        HttpResponse.json({ code: "not_found", title: "Niet gevonden.", status: 404 }, { status: 404, headers: { "API-version": "1.7.0", "Content-Type": "application/problem+json" } }),
      ),
      http.get(`${BASE}/zaken`, () => HttpResponse.json({ count: 0, next: null, previous: null, results: [] })),
    );
    const zaken = createZakenClient({ baseUrl: BASE });
    await expect(zaken.GET("/zaken/{uuid}", { params: { path: { uuid: "00000000-0000-4000-8000-000000000001" } }, throwOnError: true })).rejects.toThrow();
    expect(zaken.apiVersion).toBe("1.7.0");
    await zaken.GET("/zaken");
    expect(zaken.apiVersion).toBe("1.7.0");
  });

  it("reports the version the landscape mock serves, over real HTTP", async () => {
    server.close();
    const mock = await createMockCommonGround({ notify: false });
    try {
      await mock.listen({ port: 0 });
      const zaken = createZakenClient({ baseUrl: mock.baseUrls.zaken, auth: zgwJwt({ clientId: mock.credentials.clientId, secret: mock.credentials.secret }) });
      await zaken.GET("/zaken", { throwOnError: true });
      expect(zaken.apiVersion).toBe("1.7.0");
    } finally {
      await mock.close();
      server.listen({ onUnhandledRequest: "error" });
    }
  });
});
