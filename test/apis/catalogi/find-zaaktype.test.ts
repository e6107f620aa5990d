import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { findZaaktype } from "../../../src/apis/catalogi/index.js";
import { type CatalogusLookupError, isCatalogusLookupError } from "../../../src/errors/catalogus-lookup-error.js";
import { isConfigError } from "../../../src/errors/config-error.js";
import { createCatalogiClient as c120 } from "../../../src/generated/catalogi/1.2.0/index.js";
import { createCatalogiClient as c131oz } from "../../../src/generated/catalogi/1.3.1-openzaak-1.30.0/index.js";
import { createCatalogiClient as c131 } from "../../../src/generated/catalogi/1.3.1/index.js";
import { createCatalogiClient as c132 } from "../../../src/generated/catalogi/1.3.2/index.js";
import { createCatalogiClient } from "../../../src/generated/catalogi/index.js";
import { recorder, server, useMsw } from "../../helpers/msw.js";

const BASE = "https://open-zaak.example.nl/catalogi/api/v1";
const CATALOGUS = `${BASE}/catalogussen/f6fa4e47-8b2b-4d8e-9b5e-6a0c2f5e6a01`;
const OTHER_CATALOGUS = `${BASE}/catalogussen/2a8c4d1e-0b6f-4c1a-9e55-3f1d2c7b9a02`;
const ID = "ZAAKTYPE-2018-0000000001";

interface Version {
  readonly n: number;
  readonly begin: string;
  readonly einde: string | null;
  readonly concept?: boolean;
  readonly catalogus?: string;
  readonly identificatie?: string;
}

/** A zaaktype version as Open Zaak sends it (the fields the lookup reads, plus a few more). */
function zaaktype(v: Version) {
  return {
    url: `${BASE}/zaaktypen/00000000-0000-4000-8000-${String(v.n).padStart(12, "0")}`,
    identificatie: v.identificatie ?? ID,
    omschrijving: "Aanvraag omgevingsvergunning",
    catalogus: v.catalogus ?? CATALOGUS,
    doorlooptijd: "P8W",
    versiedatum: v.begin,
    beginGeldigheid: v.begin,
    eindeGeldigheid: v.einde,
    concept: v.concept ?? false,
  };
}

/** Yearly versions 2018–2021 (each ending 31 December), one from 2022 ending 2024-12-31, and a 2025 concept. */
const VERSIONS: Version[] = [
  { n: 1, begin: "2018-01-01", einde: "2018-12-31" },
  { n: 2, begin: "2019-01-01", einde: "2019-12-31" },
  { n: 3, begin: "2020-01-01", einde: "2020-12-31" },
  { n: 4, begin: "2021-01-01", einde: "2021-12-31" },
  { n: 5, begin: "2022-01-01", einde: "2024-12-31" },
  { n: 6, begin: "2025-01-01", einde: null, concept: true },
];

/**
 * A Catalogi list that filters like Open Zaak (identificatie, catalogus, status with `definitief` as
 * default, datumGeldigheid with an inclusive end unless `ignoreDate`) and pages by 2 with absolute `next` links.
 */
function serveZaaktypen(versions: readonly Version[], { ignoreDate = false } = {}) {
  const { seen, record } = recorder();
  server.use(
    http.get(`${BASE}/zaaktypen`, async ({ request }) => {
      await record(request);
      const url = new URL(request.url);
      const q = url.searchParams;
      const status = q.get("status") ?? "definitief";
      const day = ignoreDate ? null : q.get("datumGeldigheid");
      const rows = versions
        .map(zaaktype)
        .filter((z) => !q.has("identificatie") || z.identificatie === q.get("identificatie"))
        .filter((z) => !q.has("catalogus") || z.catalogus === q.get("catalogus"))
        .filter((z) => status === "alles" || z.concept === (status === "concept"))
        .filter((z) => day === null || (z.beginGeldigheid <= day && (z.eindeGeldigheid === null || z.eindeGeldigheid >= day)));
      const page = Number(q.get("page") ?? "1");
      const link = (p: number) => {
        const next = new URL(url);
        next.searchParams.set("page", String(p));
        return next.toString();
      };
      const pages = Math.max(1, Math.ceil(rows.length / 2));
      return HttpResponse.json({
        count: rows.length,
        next: page < pages ? link(page + 1) : null,
        previous: page > 1 ? link(page - 1) : null,
        results: rows.slice((page - 1) * 2, page * 2),
      });
    }),
  );
  return seen;
}

