/** Resultaat (zgw-rules 4.5), rollen (4.6), zaakobjecten (4.7) and the closed-zaak guard on sub-resources (4.4). */
import type { BehaviourContext } from "../../engine/behaviour.js";
import type { MockRecord } from "../../engine/store.js";
import { follow, text } from "../shared.js";
import { applyArchiving, deriveArchiving } from "./archiving.js";
import { type Issue, addTo, zaakOf, archiefstatusOpen, failAll, guardClosed, immutable, isClosed, partsOf, removeFrom, typeOfZaaktype } from "./common.js";

const filled = (value: unknown): boolean =>
  typeof value === "string" ? value !== "" : typeof value === "object" && value !== null && Object.keys(value).length > 0;

// --- Resultaat -------------------------------------------------------------------------------------

function beforeWriteResultaat(ctx: BehaviourContext): void {
  const zaak = follow(ctx, ctx.record, "zaak");
  const other = partsOf(ctx, "/resultaten", ctx.record.zaak).filter((r) => r.url !== ctx.record.url);
  if (other.length > 0) ctx.fail({ name: "zaak", code: "unique", reason: "Deze zaak heeft al een resultaat." });
  failAll(ctx, [...immutable(ctx, ["resultaattype"]), ...typeOfZaaktype(ctx, zaak, ctx.record.resultaattype), ...archiefstatusOpen(zaak)]);
  guardClosed(ctx, zaak);
}

/** Re-runs the archiving derivation of a closed zaak after its resultaat changed (4.3 step 6). */
function rederive(ctx: BehaviourContext, zaak: MockRecord | undefined): void {
  if (!zaak || !isClosed(zaak)) return;
  const resultaat = partsOf(ctx, "/resultaten", zaak.url)[0];
  if (!resultaat) {
    Object.assign(zaak, { archiefactiedatum: null, startdatumBewaartermijn: null });
    return;
  }
  const derived = deriveArchiving(ctx, { ...zaak, startdatumBewaartermijn: null }, text(zaak.einddatum), resultaat);
  if (derived.ok) applyArchiving(ctx, zaak, derived);
}

// --- Rol -------------------------------------------------------------------------------------------

const ONE_PER_ZAAK = new Set(["initiator", "zaakcoordinator"]);

function beforeCreateRol(ctx: BehaviourContext): void {
  const { record } = ctx;
  const zaak = follow(ctx, record, "zaak");
  const roltype = follow(ctx, record, "roltype");
  const issues: Issue[] = [];
  if (!filled(record.betrokkene) && !filled(record.betrokkeneIdentificatie)) {
    issues.push({ name: "nonFieldErrors", code: "invalid-betrokkene", reason: "betrokkene of betrokkeneIdentificatie moet opgegeven worden." });
  }
  issues.push(...typeOfZaaktype(ctx, zaak, record.roltype));
  const generiek = text(roltype?.omschrijvingGeneriek);
  if (zaak && ONE_PER_ZAAK.has(generiek) && partsOf(ctx, "/rollen", zaak.url).some((r) => r.omschrijvingGeneriek === generiek)) {
    issues.push({ name: "roltype", code: "max-occurences", reason: `Er is al een rol met omschrijvingGeneriek ${generiek} voor deze zaak.` });
  }
  issues.push(...archiefstatusOpen(zaak));
  failAll(ctx, issues);
  guardClosed(ctx, zaak);
  record.omschrijving = text(roltype?.omschrijving);
  record.omschrijvingGeneriek = generiek;
  record.registratiedatum = ctx.now().toISOString().replace(/\.\d{3}Z$/, "Z");
  record.statussen ??= [];
}

// --- Zaakobject ------------------------------------------------------------------------------------

