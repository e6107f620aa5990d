/** Notification rule of Besluiten (zgw-rules 7.5); its business rules are in ./besluiten.ts. Documenten: ./documenten/; Autorisaties: ./autorisaties.ts. */
import { defineBehaviour } from "../engine/behaviour.js";
import { follow, text } from "./shared.js";

/** Besluiten: main object `besluit`, kanaal `besluiten`. */
export const besluitenBehaviour = defineBehaviour({
  api: "besluiten",
  mainField: "besluit",
  notifications: {
    kanaal: "besluiten",
    resources: { "/besluiten": "besluit", "/besluitinformatieobjecten": "besluitinformatieobject" },
    hoofdObject: (record, ctx) => ("besluittype" in record ? record : follow(ctx, record, "besluit")),
    kenmerken(besluit, ctx) {
      return {
        verantwoordelijkeOrganisatie: text(besluit.verantwoordelijkeOrganisatie),
        besluittype: text(besluit.besluittype),
        "besluittype.catalogus": text(follow(ctx, besluit, "besluittype")?.catalogus),
      };
    },
  },
});
