/**
 * Quickstart: a typed Zaken client listing zaken with a filter. Runs offline: msw answers in-process
 * as a Zaken API 1.7.0 server would (until the SDK's own mock lands), and prints what went over the wire.
 *
 * Run: npm run demo
 */
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { createZakenClient } from "../src/generated/zaken/index.js";

const baseUrl = "https://open-zaak.example.nl/zaken/api/v1";
const zaak = (n: number) => ({
  url: `${baseUrl}/zaken/${n}`,
  uuid: `00000000-0000-4000-8000-00000000000${n}`,
  identificatie: `ZAAK-2026-000${n}`,
  bronorganisatie: "002220647",
  omschrijving: n === 1 ? "Aanvraag parkeervergunning" : "Melding openbare ruimte",
  zaaktype: "https://open-zaak.example.nl/catalogi/api/v1/zaaktypen/1",
  verantwoordelijkeOrganisatie: "002220647",
  startdatum: "2026-11-02",
  archiefstatus: "nog_te_archiveren",
});

const server = setupServer(
  http.get(`${baseUrl}/zaken`, ({ request }) => {
    const url = new URL(request.url);
    console.log(`← ${request.method} ${url.pathname}${url.search}  Accept-Crs: ${request.headers.get("accept-crs")}`);
    return HttpResponse.json({ count: 2, next: null, previous: null, results: [zaak(1), zaak(2)] });
  }),
);
server.listen({ onUnhandledRequest: "error" });

const zaken = createZakenClient({ baseUrl });
const { data, error } = await zaken.GET("/zaken", {
  params: { query: { bronorganisatie: "002220647", archiefstatus__in: ["nog_te_archiveren", "gearchiveerd"] } },
});
if (error) throw new Error(`listing zaken failed: ${JSON.stringify(error)}`);
for (const z of data.results ?? []) console.log(`${z.identificatie}  ${z.startdatum}  ${z.omschrijving}`);
server.close();
