/**
 * Small object-level rules of zgw-rules 3.4, 3.5, 3.7, 3.8: zaaktype `verlenging-mismatch`,
 * `invalid-bronzaaktype-for-broncatalogus`, `empty-duration` of `servicenorm`; uniqueness of eigenschap
 * `(zaaktype, naam)`, ZIOT `(zaaktype, volgnummer)` and catalogus `(domein, rsin)`.
 */
import { text } from "../shared.js";
import { type Param, type WriteContext, all, nonField } from "./common.js";

const UNIQUE: Readonly<Record<string, readonly string[]>> = {
  "/eigenschappen": ["zaaktype", "naam"],
  "/zaaktype-informatieobjecttypen": ["zaaktype", "volgnummer"],
  "/catalogussen": ["domein", "rsin"],
};

/** Whether an ISO-8601 duration is zero (`P0D`, `PT0S`, `P0Y0M`). */
function zeroDuration(value: string): boolean {
  return /^P/i.test(value) && (value.match(/\d+(?:[.,]\d+)?/g) ?? []).every((n) => Number(n.replace(",", ".")) === 0);
}

/** The rules for a create/update of `ctx.record`. */
export function fieldRules(ctx: WriteContext): Param[] {
  const r = ctx.record;
  const errors: Param[] = [];
  const keys = UNIQUE[ctx.collection];
  if (keys && all(ctx, ctx.collection).some((o) => o.url !== r.url && keys.every((k) => o[k] === r[k]))) {
    errors.push(nonField("unique", `De velden ${keys.join(", ")} moeten een unieke set zijn.`));
  }
  if (ctx.collection !== "/zaaktypen") return errors;
  if (r.verlengingMogelijk === true && !text(r.verlengingstermijn)) {
    errors.push(nonField("verlenging-mismatch", "Verlengingstermijn must be set if verlengingMogelijk is true"));
  }
  if (Boolean(r.broncatalogus) !== Boolean(r.bronzaaktype)) {
    errors.push(nonField("invalid-bronzaaktype-for-broncatalogus", "Indien broncatalogus wordt opgegeven, dan moet ook bronzaaktype opgegeven worden en vice versa."));
  }
  if (typeof r.servicenorm === "string" && r.servicenorm !== "" && zeroDuration(r.servicenorm)) {
    errors.push({ name: "servicenorm", code: "empty-duration", reason: "De duur mag niet leeg zijn." });
  }
  return errors;
}

/** [OZ] When verlenging is not possible, `verlengingstermijn` is cleared. */
export function fieldDefaults(ctx: WriteContext): void {
  if (ctx.collection === "/zaaktypen" && ctx.record.verlengingMogelijk === false) ctx.record.verlengingstermijn = null;
}
