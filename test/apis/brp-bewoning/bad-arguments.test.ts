import { describe, it } from "vitest";
import { createBrpBewoningClient, findBewoningen } from "../../../src/generated/brp-bewoning/index.js";
import { useMsw } from "../../helpers/msw.js";
import { type BadCall, expectRefused } from "../bad-arguments.js";

useMsw();
const bewoning = createBrpBewoningClient({ baseUrl: "https://proefomgeving.haalcentraal.nl/haalcentraal/api/bewoning", retry: false });
const any = (value: unknown) => value as never;
const Q = { type: "BewoningMetPeildatum" as const, peildatum: "2024-01-01", adresseerbaarObjectIdentificatie: "0800010000000001" };

const CALLS: BadCall[] = [
  ["findBewoningen(undefined client)", () => findBewoningen(any(undefined), Q)],
  ["findBewoningen(null client)", () => findBewoningen(any(null), Q)],
  ["findBewoningen(b, undefined)", () => findBewoningen(bewoning, any(undefined))],
  ["findBewoningen(b, null)", () => findBewoningen(bewoning, any(null))],
  ["findBewoningen(b, q, null)", () => findBewoningen(bewoning, Q, any(null))],
  ["findBewoningen(b, q, 'x')", () => findBewoningen(bewoning, Q, any("x"))],
  ["peildatum: new Date()", () => findBewoningen(bewoning, { ...Q, peildatum: any(new Date()) })],
  ["adresseerbaarObjectIdentificatie: 800010000000001 (a number)", () => findBewoningen(bewoning, { ...Q, adresseerbaarObjectIdentificatie: any(800010000000001) })],
];

describe("BRP bewoning workflows refuse bad arguments with a ConfigError or ValidationError, never a TypeError, and send nothing", () => {
  it.each(CALLS)("%s", async (_name, call) => {
    await expectRefused(call);
  });
});
