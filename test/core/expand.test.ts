/** `client.expand()` on the wire: ZGW gets a comma-separated string, Klantinteracties an array (comma-joined). */
import { HttpResponse, http } from "msw";
import { expect, it } from "vitest";
import { createKlantinteractiesClient } from "../../src/generated/klantinteracties/index.js";
import { createZakenClient } from "../../src/generated/zaken/1.7.0/index.js";
import { useMsw } from "../helpers/msw.js";

const server = useMsw();

it("sends ZGW's expand as one comma-separated parameter with the Crs headers", async () => {
  const ZAKEN = "https://open-zaak.example.nl/zaken/api/v1";
  let seen: { search: string; crs: string | null } | undefined;
  server.use(http.get(`${ZAKEN}/zaken/:uuid`, ({ request }) => {
    seen = { search: new URL(request.url).search, crs: request.headers.get("accept-crs") };
    return HttpResponse.json({ url: request.url, _expand: { zaaktype: { omschrijving: "Parkeervergunning" } } });
  }));
  const zaken = createZakenClient({ baseUrl: ZAKEN });
  const { data } = await zaken.expand("/zaken/{uuid}", ["zaaktype", "status.statustype"], { params: { path: { uuid: "1" } } });
  expect(decodeURIComponent(seen?.search ?? "")).toBe("?expand=zaaktype,status.statustype");
  expect(seen?.crs).toBe("EPSG:4326");
  expect(data?._expand.zaaktype).toMatchObject({ omschrijving: "Parkeervergunning" });
});

it("sends Klantinteracties' expand array comma-joined, next to other filters", async () => {
  const KI = "https://open-klant.example.nl/klantinteracties/api/v1";
  let search = "";
  server.use(http.get(`${KI}/partijen`, ({ request }) => {
    search = decodeURIComponent(new URL(request.url).search);
    return HttpResponse.json({ count: 0, next: null, previous: null, results: [] });
  }));
  const ki = createKlantinteractiesClient({ baseUrl: KI });
  await ki.expand("/partijen", ["digitaleAdressen", "betrokkenen.hadKlantcontact"], { params: { query: { soortPartij: "persoon" } } });
  expect(search).toBe("?soortPartij=persoon&expand=digitaleAdressen,betrokkenen.hadKlantcontact");
});
