import { describe, it } from "vitest";
import { createBrpBewoningClient, findBewoningen } from "../../../src/generated/brp-bewoning/index.js";
import { createBrpHistorieClient, findVerblijfplaatshistorie } from "../../../src/generated/brp-historie/index.js";

describe("bewoning and historie take only a client with their operation", () => {
  it("does not mix them up", () => {
    const bewoning = createBrpBewoningClient({ baseUrl: "https://example.nl/haalcentraal/api/bewoning" });
    const historie = createBrpHistorieClient({ baseUrl: "https://example.nl/haalcentraal/api/brphistorie" });
    findBewoningen(bewoning, { type: "BewoningMetPeildatum", peildatum: "2024-01-01", adresseerbaarObjectIdentificatie: "0800010000000001" });
    // @ts-expect-error: a historie client has no POST /bewoningen
    findBewoningen(historie, { type: "BewoningMetPeildatum", peildatum: "2024-01-01", adresseerbaarObjectIdentificatie: "0800010000000001" });
    // @ts-expect-error: a bewoning client has no POST /verblijfplaatshistorie
    findVerblijfplaatshistorie(bewoning, { type: "RaadpleegMetPeildatum", burgerservicenummer: "999993653", peildatum: "2024-01-01" });
    // @ts-expect-error: BewoningMetPeriode needs datumTot
    findBewoningen(bewoning, { type: "BewoningMetPeriode", datumVan: "2024-01-01", adresseerbaarObjectIdentificatie: "0800010000000001" });
  });
});
