/**
 * Where the example's data comes from: the whole Common Ground mock running in this page behind msw's
 * service worker (default), or a `commonground mock` server (`?api=http://127.0.0.1:8000`, reached
 * through the dev server's loopback proxy since the mock sends no CORS headers).
 */
import { type FetchLike, createCommonGround, zgwJwt } from "commonground-sdk";
import { createCatalogiClient } from "commonground-sdk/catalogi";
import { createDocumentenClient, uploadDocument } from "commonground-sdk/documenten";
import { createZakenClient } from "commonground-sdk/zaken";
import type { SeedData } from "commonground-sdk/testing";
import { EXAMPLE_DOCUMENTS, extraZaken } from "./seed.ts";

/** The API roots the example uses (the mock's layout, which is Open Zaak's). */
const ROOTS = { zaken: "/zaken/api/v1", catalogi: "/catalogi/api/v1", documenten: "/documenten/api/v1" } as const;
/** Must match PROXY_PREFIX in vite.config.ts. */
const PROXY_PREFIX = "/__commonground-proxy/";

/** Zaken, Catalogi and Documenten clients on one origin, with ZGW JWT auth, and reference resolution across them. */
function clients(origin: string, credentials: { clientId: string; secret: string }, fetch?: FetchLike) {
  const auth = zgwJwt(credentials);
  const common = { auth, ...(fetch ? { fetch } : {}) };
  const zaken = createZakenClient({ baseUrl: `${origin}${ROOTS.zaken}`, ...common });
  const catalogi = createCatalogiClient({ baseUrl: `${origin}${ROOTS.catalogi}`, ...common });
  const documenten = createDocumentenClient({ baseUrl: `${origin}${ROOTS.documenten}`, ...common });
  // createCommonGround follows URL references (zaak.zaaktype, status.statustype, …) with the right client.
  return { zaken, catalogi, documenten, cg: createCommonGround({ zaken, catalogi, documenten }) };
}

/** The configured clients and where they point. */
export type Landscape = ReturnType<typeof clients> & { readonly mode: "in-browser mock" | "commonground mock server"; readonly origin: string };

/** Sends requests for `origin` through the dev server's proxy (same origin, so no CORS needed). */
function viaProxy(origin: string): FetchLike {
  return async (request) => {
    const url = new URL(request.url);
    if (url.origin !== origin) return fetch(request);
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
    const proxied = `${location.origin}${PROXY_PREFIX}${encodeURIComponent(origin)}${url.pathname}${url.search}`;
    return fetch(new Request(proxied, { method: request.method, headers: request.headers, signal: request.signal, ...(body ? { body } : {}) }));
  };
}

/** The seed's zaken plus `EXTRA_ZAKEN` more, so the list has two pages. */
function moreZaken(seed: SeedData, statustypen: readonly string[], seedUuid: (n: number) => string): SeedData {
  const template = seed.zaken?.["/zaken"]?.find((z) => z.status !== null && z.status !== undefined);
  const statusTemplate = seed.zaken?.["/statussen"]?.find((s) => s.zaak === template?.url);
  if (!template || !statusTemplate) throw new Error("the mock's seed has no zaak with a status to copy");
  const { zaken, statussen } = extraZaken(template, statusTemplate, statustypen, seedUuid);
  return { zaken: { "/zaken": zaken, "/statussen": statussen } };
}

/** Gives the first zaak two documents (uploaded with the SDK's workflow, linked with a zaakinformatieobject) when it has none. */
async function seedDocuments(landscape: Landscape, informatieobjecttype: string, bronorganisatie: string): Promise<void> {
  const { zaken, documenten } = landscape;
  const first = (await zaken.GET("/zaken", { params: { query: { identificatie: "ZAAK-2025-0000000001" } }, throwOnError: true })).data?.results?.[0];
  if (!first) return;
  const linked = (await zaken.GET("/zaakinformatieobjecten", { params: { query: { zaak: first.url } }, throwOnError: true })).data ?? [];
  if (linked.length > 0) return;
  for (const file of EXAMPLE_DOCUMENTS) {
    const document = await uploadDocument(documenten, {
      ...file,
      bronorganisatie,
      creatiedatum: first.startdatum,
      auteur: "Gemeente Demodam",
      taal: "nld",
      informatieobjecttype,
      tonenAanInitiator: true,
    });
    await zaken.POST("/zaakinformatieobjecten", { body: { zaak: first.url, informatieobject: document.url, titel: file.titel }, throwOnError: true });
  }
}

/** Starts the data source the page's URL asks for and returns the clients. */
export async function startLandscape(): Promise<Landscape> {
  const testing = await import("commonground-sdk/testing");
  const { SEED } = testing;
  const api = new URLSearchParams(location.search).get("api") ?? import.meta.env.VITE_COMMONGROUND_API;
  let landscape: Landscape;
  if (api) {
    const origin = new URL(api).origin;
    // The demo client of `commonground mock` (mock data only: never put real secrets in a browser).
    landscape = { ...clients(origin, { clientId: SEED.demoClientId, secret: SEED.demoSecret }, viaProxy(origin)), mode: "commonground mock server", origin };
  } else {
    const { setupWorker } = await import("msw/browser");
    const mock = await testing.createMockCommonGround({ baseUrl: location.origin, notify: false });
    const statustypen = [0, 1, 2].map((i) => testing.seedPart("statustypen", 11, i));
    mock.seed(moreZaken(testing.defaultSeed, statustypen, testing.seedUuid));
    await setupWorker(...mock.handlers).start({ serviceWorker: { url: "/mockServiceWorker.js" }, onUnhandledRequest: "bypass", quiet: true });
    const { clientId, secret } = mock.credentials;
    landscape = { ...clients(location.origin, { clientId, secret }), mode: "in-browser mock", origin: location.origin };
  }
  await seedDocuments(landscape, `${landscape.origin}${SEED.informatieobjecttypeAanvraag}`, SEED.rsin);
  return landscape;
}
