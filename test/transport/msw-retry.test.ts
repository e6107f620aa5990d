/**
 * Under msw, cancelling a mocked response body never settles: retries and 401 refreshes must not
 * wait for it (regression: such calls hung forever).
 */
import { HttpResponse, http } from "msw";
import { expect, it } from "vitest";
import { bearer } from "../../src/auth/bearer.js";
import { createZakenClient } from "../../src/generated/zaken/index.js";
import { useMsw } from "../helpers/msw.js";

const server = useMsw();
const BASE = "https://open-zaak.example.nl/zaken/api/v1";
const PAGE = { count: 0, next: null, previous: null, results: [] };

it("retries a 503 with a JSON body and then succeeds", async () => {
  let hits = 0;
  server.use(http.get(`${BASE}/zaken`, () => (++hits === 1 ? HttpResponse.json({ title: "busy" }, { status: 503 }) : HttpResponse.json(PAGE))));
  const zaken = createZakenClient({ baseUrl: BASE, retry: { minDelayMs: 1, maxDelayMs: 2 } });
  const { data } = await zaken.GET("/zaken");
  expect(data).toEqual(PAGE);
  expect(hits).toBe(2);
});

it("refreshes after a 401 with a body and retries once", async () => {
  let hits = 0;
  server.use(http.get(`${BASE}/zaken`, () => (++hits === 1 ? HttpResponse.json({ detail: "expired" }, { status: 401 }) : HttpResponse.json(PAGE))));
  let n = 0;
  const zaken = createZakenClient({ baseUrl: BASE, auth: bearer(() => `token-${++n}`) });
  const { data } = await zaken.GET("/zaken");
  expect(data).toEqual(PAGE);
  expect(hits).toBe(2);
});
