import { describe, it } from "vitest";
import { createBrkClient, findKadastraalOnroerendeZaken } from "../../../src/generated/brk/index.js";
import { useMsw } from "../../helpers/msw.js";
import { type BadCall, expectRefused } from "../bad-arguments.js";

useMsw();
const brk = createBrkClient({ baseUrl: "https://api.brk.kadaster.nl/esd-eto-apikey/bevragen/v2", retry: false });
const any = (value: unknown) => value as never;
const Q = { postcode: "7371DB", huisnummer: 29 };

const CALLS: BadCall[] = [
  ["findKadastraalOnroerendeZaken(undefined client)", () => findKadastraalOnroerendeZaken(any(undefined), Q)],
  ["findKadastraalOnroerendeZaken(null client)", () => findKadastraalOnroerendeZaken(any(null), Q)],
  ["findKadastraalOnroerendeZaken(brk, undefined)", () => findKadastraalOnroerendeZaken(brk, any(undefined))],
  ["findKadastraalOnroerendeZaken(brk, null)", () => findKadastraalOnroerendeZaken(brk, any(null))],
  ["findKadastraalOnroerendeZaken(brk, {})", () => findKadastraalOnroerendeZaken(brk, any({}))],
  ["expand: 'zakelijkGerechtigden' (not a list)", () => findKadastraalOnroerendeZaken(brk, { ...Q, expand: any("zakelijkGerechtigden") })],
  ["expand: [1]", () => findKadastraalOnroerendeZaken(brk, { ...Q, expand: any([1]) })],
  ["fields: 'naam'", () => findKadastraalOnroerendeZaken(brk, { ...Q, fields: any("naam") })],
  ["fields: [1]", () => findKadastraalOnroerendeZaken(brk, { ...Q, fields: any([1]) })],
  ["huisletter: ''", () => findKadastraalOnroerendeZaken(brk, { ...Q, huisletter: "" })],
  ["huisnummer: null", () => findKadastraalOnroerendeZaken(brk, { ...Q, huisnummer: any(null) })],
  ["kadastraleAanduiding: 5", () => findKadastraalOnroerendeZaken(brk, { kadastraleAanduiding: any(5) })],
];

describe("BRK workflows refuse bad arguments with a ConfigError or ValidationError, never a TypeError, and send nothing", () => {
  it.each(CALLS)("%s", async (_name, call) => {
    await expectRefused(call);
  });
});
