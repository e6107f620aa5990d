import { describe, expectTypeOf, it } from "vitest";
import { closeZaak, reserveZaaknummer, startZaak } from "../../../src/apis/zaken/index.js";
import { createCatalogiClient } from "../../../src/generated/catalogi/1.3.3/index.js";
import { createZakenClient as z151oz } from "../../../src/generated/zaken/1.5.1-openzaak-1.30.0/index.js";
import { createZakenClient as z151 } from "../../../src/generated/zaken/1.5.1/index.js";
import { createZakenClient as z160 } from "../../../src/generated/zaken/1.6.0/index.js";
import { createZakenClient as z170 } from "../../../src/generated/zaken/1.7.0/index.js";

const options = { baseUrl: "https://open-zaak.example.nl/zaken/api/v1" };
const zaak = { bronorganisatie: "002220647", verantwoordelijkeOrganisatie: "002220647", zaaktype: "https://x/zaaktypen/1", startdatum: "2024-05-01" };
const close = { resultaattype: "https://x/resultaattypen/1", eindstatustype: "https://x/statustypen/2" };

describe("zaken workflows and client versions", () => {
  it("startZaak and closeZaak fit 1.7.0, 1.6.0, 1.5.1 and Open Zaak 1.5.1", () => {
    for (const client of [z170(options), z160(options), z151(options), z151oz(options)]) {
      startZaak(client, { zaak });
      closeZaak(client, `${options.baseUrl}/zaken/x`, close);
    }
  });

  it("reserveZaaknummer fits 1.7.0 and Open Zaak 1.5.1, not VNG 1.5.1 or 1.6.0", () => {
    expectTypeOf(reserveZaaknummer(z170(options), { bronorganisatie: "002220647" })).resolves.toEqualTypeOf<string[]>();
    reserveZaaknummer(z151oz(options), { bronorganisatie: "002220647", aantal: 2 });
    // @ts-expect-error Zaken 1.5.1 has no POST /zaaknummer_reserveren
    reserveZaaknummer(z151(options), { bronorganisatie: "002220647" });
    // @ts-expect-error Zaken 1.6.0 has no POST /zaaknummer_reserveren
    reserveZaaknummer(z160(options), { bronorganisatie: "002220647" });
  });

  it("refuses a Catalogi client and input without the required zaak fields", () => {
    const catalogi = createCatalogiClient({ baseUrl: "https://open-zaak.example.nl/catalogi/api/v1" });
    // @ts-expect-error a Catalogi client cannot POST /zaken
    startZaak(catalogi, { zaak });
    // @ts-expect-error startdatum is required
    startZaak(z170(options), { zaak: { bronorganisatie: "002220647", verantwoordelijkeOrganisatie: "002220647", zaaktype: "https://x" } });
    // @ts-expect-error eindstatustype is required
    closeZaak(z170(options), `${options.baseUrl}/zaken/x`, { resultaattype: "https://x" });
  });

  it("closeZaak needs GET /zaken/{uuid} (the read-back after a lost answer), not baseUrl", () => {
    const z = z170(options);
    // @ts-expect-error a client without GET cannot close a zaak
    closeZaak({ POST: z.POST, DELETE: z.DELETE }, `${options.baseUrl}/zaken/x`, close);
    closeZaak({ POST: z.POST, DELETE: z.DELETE, GET: z.GET }, "https://proxy.example.nl/zaken/x", close);
  });
});

