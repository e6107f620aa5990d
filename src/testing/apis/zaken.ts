/**
 * Zaken API behaviour (zgw-rules 4): the rules the generic engine cannot know. The rules live in
 * `./zaken/` (zaak, statussen + archiving, sub-resources, delete + ordering); this file dispatches.
 */
import { defineBehaviour } from "../engine/behaviour.js";
import { follow, text } from "./shared.js";
import { zaakOf } from "./zaken/common.js";
import { afterDeleteZaak, beforeDeleteZaak, orderZaken } from "./zaken/delete-and-list.js";
import { afterCreatePart, afterDeletePart, beforeDeletePart, beforeWritePart } from "./zaken/parts.js";
import { afterCreateStatus, beforeCreateStatus } from "./zaken/statussen.js";
import { afterCreateZaak, afterUpdateZaak, beforeCreateZaak, beforeUpdateZaak } from "./zaken/zaak.js";

/** The Zaken behaviour. */
export const zakenBehaviour = defineBehaviour({
  api: "zaken",
  mainField: "zaak",
  publishedType: { "/zaken": "zaaktype" },
  notifications: {
    kanaal: "zaken",
    resources: {
      "/zaken": "zaak",
      "/statussen": "status",
      "/rollen": "rol",
      "/resultaten": "resultaat",
      "/zaakobjecten": "zaakobject",
      "/zaakinformatieobjecten": "zaakinformatieobject",
      "/zaken/{zaak_uuid}/zaakeigenschappen": "zaakeigenschap",
      "/klantcontacten": "klantcontact",
      "/zaken/{zaak_uuid}/besluiten": "zaakbesluit",
    },
    hoofdObject: zaakOf,
    kenmerken(zaak, ctx) {
      const zaaktype = follow(ctx, zaak, "zaaktype");
      return {
        bronorganisatie: text(zaak.bronorganisatie),
        zaaktype: text(zaak.zaaktype),
        "zaaktype.catalogus": text(zaaktype?.catalogus),
        vertrouwelijkheidaanduiding: text(zaak.vertrouwelijkheidaanduiding),
      };
    },
  },
  beforeCreate(ctx) {
    if (ctx.template === "/zaken") beforeCreateZaak(ctx);
    else if (ctx.template === "/statussen") beforeCreateStatus(ctx);
    else beforeWritePart(ctx);
  },
  afterCreate(ctx) {
    if (ctx.template === "/zaken") afterCreateZaak(ctx);
    else if (ctx.template === "/statussen") afterCreateStatus(ctx);
    else afterCreatePart(ctx);
  },
  beforeUpdate(ctx) {
    if (ctx.template === "/zaken/{uuid}") beforeUpdateZaak(ctx);
    else beforeWritePart(ctx);
  },
  afterUpdate(ctx) {
    if (ctx.template === "/zaken/{uuid}") afterUpdateZaak(ctx);
  },
  beforeDelete(ctx) {
    if (ctx.template === "/zaken/{uuid}") beforeDeleteZaak(ctx);
    else beforeDeletePart(ctx);
  },
  afterDelete(ctx) {
    if (ctx.template === "/zaken/{uuid}") afterDeleteZaak(ctx);
    else afterDeletePart(ctx);
  },
  filterList(records, query, ctx) {
    if (ctx.template !== "/zaken" && ctx.template !== "/zaken/_zoek") return records;
    return orderZaken(records, query.getAll("ordering").join(",") || null);
  },
});
