import type { ReadableBody } from "../../../src/client/client-types.js";
import { describe, expect, expectTypeOf, it } from "vitest";
import { isConfigError } from "../../../src/errors/config-error.js";
import { ValidationError } from "../../../src/errors/validation-error.js";
import { type BewoningenQuery, createBrpBewoningClient, findBewoningen, type Schemas } from "../../../src/generated/brp-bewoning/index.js";
import { answer, expectOne, testdata, useMsw } from "../wire.js";

const BASE = "https://proefomgeving.haalcentraal.nl/haalcentraal/api/bewoning";
const PATH = "/haalcentraal/api/bewoning/bewoningen";
useMsw();
const bewoning = createBrpBewoningClient({ baseUrl: BASE });

// raadpleeg-bewoning-op-peildatum/overzicht.feature: 000000024 lives at A1 (0800010000000001) from 2010-08-18.
const A1 = "0800010000000001";

describe("findBewoningen", () => {
  it("BewoningMetPeildatum sends the exact body and returns the typed bewoningen (overzicht.feature)", async () => {
    const answerBody = { bewoningen: [{ adresseerbaarObjectIdentificatie: A1, periode: { datumVan: "2010-09-01", datumTot: "2010-09-02" }, bewoners: [{ burgerservicenummer: "000000024" }], mogelijkeBewoners: [] }] };
    const seen = answer("post", `${BASE}/bewoningen`, answerBody);
    const query: BewoningenQuery = { type: "BewoningMetPeildatum", peildatum: "2010-09-01", adresseerbaarObjectIdentificatie: A1 };
    const { bewoningen } = await findBewoningen(bewoning, query);
    expectOne(seen, { method: "POST", path: PATH, json: query });
    expectTypeOf(bewoningen).toEqualTypeOf<ReadableBody<Schemas["Bewoning"]>[]>();
    expect(bewoningen[0]?.bewoners?.[0]?.burgerservicenummer).toBe("000000024");
  });

  it("BewoningMetPeriode sends datumVan/datumTot; an answer without bewoningen is an empty list", async () => {
    const seen = answer("post", `${BASE}/bewoningen`, {});
    const query: BewoningenQuery = { type: "BewoningMetPeriode", datumVan: "2022-01-01", datumTot: "2023-01-01", adresseerbaarObjectIdentificatie: A1 };
    const { bewoningen } = await findBewoningen(bewoning, query);
    expectOne(seen, { method: "POST", path: PATH, json: query });
    expect(bewoningen).toEqual([]);
  });

  // Rows of raadpleeg-bewoning-*/fout-cases.feature: query, then the invalidParams (code, name) the API answers.
  const cases: { file: string; query: Record<string, unknown>; expected: [string, string][] }[] = [
    { file: "raadpleeg-bewoning-met-periode", query: { type: "BewoningMetPeriode" }, expected: [["required", "datumVan"], ["required", "datumTot"], ["required", "adresseerbaarObjectIdentificatie"]] },
    { file: "raadpleeg-bewoning-met-periode", query: { type: "BewoningMetPeriode", datumVan: "2022-01-01", adresseerbaarObjectIdentificatie: A1 }, expected: [["required", "datumTot"]] },
    { file: "raadpleeg-bewoning-met-periode", query: { type: "BewoningMetPeriode", datumVan: "2023-02-29", datumTot: "2024-01-01", adresseerbaarObjectIdentificatie: A1 }, expected: [["date", "datumVan"]] },
    { file: "raadpleeg-bewoning-met-periode", query: { type: "BewoningMetPeriode", datumVan: "2023-01-01", datumTot: "2023-01-01", adresseerbaarObjectIdentificatie: A1 }, expected: [["invalidParam", "datumTot"]] },
    { file: "raadpleeg-bewoning-met-periode", query: { type: "BewoningMetPeriode", datumVan: "2023-01-01", datumTot: "2022-01-01", adresseerbaarObjectIdentificatie: A1 }, expected: [["invalidParam", "datumTot"]] },
    { file: "raadpleeg-bewoning-op-peildatum", query: { type: "BewoningMetPeildatum", peildatum: "26 mei 1983", adresseerbaarObjectIdentificatie: A1 }, expected: [["date", "peildatum"]] },
    { file: "raadpleeg-bewoning-op-peildatum", query: { type: "BewoningMetPeildatum", peildatum: "2022-01-01", adresseerbaarObjectIdentificatie: "0000000000000000" }, expected: [["pattern", "adresseerbaarObjectIdentificatie"]] },
    { file: "raadpleeg-bewoning-op-peildatum", query: { type: "BewoningMetPeildatum", peildatum: "2022-01-01" }, expected: [["required", "adresseerbaarObjectIdentificatie"]] },
    { file: "raadpleeg-bewoning-met-periode", query: { type: "BewoningMetPeriode", datumVan: "2022-01-01", datumTot: "2023-01-01", adresseerbaarObjectIdentificatie: A1, peildatum: "2022-01-01" }, expected: [["unknownParam", "peildatum"]] },
  ];
  for (const { file, query, expected } of cases) {
    it(`refuses locally like ${file}/fout-cases.feature: ${expected.map((e) => e.join(" ")).join(", ")}`, async () => {
      const feature = testdata("brp-bewoning", "features", file, "fout-cases.feature");
      for (const [code, name] of expected) {
        if (code !== "unknownParam") expect(feature).toMatch(new RegExp(`\\|\\s*${code}\\s*\\|\\s*${name}\\s*\\|`));
      }
      const seen = answer("post", `${BASE}/bewoningen`, {});
      const error = await findBewoningen(bewoning, query as unknown as BewoningenQuery).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(seen).toHaveLength(0);
      expect((error as ValidationError).issues.map((i) => [i.code, i.path.join(".")]).sort()).toEqual([...expected].sort());
    });
  }

  it("an unknown type is a ConfigError naming both types", async () => {
    const error = await findBewoningen(bewoning, { type: "BewoningMetBsn" } as unknown as BewoningenQuery).catch((e: unknown) => e);
    expect(isConfigError(error)).toBe(true);
    expect((error as Error).message).toContain("BewoningMetPeildatum, BewoningMetPeriode");
  });
});
