/** The default seed: a small, fixed, coherent municipality ("Gemeente Demodam"). Tests may rely on it. */
import type { SeedData } from "../engine/store.js";
import { catalogiSeed } from "./catalogi.js";
import { autorisatiesSeed, bagSeed, brpSeed, notificatiesSeed } from "./landscape.js";
import { zakenSeed } from "./zaken.js";

export { SEED, seedUuid } from "./ids.js";
export { seedPart } from "./catalogi.js";

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
  zaken: zakenSeed,
  autorisaties: autorisatiesSeed,
  notificaties: notificatiesSeed,
  bag: bagSeed,
  "brp-personen": brpSeed,
};