function beforeWriteZaakobject(ctx: BehaviourContext): void {
  const { record } = ctx;
  const zaak = follow(ctx, record, "zaak");
  const issues: Issue[] = [...immutable(ctx, ["zaak", "object", "objectType", "zaakobjecttype"])];
  if (!ctx.previous && !filled(record.object) && !filled(record.objectIdentificatie)) {
    issues.push({ name: "nonFieldErrors", code: "invalid-zaakobject", reason: "object of objectIdentificatie moet opgegeven worden." });
  }
  if (record.objectType === "overige" && !filled(record.objectTypeOverige) && !filled(record.objectTypeOverigeDefinitie)) {
    issues.push({ name: "nonFieldErrors", code: "missing-object-type-overige", reason: "Bij objectType overige is objectTypeOverige (of de definitie) verplicht." });
  } else if (record.objectType !== "overige" && filled(record.objectTypeOverige)) {
    issues.push({ name: "nonFieldErrors", code: "invalid-object-type-overige-usage", reason: "objectTypeOverige mag alleen bij objectType overige." });
  }
  if (text(record.zaakobjecttype)) issues.push(...typeOfZaaktype(ctx, zaak, record.zaakobjecttype));
  issues.push(...archiefstatusOpen(zaak));
  failAll(ctx, issues);
  guardClosed(ctx, zaak);
}

// --- Dispatch --------------------------------------------------------------------------------------

/** Sub-resources whose writes only the closed-zaak guard (and archiefstatus rule) of this module touches. */
const GUARDED = new Set(["/zaakinformatieobjecten", "/zaakinformatieobjecten/{uuid}", "/zaken/{zaak_uuid}/zaakeigenschappen", "/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}", "/klantcontacten"]);

/** beforeCreate / beforeUpdate of a sub-resource. */
export function beforeWritePart(ctx: BehaviourContext): void {
  const collection = ctx.template.replace(/\/\{uuid\}$/, "");
  if (collection === "/resultaten") beforeWriteResultaat(ctx);
  else if (ctx.template === "/rollen") beforeCreateRol(ctx);
  else if (collection === "/zaakobjecten") beforeWriteZaakobject(ctx);
  else if (ctx.template.startsWith("/zaken/{zaak_uuid}/zaakeigenschappen")) beforeWriteZaakeigenschap(ctx);
  else if (GUARDED.has(ctx.template)) {
    const zaak = zaakOf(ctx.record, ctx);
    failAll(ctx, archiefstatusOpen(zaak));
    guardClosed(ctx, zaak);
  }
}

/**
 * A zaakeigenschap (4.9): the eigenschap must belong to the zaak's zaaktype (zrc-018), `naam` is copied
 * from the eigenschap, and only `waarde` may change.
 */
function beforeWriteZaakeigenschap(ctx: BehaviourContext): void {
  const zaak = zaakOf(ctx.record, ctx);
  failAll(ctx, [...immutable(ctx, ["zaak", "eigenschap"]), ...archiefstatusOpen(zaak)]);
  const eigenschap = ctx.resolve(ctx.record.eigenschap)?.record;
  if (eigenschap && zaak && eigenschap.zaaktype !== zaak.zaaktype) {
    ctx.fail({ name: "nonFieldErrors", code: "zaaktype-mismatch", reason: "De eigenschap hoort niet bij het zaaktype van de zaak." });
  }
  if (eigenschap) ctx.record.naam = eigenschap.naam;
  guardClosed(ctx, zaak);
}

/** beforeDelete of a sub-resource: the closed-zaak guard. */
export function beforeDeletePart(ctx: BehaviourContext): void {
  if (["/resultaten/{uuid}", "/rollen/{uuid}", "/zaakobjecten/{uuid}"].includes(ctx.template) || GUARDED.has(ctx.template)) guardClosed(ctx, zaakOf(ctx.record, ctx));
}

/** afterCreate of a sub-resource: reverse lists and `zaak.resultaat`. */
export function afterCreatePart(ctx: BehaviourContext): void {
  const zaak = follow(ctx, ctx.record, "zaak");
  if (ctx.template === "/resultaten" && zaak) {
    zaak.resultaat = ctx.record.url;
    rederive(ctx, zaak);
  }
  if (ctx.template === "/rollen") addTo(zaak, "rollen", ctx.record.url);
  if (ctx.template === "/zaakobjecten") addTo(zaak, "zaakobjecten", ctx.record.url);
}

/** afterDelete of a sub-resource. */
export function afterDeletePart(ctx: BehaviourContext): void {
  const zaak = follow(ctx, ctx.record, "zaak");
  if (ctx.template === "/resultaten/{uuid}" && zaak) {
    zaak.resultaat = null;
    rederive(ctx, zaak);
  }
  if (ctx.template === "/rollen/{uuid}") removeFrom(zaak, "rollen", ctx.record.url);
  if (ctx.template === "/zaakobjecten/{uuid}") removeFrom(zaak, "zaakobjecten", ctx.record.url);
}
