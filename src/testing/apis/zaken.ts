/** Zaken API behaviour (zgw-rules 4): the rules the generic engine cannot know. Small on purpose; extend here. */
import { type BehaviourContext, defineBehaviour } from "../engine/behaviour.js";
import type { MockRecord } from "../engine/store.js";
import { follow, text } from "./shared.js";

function zaakOf(record: MockRecord, ctx: BehaviourContext): MockRecord | undefined {
  if ("zaaktype" in record && "bronorganisatie" in record) return record;
  const byField = follow(ctx, record, "zaak");
  if (byField) return byField;
  const uuid = ctx.params.zaak_uuid;
  return uuid ? ctx.store.collection("zaken", "/zaken").get(uuid) : undefined;
}

/** Open Zaak's `ZAAK-<year of startdatum>-<10-digit serial>`, unique over all zaken with that prefix. */
function nextIdentificatie(ctx: BehaviourContext, startdatum: string): string {
  const prefix = `ZAAK-${startdatum.slice(0, 4) || ctx.today().slice(0, 4)}-`;
  let max = 0;
  for (const zaak of ctx.store.collection("zaken", "/zaken").values()) {
    const id = text(zaak.identificatie);
    if (id.startsWith(prefix)) max = Math.max(max, Number(id.slice(prefix.length)) || 0);
  }
  return `${prefix}${String(max + 1).padStart(10, "0")}`;
}

/** The Zaken behaviour. */
export const zakenBehaviour = defineBehaviour({
  api: "zaken",
  mainField: "zaak",
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
    const { record } = ctx;
    if (ctx.template === "/zaken") {
      const zaaktype = follow(ctx, record, "zaaktype");
      if (zaaktype?.concept === true) ctx.fail({ name: "zaaktype", code: "not-published", reason: "Het zaaktype is nog een concept." });
      if (!text(record.identificatie)) record.identificatie = nextIdentificatie(ctx, text(record.startdatum));
      const duplicate = [...ctx.store.collection("zaken", "/zaken").values()].some(
        (z) => z.bronorganisatie === record.bronorganisatie && z.identificatie === record.identificatie,
      );
      if (duplicate) ctx.fail({ name: "identificatie", code: "identificatie-niet-uniek", reason: "Deze identificatie bestaat al voor deze bronorganisatie" });
      if (!text(record.vertrouwelijkheidaanduiding)) record.vertrouwelijkheidaanduiding = text(zaaktype?.vertrouwelijkheidaanduiding) || "openbaar";
      if (!text(record.registratiedatum)) record.registratiedatum = ctx.today();
      record.status ??= null;
      record.resultaat ??= null;
    }
  },
  afterCreate(ctx) {
    if (ctx.template === "/statussen") {
      const zaak = follow(ctx, ctx.record, "zaak");
      if (zaak) zaak.status = ctx.record.url;
    }
    if (ctx.template === "/resultaten") {
      const zaak = follow(ctx, ctx.record, "zaak");
      if (zaak) zaak.resultaat = ctx.record.url;
    }
  },
});
