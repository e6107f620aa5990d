import type { ReadableBody } from "../../../src/client/client-types.js";
import { describe, expect, expectTypeOf, it } from "vitest";
import { isConfigError } from "../../../src/errors/config-error.js";
import { ValidationError } from "../../../src/errors/validation-error.js";
import { createBrpHistorieClient, findVerblijfplaatshistorie, type HistorieQuery, type Schemas } from "../../../src/generated/brp-historie/index.js";
import { answer, expectOne, specExample, useMsw } from "../wire.js";

const BASE = "https://apigw.npr.idm.diginetwerk.net/lap/api/brp";
useMsw();
const historie = createBrpHistorieClient({ baseUrl: BASE });
const BSN = "999993653";

describe("findVerblijfplaatshistorie", () => {
  it("RaadpleegMetPeriode sends the exact body and returns the typed verblijfplaatsen", async () => {
    const adres = { type: "Adres", verblijfadres: { officieleStraatnaam: "Borgesiusstraat", huisnummer: 103, postcode: "2497BV", woonplaats: "Scheveningen" } };
    const seen = answer("post", `${BASE}/verblijfplaatshistorie`, { verblijfplaatsen: [adres] }, { headers: { "X-Rate-Limit-Remaining": "99" } });
    const query: HistorieQuery = { type: "RaadpleegMetPeriode", burgerservicenummer: BSN, datumVan: "2020-01-01", datumTot: "2024-01-01" };
    const { verblijfplaatsen, response } = await findVerblijfplaatshistorie(historie, query);
    expectOne(seen, { method: "POST", path: "/lap/api/brp/verblijfplaatshistorie", json: query });
    expectTypeOf(verblijfplaatsen).toEqualTypeOf<ReadableBody<Schemas["AbstractVerblijfplaatsVoorkomen"]>[]>();
    expect(verblijfplaatsen).toEqual([adres]);
    expect(response.headers.get("X-Rate-Limit-Remaining")).toBe("99");
  });

  it("RaadpleegMetPeildatum; the spec's 400 example arrives as a typed error", async () => {
    const example = specExample("brp-historie", "2.0.0", "/verblijfplaatshistorie", "post", "400");
    const seen = answer("post", `${BASE}/verblijfplaatshistorie`, example, { status: 400, type: "application/problem+json" });
    await expect(findVerblijfplaatshistorie(historie, { type: "RaadpleegMetPeildatum", burgerservicenummer: BSN, peildatum: "2023-05-26" })).rejects.toMatchObject({ name: "BadRequestError", status: 400 });
    expect(JSON.parse(seen[0]?.body ?? "{}")).toEqual({ type: "RaadpleegMetPeildatum", burgerservicenummer: BSN, peildatum: "2023-05-26" });
  });

  it("an invalid BSN sends nothing and is not in the message", async () => {
    const seen = answer("post", `${BASE}/verblijfplaatshistorie`, {});
    const bad = "999993654";
    const error = await findVerblijfplaatshistorie(historie, { type: "RaadpleegMetPeildatum", burgerservicenummer: bad, peildatum: "2023-05-26" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
    expect((error as ValidationError).issues).toEqual([{ path: ["burgerservicenummer"], code: "elevenTest", message: "fails the eleven-test" }]);
    expect((error as Error).message).not.toContain(bad);
  });

  it("checks the dates and the parameters of the type", async () => {
    const error = await findVerblijfplaatshistorie(historie, { type: "RaadpleegMetPeriode", burgerservicenummer: BSN, datumVan: "2023-02-29", peildatum: "2023-01-01" } as unknown as HistorieQuery).catch((e: unknown) => e);
    expect((error as ValidationError).issues.map((i) => [i.code, i.path[0]])).toEqual([["date", "datumVan"], ["required", "datumTot"], ["unknownParam", "peildatum"]]);
    await expect(findVerblijfplaatshistorie(historie, { type: "RaadpleegMetBsn", burgerservicenummer: BSN } as unknown as HistorieQuery)).rejects.toSatisfy(isConfigError);
  });
});
