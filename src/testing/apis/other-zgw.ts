/** Notification rules of Besluiten and Autorisaties (zgw-rules 7.5); their business rules come later. Documenten: ./documenten/. */
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

/** Autorisaties: kanaal `autorisaties`, no kenmerken. */
export const autorisatiesBehaviour = defineBehaviour({
  api: "autorisaties",
  notifications: { kanaal: "autorisaties", resources: { "/applicaties": "applicatie" }, hoofdObject: (record) => record, kenmerken: () => ({}) },
});
