import { describe, expect, it } from "vitest";
import { createBagClient, searchAddresses } from "../../../src/generated/bag/index.js";
import { useMsw } from "../../helpers/msw.js";
import { type BadCall, expectRefused } from "../bad-arguments.js";

useMsw();
const bag = createBagClient({ baseUrl: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2", retry: false });
const any = (value: unknown) => value as never;
const Q = { postcode: "2631CR", huisnummer: 15 };

const CALLS: BadCall[] = [
  ["searchAddresses(undefined client)", () => searchAddresses(any(undefined), Q)],
  ["searchAddresses(null client)", () => searchAddresses(any(null), Q)],
  ["searchAddresses(client without paginate)", () => searchAddresses(any({ GET() {} }), Q)],
  ["searchAddresses(bag, undefined)", () => searchAddresses(bag, any(undefined))],
  ["searchAddresses(bag, null)", () => searchAddresses(bag, any(null))],
  ["expand: 'woonplaats' (not a list)", () => searchAddresses(bag, { ...Q, expand: any("woonplaats") })],
  ["expand: [1]", () => searchAddresses(bag, { ...Q, expand: any([1]) })],
  ["expand: [null]", () => searchAddresses(bag, { ...Q, expand: any([null]) })],
  ["huisletter: '' (would still be sent)", () => searchAddresses(bag, { ...Q, huisletter: "" })],
  ["huisletter: null", () => searchAddresses(bag, { ...Q, huisletter: any(null) })],
  ["huisnummertoevoeging: ''", () => searchAddresses(bag, { ...Q, huisnummertoevoeging: "" })],
  ["huisnummer: '15'", () => searchAddresses(bag, { ...Q, huisnummer: any("15") })],
  ["postcode: 2631", () => searchAddresses(bag, { ...Q, postcode: any(2631) })],
  ["pageSize: null", () => searchAddresses(bag, { ...Q, pageSize: any(null) })],
];

describe("BAG workflows refuse bad arguments with a ConfigError or ValidationError, never a TypeError, and send nothing", () => {
  it.each(CALLS)("%s", async (_name, call) => {
    await expectRefused(call);
  });

  it("names huisletter with code pattern for an empty string (review 4)", async () => {
    const error = (await expectRefused(() => searchAddresses(bag, { ...Q, huisletter: "" }))) as { issues: { path: string[]; code: string }[] };
    expect(error.issues.map((i) => [i.path.join("."), i.code])).toEqual([["huisletter", "pattern"]]);
  });
});
