import { describe, it } from "vitest";
import { createWozClient, findWozObjecten, getWozWaarden } from "../../../src/generated/woz/index.js";
import { useMsw } from "../../helpers/msw.js";
import { type BadCall, expectRefused } from "../bad-arguments.js";

useMsw();
const woz = createWozClient({ baseUrl: "https://woz.example.nl/api/v1", retry: false });
const any = (value: unknown) => value as never;
const Q = { nummeraanduidingIdentificatie: "0518200000747446" };

const CALLS: BadCall[] = [
  ["findWozObjecten(undefined client)", () => findWozObjecten(any(undefined), Q)],
  ["findWozObjecten(null client)", () => findWozObjecten(any(null), Q)],
  ["findWozObjecten(woz, undefined)", () => findWozObjecten(woz, any(undefined))],
  ["findWozObjecten(woz, null)", () => findWozObjecten(woz, any(null))],
  ["fields: 'abc' (not a list)", () => findWozObjecten(woz, { ...Q, fields: any("abc") })],
  ["fields: [1]", () => findWozObjecten(woz, { ...Q, fields: any([1]) })],
  ["fields: []", () => findWozObjecten(woz, { ...Q, fields: [] })],
  ["pageSize: '5'", () => findWozObjecten(woz, { ...Q, pageSize: any("5") })],
  ["huisletter: ''", () => findWozObjecten(woz, { postcode: "2631CR", huisnummer: 1, huisletter: "" })],
  ["getWozWaarden(undefined client)", () => getWozWaarden(any(undefined), "800000823525")],
  ["getWozWaarden(null client)", () => getWozWaarden(any(null), "800000823525")],
  ["getWozWaarden(woz, undefined)", () => getWozWaarden(woz, any(undefined))],
  ["getWozWaarden(woz, 800000823525 as number)", () => getWozWaarden(woz, any(800000823525))],
  ["getWozWaarden(woz, id, null)", () => getWozWaarden(woz, "800000823525", any(null))],
  ["getWozWaarden(woz, id, 'x')", () => getWozWaarden(woz, "800000823525", any("x"))],
];

describe("WOZ workflows refuse bad arguments with a ConfigError or ValidationError, never a TypeError, and send nothing", () => {
  it.each(CALLS)("%s", async (_name, call) => {
    await expectRefused(call);
  });
});
