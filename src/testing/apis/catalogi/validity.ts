/**
 * Validity periods and versions (zgw-rules 3.2): the overlap rule (ztc-016), `date-mismatch` of
 * sub-objects, and the `status` / `datumGeldigheid` list filters (3.1, 3.2).
 */
import type { BehaviourContext } from "../../engine/behaviour.js";
import type { MockRecord } from "../../engine/store.js";
import { type Param, SUBS, TYPES, VERSION_KEY, type WriteContext, all, day, nonField, published, resolveAs, sentKeys } from "./common.js";

/**
 * ztc-016 [OZ]: another published version with the same key in the same catalogus whose einde is empty
 * or later than the new begin, and (when the new einde is set) whose begin is before the new einde.
 */
export function overlap(ctx: WriteContext, record: MockRecord, collection: string, name: string): Param | undefined {
  const key = VERSION_KEY[collection];
  if (!key || !published(record)) return undefined;
  const begin = day(record.beginGeldigheid);
  const einde = day(record.eindeGeldigheid);
  const clash = all(ctx, collection).some(
    (other) =>
      other !== record &&
      other.url !== record.url &&
      published(other) &&
      other.catalogus === record.catalogus &&
      other[key] === record[key] &&
      (!day(other.eindeGeldigheid) || day(other.eindeGeldigheid) > begin) &&
      (!einde || day(other.beginGeldigheid) < einde),
  );
  return clash ? { name, code: "overlap", reason: `Dit ${collection.slice(1, -2)} komt al voor binnen de catalogus en opgegeven geldigheidsperiode.` } : undefined;
}

/** Object-level validity rules of a create/update. */
export function validityRules(ctx: WriteContext): Param[] {
  const r = ctx.record;
  if (TYPES.has(ctx.collection)) {
    const onlyEinde = ctx.method === "patch" && sentKeys(ctx).length > 0 && sentKeys(ctx).every((k) => k === "eindeGeldigheid");
    const clash = overlap(ctx, r, ctx.collection, onlyEinde ? "eindeGeldigheid" : "beginGeldigheid");
    return clash ? [clash] : [];
  }
  if (SUBS.has(ctx.collection) && day(r.beginGeldigheid) && day(r.eindeGeldigheid) && day(r.eindeGeldigheid) < day(r.beginGeldigheid)) {
    return [nonField("date-mismatch", "'Datum einde geldigheid' moet gelijk zijn aan of gelegen na 'datum begin geldigheid'.")];
  }
  return [];
}

type ListContext = Omit<BehaviourContext, "record" | "previous" | "collection">;

/** Valid on `d` (YYYY-MM-DD): begin on or before it, einde empty or on/after it (inclusive). */
function validOn(begin: unknown, einde: unknown, d: string): boolean {
  return (!day(begin) || day(begin) <= d) && (!day(einde) || day(einde) >= d);
}

/**
 * `status` (default `definitief`; sub-objects follow their zaaktype, ZIOT both sides) and
 * `datumGeldigheid` (types: their own period; sub-objects: their own, else their zaaktype's).
 */
export function filterCatalogiList(records: MockRecord[], query: URLSearchParams, ctx: ListContext): MockRecord[] {
  const collection = ctx.template;
  if (!TYPES.has(collection) && !SUBS.has(collection)) return records;
  const zaaktypeOf = (r: MockRecord): MockRecord | undefined => resolveAs(ctx, r.zaaktype, "/zaaktypen/{uuid}");
  const isPublished = (r: MockRecord): boolean => {
    if (TYPES.has(collection)) return published(r);
    if (collection === "/zaaktype-informatieobjecttypen") return published(zaaktypeOf(r)) && published(resolveAs(ctx, r.informatieobjecttype, "/informatieobjecttypen/{uuid}"));
    return published(zaaktypeOf(r));
  };
  let out = records;
  const status = query.get("status") ?? "definitief";
  if (!["alles", "concept", "definitief"].includes(status)) ctx.fail({ name: "status", code: "invalid_choice", reason: `Selecteer een geldige keuze. ${status} is geen beschikbare keuze.` });
  if (status !== "alles") out = out.filter((r) => isPublished(r) === (status !== "concept"));
  const d = query.get("datumGeldigheid") ?? query.get("datum_geldigheid");
  if (d) {
    out = out.filter((r) => {
      if (TYPES.has(collection) || day(r.beginGeldigheid)) return validOn(r.beginGeldigheid, r.eindeGeldigheid, d);
      const zt = zaaktypeOf(r);
      return zt ? validOn(zt.beginGeldigheid, zt.eindeGeldigheid, d) : true;
    });
  }
  return out;
}
