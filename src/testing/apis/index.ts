/** Every behaviour module, in the order hooks run. */
import type { Behaviour } from "../engine/behaviour.js";
import { AUDIT_BEHAVIOURS } from "../engine/audit.js";
import { autorisatiesBehaviour } from "./autorisaties.js";
import { bagBehaviour } from "./bag.js";
import { besluitenRulesBehaviour } from "./besluiten.js";
import { brkBehaviour } from "./brk.js";
import { brpPersonenBehaviour } from "./brp-personen.js";
import { catalogiBehaviour } from "./catalogi.js";
import { documentenBehaviour } from "./documenten/index.js";
import { notificatiesBehaviour } from "./notificaties.js";
import { objectenBehaviour } from "./objecten.js";
import { besluitenBehaviour } from "./other-zgw.js";
import { documentenRelationsBehaviour } from "./relations/documenten.js";
import { zakenRelationsBehaviour } from "./relations/zaken.js";
import { wozBehaviour } from "./woz.js";
import { zakenBehaviour } from "./zaken.js";

/** The default behaviours of the landscape mock. */
export const DEFAULT_BEHAVIOURS: readonly Behaviour[] = [
  zakenBehaviour,
  catalogiBehaviour,
  documentenBehaviour,
  notificatiesBehaviour,
  besluitenBehaviour,
  autorisatiesBehaviour,
  brpPersonenBehaviour,
  bagBehaviour,
  brkBehaviour,
  wozBehaviour,
  objectenBehaviour,
  zakenRelationsBehaviour,
  documentenRelationsBehaviour,
  besluitenRulesBehaviour,
  ...AUDIT_BEHAVIOURS,
];
