/**
 * Relations between Catalogi resources: the same-catalogus rule (ztc-013), sub-objects pointing into
 * another zaaktype (`relations-incorrect-zaaktype`), the server-set fields of sub-objects and the
 * read-only mirror lists (zaaktype.statustypen…, IOT.zaaktypen, besluittype.zaaktypen, 3.4, 3.8).
 */
import type { MockRecord } from "../../engine/store.js";
import { type Param, SUBS, type WriteContext, all, nonField, relatedTypes, resolveAs } from "./common.js";

const INCORRECT_CATALOGUS = "De relaties moeten tot dezelfde catalogus behoren.";

/** ztc-013 and `relations-incorrect-zaaktype` for a create/update. */
export function relationRules(ctx: WriteContext): Param[] {
  const r = ctx.record;
  const errors: Param[] = [];
  const outside = (values: unknown, collection: string, catalogus: unknown): boolean =>
    relatedTypes(ctx, values, collection, catalogus).some((t) => t.catalogus !== catalogus);
  const zaaktype = resolveAs(ctx, r.zaaktype, "/zaaktypen/{uuid}");
  switch (ctx.collection) {
    case "/zaaktypen":
      if (outside(r.besluittypen, "/besluittypen", r.catalogus)) errors.push(nonField("relations-incorrect-catalogus", INCORRECT_CATALOGUS));
      if (outside(r.deelzaaktypen, "/zaaktypen", r.catalogus)) errors.push({ name: "deelzaaktypen", code: "relations-incorrect-catalogus", reason: INCORRECT_CATALOGUS });
      break;
    case "/besluittypen":
      if (outside(r.informatieobjecttypen, "/informatieobjecttypen", r.catalogus)) errors.push(nonField("relations-incorrect-catalogus", INCORRECT_CATALOGUS));
      break;
    case "/zaaktype-informatieobjecttypen":
      if (zaaktype && outside([r.informatieobjecttype], "/informatieobjecttypen", zaaktype.catalogus)) errors.push(nonField("relations-incorrect-catalogus", INCORRECT_CATALOGUS));
      break;
    case "/resultaattypen":
      if (zaaktype && (outside(r.informatieobjecttypen, "/informatieobjecttypen", zaaktype.catalogus) || outside(r.besluittypen, "/besluittypen", zaaktype.catalogus))) {
        errors.push(nonField("relations-incorrect-catalogus", INCORRECT_CATALOGUS));
      }
      break;
    default:
      break;
  }
  if (ctx.collection === "/eigenschappen" || ctx.collection === "/zaakobjecttypen" || ctx.collection === "/zaaktype-informatieobjecttypen") {
    const statustype = resolveAs(ctx, r.statustype, "/statustypen/{uuid}");
    if (statustype && statustype.zaaktype !== r.zaaktype) errors.push(nonField("relations-incorrect-zaaktype", "Het statustype hoort bij een ander zaaktype."));
  }
  return errors;
}

/** Server-set fields of a sub-object: `catalogus`, `zaaktypeIdentificatie` from its zaaktype. */
export function deriveSubFields(ctx: WriteContext): void {
  if (!SUBS.has(ctx.collection)) return;
  const zaaktype = resolveAs(ctx, ctx.record.zaaktype, "/zaaktypen/{uuid}");
  if (!zaaktype) return;
  ctx.record.catalogus = zaaktype.catalogus;
  if (ctx.collection !== "/zaaktype-informatieobjecttypen" || "zaaktypeIdentificatie" in ctx.record) ctx.record.zaaktypeIdentificatie = zaaktype.identificatie;
}

const MIRRORS: readonly [string, string][] = [
  ["/statustypen", "statustypen"],
  ["/roltypen", "roltypen"],
  ["/resultaattypen", "resultaattypen"],
  ["/eigenschappen", "eigenschappen"],
  ["/zaakobjecttypen", "zaakobjecttypen"],
];

const unique = (values: unknown[]): unknown[] => [...new Set(values)];

/** Recomputes the read-only lists of a zaaktype (and `isEindstatus` of its statustypen). */
function syncZaaktype(ctx: WriteContext, zaaktype: MockRecord): void {
  for (const [collection, field] of MIRRORS) zaaktype[field] = all(ctx, collection).filter((r) => r.zaaktype === zaaktype.url).map((r) => r.url);
  const ziots = all(ctx, "/zaaktype-informatieobjecttypen").filter((z) => z.zaaktype === zaaktype.url);
  zaaktype.informatieobjecttypen = unique(ziots.map((z) => z.informatieobjecttype));
  const statustypen = all(ctx, "/statustypen").filter((s) => s.zaaktype === zaaktype.url);
  const last = Math.max(...statustypen.map((s) => Number(s.volgnummer) || 0));
  for (const s of statustypen) s.isEindstatus = (Number(s.volgnummer) || 0) === last;
}

/** Keeps every mirror list in step after a write or delete of `ctx.record`. */
export function syncMirrors(ctx: WriteContext): void {
  const touched = [ctx.record, ctx.previous].filter((r): r is MockRecord => r !== undefined);
  if (SUBS.has(ctx.collection)) {
    for (const r of touched) {
      const zaaktype = resolveAs(ctx, r.zaaktype, "/zaaktypen/{uuid}");
      if (zaaktype) syncZaaktype(ctx, zaaktype);
    }
  }
  if (ctx.collection === "/zaaktype-informatieobjecttypen") {
    for (const r of touched) {
      const iot = resolveAs(ctx, r.informatieobjecttype, "/informatieobjecttypen/{uuid}");
      if (iot) iot.zaaktypen = unique(all(ctx, "/zaaktype-informatieobjecttypen").filter((z) => z.informatieobjecttype === iot.url).map((z) => z.zaaktype));
    }
  }
  if (ctx.collection === "/zaaktypen") {
    const besluittypen = new Set(touched.flatMap((z) => relatedTypes(ctx, z.besluittypen, "/besluittypen", z.catalogus)));
    for (const b of besluittypen) b.zaaktypen = all(ctx, "/zaaktypen").filter((z) => relatedTypes(ctx, z.besluittypen, "/besluittypen", z.catalogus).includes(b)).map((z) => z.url);
  }
}
