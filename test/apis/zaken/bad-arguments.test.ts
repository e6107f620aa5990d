import { describe, it } from "vitest";
import { closeZaak, reserveZaaknummer, startZaak } from "../../../src/apis/zaken/index.js";
import { createZakenClient } from "../../../src/generated/zaken/index.js";
import { useMsw } from "../../helpers/msw.js";
import { type BadCall, expectRefused } from "../bad-arguments.js";
import { BASE, EINDSTATUSTYPE, RESULTAATTYPE, ZAAKTYPE, ZAAK_URL } from "./zaken-server.js";

useMsw();
const zaken = createZakenClient({ baseUrl: BASE, retry: false });
const ZAAK = { bronorganisatie: "002220647", verantwoordelijkeOrganisatie: "002220647", zaaktype: ZAAKTYPE, startdatum: "2024-05-01" };
const CLOSE = { resultaattype: RESULTAATTYPE, eindstatustype: EINDSTATUSTYPE };
const any = (value: unknown) => value as never;

const CALLS: BadCall[] = [
  ["startZaak(undefined client)", () => startZaak(any(undefined), { zaak: ZAAK })],
  ["startZaak(null client)", () => startZaak(any(null), { zaak: ZAAK })],
  ["startZaak(client, undefined)", () => startZaak(zaken, any(undefined))],
  ["startZaak(client, null)", () => startZaak(zaken, any(null))],
  ["startZaak status: null", () => startZaak(zaken, { zaak: ZAAK, status: any(null) })],
  ["startZaak initiator: null", () => startZaak(zaken, { zaak: ZAAK, initiator: any(null) })],
  ["startZaak zaak: 5", () => startZaak(zaken, { zaak: any(5) })],
  ["closeZaak(undefined client)", () => closeZaak(any(undefined), ZAAK_URL, CLOSE)],
  ["closeZaak(null client)", () => closeZaak(any(null), ZAAK_URL, CLOSE)],
  ["closeZaak(client, undefined url)", () => closeZaak(zaken, any(undefined), CLOSE)],
  ["closeZaak(client, url, undefined)", () => closeZaak(zaken, ZAAK_URL, any(undefined))],
  ["closeZaak(client, url, null)", () => closeZaak(zaken, ZAAK_URL, any(null))],
  ["closeZaak(client, url, 'x')", () => closeZaak(zaken, ZAAK_URL, any("x"))],
  ["reserveZaaknummer(undefined client)", () => reserveZaaknummer(any(undefined), { bronorganisatie: "002220647" })],
  ["reserveZaaknummer(client, undefined)", () => reserveZaaknummer(zaken, any(undefined))],
  ["reserveZaaknummer(client, null)", () => reserveZaaknummer(zaken, any(null))],
  ["reserveZaaknummer aantal: '2'", () => reserveZaaknummer(zaken, { bronorganisatie: "002220647", aantal: any("2") })],
];

describe("zaken workflows refuse bad arguments with a ConfigError, never a TypeError, and send nothing", () => {
  it.each(CALLS)("%s", async (_name, call) => {
    await expectRefused(call);
  });
});
