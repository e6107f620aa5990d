/** The default seed: a small, fixed, coherent municipality ("Gemeente Demodam"). Tests may rely on it. */
import type { SeedData } from "../engine/store.js";
import { catalogiSeed } from "./catalogi.js";
import { documentenSeed } from "./documenten.js";
import { bagSeed, brkSeed, brpSeed, wozSeed } from "./haal-centraal.js";
import { autorisatiesSeed, notificatiesSeed } from "./landscape.js";
import { klantinteractiesSeed, objectenSeed, objecttypenSeed } from "./objects.js";
import { relationsBesluitenSeed, relationsDocumentenSeed, relationsZakenSeed } from "./relations.js";
import { referentielijstenSeed } from "./selectielijst.js";
import { zakenSeed } from "./zaken.js";

export { SEED, seedUuid } from "./ids.js";
export { seedPart } from "./catalogi.js";
export { SELECTIELIJST, referentielijstenSeed } from "./selectielijst.js";

/**
 * The default seed data (canonical URLs, origin-less).
 *
 * @example
 * ```ts
 * import { createMockCommonGround, defaultSeed } from "commonground-sdk/testing";
 * const mock = await createMockCommonGround({ seed: defaultSeed });
 * ```
 */
export const defaultSeed: SeedData = {
  catalogi: catalogiSeed,
  zaken: { ...zakenSeed, ...relationsZakenSeed },
  documenten: { ...documentenSeed, ...relationsDocumentenSeed },
  besluiten: relationsBesluitenSeed,
  autorisaties: autorisatiesSeed,
  notificaties: notificatiesSeed,
  bag: bagSeed,
  "brp-personen": brpSeed,
  brk: brkSeed,
  woz: wozSeed,
  objecttypen: objecttypenSeed,
  objecten: objectenSeed,
  klantinteracties: klantinteractiesSeed,
  referentielijsten: referentielijstenSeed,
};
