/**
 * Deletion (zgw-rules 3.9): deleting a zaaktype deletes its sub-objects; types and sub-objects still
 * used by zaken, documents or besluiten are protected ([OZ] database protection).
 */
import type { MockRecord } from "../../engine/store.js";
import { type Param, SUBS, type WriteContext, nonField } from "./common.js";

/** Where the mock's other APIs point at a Catalogi record, per collection: [api, collection template, field]. */
const USERS: Readonly<Record<string, readonly (readonly [string, string, string])[]>> = {
  "/zaaktypen": [["zaken", "/zaken", "zaaktype"]],
  "/statustypen": [["zaken", "/statussen", "statustype"]],
  "/roltypen": [["zaken", "/rollen", "roltype"]],
  "/resultaattypen": [["zaken", "/resultaten", "resultaattype"]],
  "/eigenschappen": [["zaken", "/zaken/{uuid}/zaakeigenschappen", "eigenschap"]],
  "/informatieobjecttypen": [["documenten", "/enkelvoudiginformatieobjecten", "informatieobjecttype"]],
  "/besluittypen": [["besluiten", "/besluiten", "besluittype"]],
};

/** A delete of a type or sub-object that zaken, documents or besluiten still use is refused. */
export function protectionRules(ctx: WriteContext): Param[] {
  const url = ctx.record.url;
  const inUse = (USERS[ctx.collection] ?? []).some(([api, template, field]) =>
    ctx.store.collectionsLike(api, template).some((records) => [...records.values()].some((r) => r[field] === url)),
  );
  return inUse ? [nonField("protected", "Het object wordt nog gebruikt (door zaken, documenten of besluiten) en kan niet verwijderd worden.")] : [];
}

/** After a zaaktype is deleted: its statustypen, roltypen, resultaattypen, eigenschappen, zaakobjecttypen and ZIOTs go too. */
export function cascadeZaaktype(ctx: WriteContext): void {
  if (ctx.collection !== "/zaaktypen") return;
  for (const collection of SUBS) {
    const records = ctx.store.collection("catalogi", collection);
    for (const [id, r] of [...records] as [string, MockRecord][]) if (r.zaaktype === ctx.record.url) records.delete(id);
  }
}
