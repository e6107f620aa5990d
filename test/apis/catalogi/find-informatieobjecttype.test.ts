import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { findInformatieobjecttype } from "../../../src/apis/catalogi/index.js";
import { isCatalogusLookupError } from "../../../src/errors/catalogus-lookup-error.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { createCatalogiClient as c131oz } from "../../../src/generated/catalogi/1.3.1-openzaak-1.30.0/index.js";
import { createCatalogiClient } from "../../../src/generated/catalogi/index.js";
import { recorder, server, useMsw } from "../../helpers/msw.js";

const BASE = "https://open-zaak.example.nl/catalogi/api/v1";
const CATALOGUS = `${BASE}/catalogussen/f6fa4e47-8b2b-4d8e-9b5e-6a0c2f5e6a01`;

const iot = (n: number, omschrijving: string, begin: string, einde: string | null) => ({
  url: `${BASE}/informatieobjecttypen/00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  catalogus: CATALOGUS,
  omschrijving,
  vertrouwelijkheidaanduiding: "zaakvertrouwelijk",
  beginGeldigheid: begin,
  eindeGeldigheid: einde,
  concept: false,
});

/** Answers with every row on two pages, ignoring the query (a server that filters nothing). */
function serve(rows: unknown[]) {
  const { seen, record } = recorder();
  server.use(
    http.get(`${BASE}/informatieobjecttypen`, async ({ request }) => {
      await record(request);
      const url = new URL(request.url);
      const second = url.searchParams.get("page") === "2";
      const next = new URL(url);
      next.searchParams.set("page", "2");
      return HttpResponse.json({ count: rows.length, next: second ? null : next.toString(), previous: null, results: second ? rows.slice(2) : rows.slice(0, 2) });
    }),
  );
  return seen;
}

useMsw();

describe("findInformatieobjecttype", () => {
  const rows = [
    iot(1, "Aanvraag", "2019-01-01", "2022-12-31"),
    iot(2, "Aanvraag (bijlage)", "2019-01-01", null),
    iot(3, "Aanvraag", "2023-01-01", null),
  ];

  it("matches omschrijving exactly (not the longer one) and sends omschrijving, status and datumGeldigheid", async () => {
    const seen = serve(rows);
    const found = await findInformatieobjecttype(createCatalogiClient({ baseUrl: BASE }), { omschrijving: "Aanvraag", validOn: "2023-01-01", catalogus: CATALOGUS });
    expect(found.url).toBe(rows[2]?.url);
    expect(Object.fromEntries(seen[0]?.url.searchParams ?? [])).toEqual({ omschrijving: "Aanvraag", catalogus: CATALOGUS, status: "definitief", datumGeldigheid: "2023-01-01" });
    expect(seen).toHaveLength(2);
  });

  it("works with an Open Zaak 1.3.1 client and reports no valid version as a lookup error", async () => {
    serve(rows);
    const error = await findInformatieobjecttype(c131oz({ baseUrl: BASE }), { omschrijving: "Aanvraag", validOn: "2018-06-30" }).catch((e: unknown) => e);
    expect(isCatalogusLookupError(error)).toBe(true);
    expect((error as Error).message).toContain('no published informatieobjecttype with omschrijving "Aanvraag" is valid on 2018-06-30');
    expect((error as Error).message).toContain("2019-01-01 – 2022-12-31");
  });

  it("refuses an empty omschrijving before any request", async () => {
    const seen = serve(rows);
    const error = await findInformatieobjecttype(createCatalogiClient({ baseUrl: BASE }), { omschrijving: "" }).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    expect((error as Error).message).toContain("omschrijving");
    expect(seen).toHaveLength(0);
  });
});
