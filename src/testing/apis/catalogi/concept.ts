/**
 * Concept life cycle (zgw-rules 3.1): `/publish` with its preconditions (ztc-012), published types
 * immutable (ztc-009), sub-objects of a published zaaktype frozen (ztc-010), and the [OZ] M2M concept
 * rules (`non-concept-relation`); all except publish skipped with the forced scopes.
 */
import type { RouteHandler } from "../../engine/behaviour.js";
import { MockProblem } from "../../engine/problems.js";
import type { MockRecord } from "../../engine/store.js";
import { type Param, type WriteContext, all, forced, nonField, published, relatedTypes, resolveAs, sentKeys } from "./common.js";
import { overlap } from "./validity.js";

const PUBLISHED_RELATION = "Relations to non-concept objects cannot be created or changed.";

/** ztc-012 + [OZ] extra preconditions of publishing a zaaktype, all with code `concept-relation`. */
function zaaktypePreconditions(ctx: WriteContext, zaaktype: MockRecord): Param[] {
  const url = zaaktype.url;
  const errors: Param[] = [];
  const besluittypen = relatedTypes(ctx, zaaktype.besluittypen, "/besluittypen", zaaktype.catalogus);
  const iots = all(ctx, "/zaaktype-informatieobjecttypen")
    .filter((z) => z.zaaktype === url)
    .flatMap((z) => relatedTypes(ctx, [z.informatieobjecttype], "/informatieobjecttypen", zaaktype.catalogus));
  if ([...besluittypen, ...iots].some((t) => !published(t))) errors.push(nonField("concept-relation", "All related resources should be published"));
  const of = (collection: string): MockRecord[] => all(ctx, collection).filter((r) => r.zaaktype === url);
  const resultaattypen = of("/resultaattypen");
  if (resultaattypen.some((r) => !r.selectielijstklasse)) {
    errors.push({ name: "resultaattypen", code: "concept-relation", reason: "This zaaktype has resultaattypen without a selectielijstklasse. Please specify those before publishing the zaaktype." });
  }
  if (of("/roltypen").length === 0) errors.push({ name: "roltypen", code: "concept-relation", reason: "Publishing a zaaktype requires at least one roltype to be defined." });
  if (resultaattypen.length === 0) errors.push({ name: "resultaattypen", code: "concept-relation", reason: "Publishing a zaaktype requires at least one resultaattype to be defined." });
  if (of("/statustypen").length < 2) errors.push({ name: "statustypen", code: "concept-relation", reason: "Publishing a zaaktype requires at least two statustypes to be defined." });
  return errors;
}

/** `POST /<types>/{uuid}/publish`: 200 with the published object, or 400 `concept-relation` / `overlap`. */
export function publishRoute(collection: string): RouteHandler {
  return (ctx) => {
    const record = ctx.store.collection("catalogi", collection).get(ctx.params.uuid ?? "");
    if (!record) throw new MockProblem(404);
    const write: WriteContext = { ...ctx, collection, record, previous: record };
    const preconditions = collection === "/zaaktypen" ? zaaktypePreconditions(write, record) : [];
    if (preconditions.length > 0) ctx.fail(...preconditions);
    const clash = overlap(write, { ...record, concept: false }, collection, "beginGeldigheid");
    if (clash) ctx.fail(clash);
    record.concept = false;
    return { status: 200, body: record };
  };
}

/** ztc-009: published zaaktype/IOT/besluittype: no PUT, no PATCH beyond `eindeGeldigheid`, no delete. */
export function typeWriteRules(ctx: WriteContext, action: "create" | "update" | "delete"): Param[] {
  if (action === "create" || !published(ctx.previous)) return [];
  if (action === "delete") return forced(ctx, "verwijderen") ? [] : [nonField("non-concept-object", "Het is niet toegestaan om een non-concept object te verwijderen.")];
  if (forced(ctx, "schrijven")) return [];
  const onlyEinde = ctx.method === "patch" && sentKeys(ctx).every((k) => k === "eindeGeldigheid");
  return onlyEinde ? [] : [nonField("non-concept-object", "Het is niet toegestaan om een non-concept object bij te werken.")];
}

/** ztc-010: sub-objects of a published zaaktype (ZIOT: zaaktype and IOT both published [OZ]). */
export function subWriteRules(ctx: WriteContext, action: "create" | "update" | "delete"): Param[] {
  if (forced(ctx, action === "delete" ? "verwijderen" : "schrijven")) return [];
  const versions = action === "create" ? [ctx.record] : action === "delete" ? [ctx.previous ?? ctx.record] : [ctx.previous ?? ctx.record, ctx.record];
  if (ctx.collection === "/zaaktype-informatieobjecttypen") {
    const frozen = versions.some((v) => published(resolveAs(ctx, v.zaaktype, "/zaaktypen/{uuid}")) && relatedTypes(ctx, [v.informatieobjecttype], "/informatieobjecttypen", undefined).some(published));
    return frozen ? [nonField("non-concept-relation", "Het zaaktype en informatieobjecttype zijn beide gepubliceerd.")] : [];
  }
  const frozen = versions.some((v) => published(resolveAs(ctx, v.zaaktype, "/zaaktypen/{uuid}")));
  return frozen ? [nonField("non-concept-zaaktype", "Het zaaktype is gepubliceerd: wijzigen is niet toegestaan.")] : [];
}

/** [OZ] Catalogi 1.3.1 M2M concept rules (`non-concept-relation`), skipped with the forced scopes. */
export function relationConceptRules(ctx: WriteContext, action: "create" | "update" | "delete"): Param[] {
  if (forced(ctx, action === "delete" ? "verwijderen" : "schrijven")) return [];
  const r = ctx.record;
  const fail = [nonField("non-concept-relation", PUBLISHED_RELATION)];
  switch (ctx.collection) {
    case "/zaaktypen": {
      if (action === "delete") {
        const linked = [...relatedTypes(ctx, r.besluittypen, "/besluittypen", r.catalogus), ...relatedTypes(ctx, r.informatieobjecttypen, "/informatieobjecttypen", r.catalogus)];
        return !published(r) && linked.some(published) ? fail : [];
      }
      if (published(ctx.previous)) return [];
      return relatedTypes(ctx, r.besluittypen, "/besluittypen", r.catalogus).some(published) ? fail : [];
    }
    case "/besluittypen": {
      if (action === "delete") {
        const zaaktypen = all(ctx, "/zaaktypen").filter((z) => Array.isArray(z.besluittypen) && z.besluittypen.includes(r.url));
        return !published(r) && (relatedTypes(ctx, r.informatieobjecttypen, "/informatieobjecttypen", r.catalogus).some(published) || zaaktypen.some(published)) ? fail : [];
      }
      if (published(ctx.previous)) return [];
      return relatedTypes(ctx, r.informatieobjecttypen, "/informatieobjecttypen", r.catalogus).some(published) ? fail : [];
    }
    case "/resultaattypen": {
      if (action === "delete") return [];
      const catalogus = resolveAs(ctx, r.zaaktype, "/zaaktypen/{uuid}")?.catalogus;
      const linked = [...relatedTypes(ctx, r.informatieobjecttypen, "/informatieobjecttypen", catalogus), ...relatedTypes(ctx, r.besluittypen, "/besluittypen", catalogus)];
      return linked.some(published) ? fail : [];
    }
    default:
      return [];
  }
}
