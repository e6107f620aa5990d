/** Notification rules of Documenten, Besluiten and Autorisaties (zgw-rules 7.5); their business rules come later. */
import { defineBehaviour } from "../engine/behaviour.js";
import { follow, text } from "./shared.js";

/** Documenten: main object `informatieobject`, kanaal `documenten`. */
export const documentenBehaviour = defineBehaviour({
  api: "documenten",
  mainField: "informatieobject",
  notifications: {
    kanaal: "documenten",
    resources: { "/enkelvoudiginformatieobjecten": "enkelvoudiginformatieobject", "/gebruiksrechten": "gebruiksrechten", "/verzendingen": "verzending" },
    hoofdObject: (record, ctx) => ("informatieobjecttype" in record ? record : follow(ctx, record, "informatieobject")),
    kenmerken(document, ctx) {
      return {
        bronorganisatie: text(document.bronorganisatie),
        informatieobjecttype: text(document.informatieobjecttype),
        vertrouwelijkheidaanduiding: text(document.vertrouwelijkheidaanduiding),
        "informatieobjecttype.catalogus": text(follow(ctx, document, "informatieobjecttype")?.catalogus),
      };
    },
  },
});

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