const urlOf = (n: number) => zaaktype({ n, begin: "", einde: null }).url;
const queries = (seen: readonly { url: URL }[]) => seen.map((r) => Object.fromEntries(r.url.searchParams));

async function lookupError(promise: Promise<unknown>): Promise<CatalogusLookupError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isCatalogusLookupError(error), String(error)).toBe(true);
  return error as CatalogusLookupError;
}

useMsw();
const catalogi = createCatalogiClient({ baseUrl: BASE });

describe("findZaaktype", () => {
  it("asks the server with identificatie, status=definitief and datumGeldigheid, and returns the one valid version", async () => {
    const seen = serveZaaktypen(VERSIONS);
    const found = await findZaaktype(catalogi, { identificatie: ID, validOn: "2022-06-01" });
    expect(found.url).toBe(urlOf(5));
    expect(queries(seen)).toEqual([{ identificatie: ID, status: "definitief", datumGeldigheid: "2022-06-01" }]);
  });

  it("walks three pages when the server ignores datumGeldigheid, and checks the day itself (valid one on page 3)", async () => {
    const seen = serveZaaktypen(VERSIONS, { ignoreDate: true });
    const found = await findZaaktype(catalogi, { identificatie: ID, validOn: "2023-03-15" });
    expect(found.url).toBe(urlOf(5));
    expect(queries(seen).map((q) => q.page ?? "1")).toEqual(["1", "2", "3"]);
  });

  it("with serverDateFilter: false sends no datumGeldigheid and filters every page on the client", async () => {
    const seen = serveZaaktypen(VERSIONS);
    const found = await findZaaktype(catalogi, { identificatie: ID, validOn: "2022-01-01", serverDateFilter: false });
    expect(found.url).toBe(urlOf(5));
    expect(seen).toHaveLength(3);
    for (const q of queries(seen)) expect(q).not.toHaveProperty("datumGeldigheid");
  });

  it.each([
    ["1.3.2", c132],
    ["1.3.1", c131],
    ["1.2.0", c120],
    ["Open Zaak 1.3.1", c131oz],
  ])("sends datumGeldigheid with a Catalogi %s client too", async (_version, create) => {
    const seen = serveZaaktypen(VERSIONS);
    const found = await findZaaktype(create({ baseUrl: BASE }), { identificatie: ID, validOn: "2019-07-01" });
    expect(found.url).toBe(urlOf(2));
    expect(queries(seen)[0]).toMatchObject({ datumGeldigheid: "2019-07-01", status: "definitief" });
  });

  it("treats eindeGeldigheid as the last valid day (inclusive)", async () => {
    serveZaaktypen(VERSIONS, { ignoreDate: true });
    expect((await findZaaktype(catalogi, { identificatie: ID, validOn: "2021-12-31" })).url).toBe(urlOf(4));
    expect((await findZaaktype(catalogi, { identificatie: ID, validOn: "2022-01-01" })).url).toBe(urlOf(5));
  });

  it("reads a Date as its Europe/Amsterdam calendar day", async () => {
    const seen = serveZaaktypen(VERSIONS);
    // 23:30 UTC on 31 December 2021 is already 1 January 2022 in Amsterdam.
    const found = await findZaaktype(catalogi, { identificatie: ID, validOn: new Date("2021-12-31T23:30:00Z") });
    expect(found.url).toBe(urlOf(5));
    expect(queries(seen)[0]?.datumGeldigheid).toBe("2022-01-01");
  });

  it("uses today in Europe/Amsterdam when validOn is left out", async () => {
    const seen = serveZaaktypen([{ n: 9, begin: "2000-01-01", einde: null }]);
    await findZaaktype(catalogi, { identificatie: ID });
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(new Date());
    expect(queries(seen)[0]?.datumGeldigheid).toBe(today);
  });

  it("leaves concept versions out by default and says how to include them", async () => {
    serveZaaktypen(VERSIONS);
    const error = await lookupError(findZaaktype(catalogi, { identificatie: ID, validOn: "2025-06-01" }));
    expect(error.reason).toBe("none");
    expect(error.message).toContain("includeConcepts: true");
    expect(error.candidates.find((c) => c.concept)?.url).toBe(urlOf(6));
  });

  it("finds the concept with includeConcepts (status=alles)", async () => {
    const seen = serveZaaktypen(VERSIONS);
    const found = await findZaaktype(catalogi, { identificatie: ID, validOn: "2025-06-01", includeConcepts: true });
    expect(found.url).toBe(urlOf(6));
    expect(found.concept).toBe(true);
    expect(queries(seen)[0]?.status).toBe("alles");
  });

  it("a concept the server returns despite status=definitief is still left out (concept is checked on the client)", async () => {
    // A server that ignores status: the concept comes back with status=definitief.
    server.use(http.get(`${BASE}/zaaktypen`, () => HttpResponse.json({ count: 1, next: null, previous: null, results: [zaaktype(VERSIONS[5] as Version)] })));
    const error = await lookupError(findZaaktype(catalogi, { identificatie: ID, validOn: "2025-06-01" }));
    expect(error.matches).toEqual([]);
  });

  it("none valid: a typed error with what was searched, every version seen with its range, and what to do", async () => {
    const seen = serveZaaktypen(VERSIONS);
    const error = await lookupError(findZaaktype(catalogi, { identificatie: ID, validOn: "2017-05-01" }));
    expect(error.reason).toBe("none");
    expect(error.criteria).toEqual({ resource: "zaaktype", key: "identificatie", value: ID, validOn: "2017-05-01", includeConcepts: false });
    expect(error.candidates).toHaveLength(6);
    expect(error.message).toContain(`no published zaaktype with identificatie "${ID}" is valid on 2017-05-01`);
    expect(error.message).toContain(`${urlOf(1)} (2018-01-01 – 2018-12-31`);
    expect(error.message).toContain("concept, 2025-01-01 – open");
    expect(error.message).toContain("Pass a validOn inside one of these ranges");
    // The second walk lists every version of the key: no day filter, concepts included.
    expect(queries(seen)[0]).toEqual({ identificatie: ID, status: "definitief", datumGeldigheid: "2017-05-01" });
    expect(queries(seen)[1]).toEqual({ identificatie: ID, status: "alles" });
    expect(seen).toHaveLength(4);
  });

  it("none seen at all: the error says so", async () => {
    serveZaaktypen(VERSIONS);
    const error = await lookupError(findZaaktype(catalogi, { identificatie: "ZAAKTYPE-BESTAAT-NIET", validOn: "2022-01-01" }));
    expect(error.candidates).toEqual([]);
    expect(error.message).toContain("was seen at all");
  });

  it("two valid (same identificatie in two catalogi): a typed error listing both; catalogus picks one", async () => {
    const twice: Version[] = [
      { n: 11, begin: "2020-01-01", einde: null },
      { n: 12, begin: "2021-01-01", einde: null, catalogus: OTHER_CATALOGUS },
    ];
    const seen = serveZaaktypen(twice);
    const error = await lookupError(findZaaktype(catalogi, { identificatie: ID, validOn: "2022-02-02" }));
    expect(error.reason).toBe("ambiguous");
    expect(error.matches.map((m) => m.url)).toEqual([urlOf(11), urlOf(12)]);
    expect(error.message).toContain(`2 zaaktypen with identificatie "${ID}" are valid on 2022-02-02`);
    expect(error.message).toContain(`${urlOf(11)} (2020-01-01 – open, catalogus ${CATALOGUS})`);
    expect(error.message).toContain(`${urlOf(12)} (2021-01-01 – open, catalogus ${OTHER_CATALOGUS})`);
    expect(error.message).toContain("Pass catalogus");

    const found = await findZaaktype(catalogi, { identificatie: ID, validOn: "2022-02-02", catalogus: OTHER_CATALOGUS });
    expect(found.url).toBe(urlOf(12));
    expect(queries(seen).at(-1)?.catalogus).toBe(OTHER_CATALOGUS);
  });

  it.each([
    [{ identificatie: "" }, "identificatie"],
    [{ identificatie: "   " }, "identificatie"],
    [{ identificatie: ID, validOn: "2024-02-30" }, "validOn"],
    [{ identificatie: ID, validOn: "2024-2-3" }, "validOn"],
    [{ identificatie: ID, validOn: new Date("not a date") }, "validOn"],
    [{ identificatie: ID, catalogus: "catalogussen/1" }, "catalogus"],
  ])("refuses bad input before any request: %o", async (options, path) => {
    const seen = serveZaaktypen(VERSIONS);
    const error = await findZaaktype(catalogi, options).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    expect((error as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([path]);
    expect(seen).toHaveLength(0);
  });

  it("accepts 29 February in a leap year", async () => {
    serveZaaktypen(VERSIONS);
    expect((await findZaaktype(catalogi, { identificatie: ID, validOn: "2024-02-29" })).url).toBe(urlOf(5));
  });
});
