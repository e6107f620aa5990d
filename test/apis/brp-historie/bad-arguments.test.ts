import { describe, expect, it } from "vitest";
import { createBrpHistorieClient, findVerblijfplaatshistorie } from "../../../src/generated/brp-historie/index.js";
import { useMsw } from "../../helpers/msw.js";
import { type BadCall, expectRefused } from "../bad-arguments.js";

useMsw();
const historie = createBrpHistorieClient({ baseUrl: "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brphistorie", retry: false });
const any = (value: unknown) => value as never;
const Q = { type: "RaadpleegMetPeriode" as const, burgerservicenummer: "999993653", datumVan: "2020-01-01", datumTot: "2024-01-01" };

const CALLS: BadCall[] = [
  ["findVerblijfplaatshistorie(undefined client)", () => findVerblijfplaatshistorie(any(undefined), Q)],
  ["findVerblijfplaatshistorie(null client)", () => findVerblijfplaatshistorie(any(null), Q)],
  ["findVerblijfplaatshistorie(h, undefined)", () => findVerblijfplaatshistorie(historie, any(undefined))],
  ["findVerblijfplaatshistorie(h, null)", () => findVerblijfplaatshistorie(historie, any(null))],
  ["findVerblijfplaatshistorie(h, q, null)", () => findVerblijfplaatshistorie(historie, Q, any(null))],
  ["burgerservicenummer: 999993653 (a number)", () => findVerblijfplaatshistorie(historie, { ...Q, burgerservicenummer: any(999993653) })],
  ["datumVan: null", () => findVerblijfplaatshistorie(historie, { ...Q, datumVan: any(null) })],
];

describe("BRP historie workflows refuse bad arguments with a ConfigError or ValidationError, never a TypeError, and send nothing", () => {
  it.each(CALLS)("%s", async (_name, call) => {
    await expectRefused(call);
  });

  // The API's fout-case "datumTot moet na datumVan liggen" (Haal-Centraal-BRP-historie-bevragen, foutsituaties-gba.feature), its three examples.
  it.each([
    ["2020-01-01", "2019-12-31"],
    ["2020-10-14", "2020-10-14"],
    ["2020-03-01", "2020-02-29"],
  ])("refuses datumVan %s with datumTot %s: invalidParam on datumTot (review 4)", async (datumVan, datumTot) => {
    const error = (await expectRefused(() => findVerblijfplaatshistorie(historie, { ...Q, datumVan, datumTot }))) as { issues: { path: string[]; code: string }[] };
    expect(error.issues.map((i) => [i.path.join("."), i.code])).toEqual([["datumTot", "invalidParam"]]);
  });
});
