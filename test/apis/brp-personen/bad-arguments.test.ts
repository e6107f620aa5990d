import { describe, expect, it } from "vitest";
import { createBrpPersonenClient, findPersons } from "../../../src/generated/brp-personen/index.js";
import { useMsw } from "../../helpers/msw.js";
import { type BadCall, expectRefused } from "../bad-arguments.js";

useMsw();
const brp = createBrpPersonenClient({ baseUrl: "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp", retry: false });
const any = (value: unknown) => value as never;
const Q = { type: "RaadpleegMetBurgerservicenummer" as const, burgerservicenummer: ["999993653"], fields: ["naam"] };

const CALLS: BadCall[] = [
  ["findPersons(undefined client)", () => findPersons(any(undefined), Q)],
  ["findPersons(null client)", () => findPersons(any(null), Q)],
  ["findPersons(brp, undefined)", () => findPersons(brp, any(undefined))],
  ["findPersons(brp, null)", () => findPersons(brp, any(null))],
  ["findPersons(brp, q, null)", () => findPersons(brp, Q, any(null))],
  ["findPersons(brp, q, 'x')", () => findPersons(brp, Q, any("x"))],
  ["burgerservicenummer: '999993653' (not a list)", () => findPersons(brp, { ...Q, burgerservicenummer: any("999993653") })],
  ["fields: 'naam'", () => findPersons(brp, { ...Q, fields: any("naam") })],
  ["gemeenteVanInschrijving: '' (would still be sent)", () => findPersons(brp, { ...Q, gemeenteVanInschrijving: "" })],
  ["gemeenteVanInschrijving: null", () => findPersons(brp, { ...Q, gemeenteVanInschrijving: any(null) })],
  ["inclusiefOverledenPersonen: 'true'", () => findPersons(brp, { type: "ZoekMetPostcodeEnHuisnummer", postcode: "2628HJ", huisnummer: 2, fields: ["naam"], inclusiefOverledenPersonen: any("true") })],
];

describe("BRP Personen workflows refuse bad arguments with a ConfigError or ValidationError, never a TypeError, and send nothing", () => {
  it.each(CALLS)("%s", async (_name, call) => {
    await expectRefused(call);
  });

  it("gemeenteVanInschrijving \"\" is a pattern issue, null an invalid one (review 4)", async () => {
    const empty = (await expectRefused(() => findPersons(brp, { ...Q, gemeenteVanInschrijving: "" }))) as { issues: { path: string[]; code: string }[] };
    expect(empty.issues.map((i) => [i.path.join("."), i.code])).toEqual([["gemeenteVanInschrijving", "pattern"]]);
    const nul = (await expectRefused(() => findPersons(brp, { ...Q, gemeenteVanInschrijving: any(null) }))) as { issues: { code: string }[] };
    expect(nul.issues.map((i) => i.code)).toEqual(["invalid"]);
  });
});
