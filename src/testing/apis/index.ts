/** Every behaviour module, in the order hooks run. */
import type { Behaviour } from "../engine/behaviour.js";
import { brpPersonenBehaviour } from "./brp-personen.js";
import { catalogiBehaviour } from "./catalogi.js";
import { autorisatiesBehaviour, besluitenBehaviour, documentenBehaviour } from "./other-zgw.js";
import { zakenBehaviour } from "./zaken.js";

/** The default behaviours of the landscape mock. */
export const DEFAULT_BEHAVIOURS: readonly Behaviour[] = [
  zakenBehaviour,
  catalogiBehaviour,
  documentenBehaviour,
  besluitenBehaviour,
  autorisatiesBehaviour,
  brpPersonenBehaviour,
];
