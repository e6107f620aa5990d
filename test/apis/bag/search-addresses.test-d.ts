import { describe, it } from "vitest";
import { createBagClient, searchAddresses } from "../../../src/generated/bag/index.js";
import { createBrkClient } from "../../../src/generated/brk/index.js";
import { createWozClient, findWozObjecten, getWozWaarden } from "../../../src/generated/woz/index.js";
import { findKadastraalOnroerendeZaken } from "../../../src/generated/brk/index.js";

describe("Kadaster workflows take only a client with their operation", () => {
  it("BAG, BRK and WOZ clients are not interchangeable", () => {
    const bag = createBagClient({ baseUrl: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2" });
    const brk = createBrkClient({ baseUrl: "https://api.brk.kadaster.nl/esd-eto-apikey/bevragen/v2" });
    const woz = createWozClient({ baseUrl: "https://woz.example.nl/api/v1" });
    searchAddresses(bag, { postcode: "2631CR", huisnummer: 1 });
    // @ts-expect-error: a BRK client has no GET /adressen
    searchAddresses(brk, { postcode: "2631CR", huisnummer: 1 });
    findKadastraalOnroerendeZaken(brk, { postcode: "2631CR" });
    // @ts-expect-error: a BAG client has no GET /kadastraalonroerendezaken
    findKadastraalOnroerendeZaken(bag, { postcode: "2631CR" });
    findWozObjecten(woz, { postcode: "2631CR", huisnummer: 1 });
    // @ts-expect-error: a BAG client has no GET /wozobjecten
    findWozObjecten(bag, { postcode: "2631CR", huisnummer: 1 });
    // @ts-expect-error: a BRK client has no GET /wozobjecten/{identificatie}
    getWozWaarden(brk, "800000823525");
  });
});
