/** Zaak create / update rules (zgw-rules 4.1) and the closed-zaak guard on the zaak itself (4.4). */
import type { BehaviourContext } from "../../engine/behaviour.js";
import { MockProblem } from "../../engine/problems.js";
import type { MockRecord } from "../../engine/store.js";
import { follow, nextIdentificatie, text } from "../shared.js";
import { type Issue, addDuration, addTo, failAll, immutable, inFuture, isClosed, mayOnZaak, partsOf, removeFrom, zakenOf } from "./common.js";

/** Open Zaak's `ZAAK-<year of startdatum>-<10-digit serial>`, unique over all zaken with that prefix (zrc-002). */
/** zrc-013: hoofdzaak not itself a deelzaak, not the zaak itself, zaaktype among the hoofdzaak's deelzaaktypen. */
function hoofdzaakIssues(ctx: BehaviourContext): Issue[] {
  const { record } = ctx;
  if (!text(record.hoofdzaak)) return [];
  if (ctx.previous && record.hoofdzaak === ctx.previous.url) return [{ name: "hoofdzaak", code: "self-forbidden", reason: "Een zaak mag niet zijn eigen hoofdzaak zijn." }];
  const hoofdzaak = follow(ctx, record, "hoofdzaak");
  if (!hoofdzaak) return [];
  if (text(hoofdzaak.hoofdzaak)) return [{ name: "hoofdzaak", code: "deelzaak-als-hoofdzaak", reason: "Een deelzaak kan niet de hoofdzaak zijn van een andere zaak." }];
  const deelzaaktypen = follow(ctx, hoofdzaak, "zaaktype")?.deelzaaktypen;
  if (Array.isArray(deelzaaktypen) && !deelzaaktypen.includes(record.zaaktype)) {
    return [{ name: "hoofdzaak", code: "invalid-deelzaaktype", reason: "Het zaaktype is geen deelzaaktype van het zaaktype van de hoofdzaak." }];
  }
  return [];
}

/** zrc-011: each relevanteAndereZaken url is a zaak (loose reference codes of 1.5). */
function relevanteIssues(ctx: BehaviourContext): Issue[] {
  const list = Array.isArray(ctx.record.relevanteAndereZaken) ? (ctx.record.relevanteAndereZaken as MockRecord[]) : [];
  return list.flatMap((item, i): Issue[] => {
    const url = text(item?.url);
    const name = `relevanteAndereZaken.${i}.url`;
    if (/^https?:\/\//i.test(url)) return [{ name, code: "unknown-service", reason: "De service van deze URL is niet bekend." }];
    const found = ctx.resolve(url);
    if (found && found.template !== "/zaken/{uuid}") return [{ name, code: "invalid-resource", reason: "De URL verwijst niet naar een zaak." }];
    return [];
  });
}

/** Object-level rules of a zaak write; all run and combine (zgw-rules 1.8 step 2). */
function zaakIssues(ctx: BehaviourContext): Issue[] {
  const { record, previous } = ctx;
  const sent = (typeof ctx.body === "object" && ctx.body !== null ? ctx.body : record) as MockRecord;
  const issues: Issue[] = [...immutable(ctx, ["zaaktype", "identificatie"]), ...hoofdzaakIssues(ctx), ...relevanteIssues(ctx)];
  const zaaktype = follow(ctx, record, "zaaktype");
  // zrc-014
  if (record.betalingsindicatie === "nvt" && "laatsteBetaaldatum" in sent && sent.laatsteBetaaldatum) {
    issues.push({ name: "laatsteBetaaldatum", code: "betaling-nvt", reason: "Laatste betaaldatum kan niet gezet worden als er geen betaling nodig is." });
  } else if (inFuture(ctx, record.laatsteBetaaldatum) && "laatsteBetaaldatum" in sent) {
    issues.push({ name: "laatsteBetaaldatum", code: "future_not_allowed", reason: "Deze datum mag niet in de toekomst liggen." });
  }
  // zrc-015
  const allowed = Array.isArray(zaaktype?.productenOfDiensten) ? (zaaktype.productenOfDiensten as unknown[]) : [];
  const chosen = Array.isArray(record.productenOfDiensten) ? (record.productenOfDiensten as unknown[]) : [];
  if (zaaktype && chosen.some((p) => !allowed.includes(p))) {
    issues.push({ name: "productenOfDiensten", code: "invalid-products-services", reason: "Niet alle producten/diensten horen bij het zaaktype." });
  }
  // zrc-010: a mock URL must be a communicatiekanaal (foreign URLs cannot be fetched offline and are accepted).
  const kanaal = text(record.communicatiekanaal);
  const found = kanaal ? ctx.resolve(kanaal) : undefined;
  if (found && !found.collection.endsWith("/communicatiekanalen")) issues.push({ name: "communicatiekanaal", code: "invalid-resource", reason: "De URL is geen communicatiekanaal." });
  // zrc-022 (update only)
  if (previous && text(record.archiefstatus) && record.archiefstatus !== "nog_te_archiveren") {
    const documents = partsOf(ctx, "/zaakinformatieobjecten", record.url).map((zio) => follow(ctx, zio, "informatieobject"));
    if (documents.some((d) => d && d.status !== "gearchiveerd")) issues.push({ name: "archiefstatus", code: "documents-not-archived", reason: "Er zijn gerelateerde informatieobjecten die nog niet gearchiveerd zijn." });
    if (!text(record.archiefnominatie)) issues.push({ name: "archiefnominatie", code: "archiefnominatie-not-set", reason: "Moet gezet worden bij het archiveren." });
    if (!text(record.archiefactiedatum)) issues.push({ name: "archiefactiedatum", code: "archiefactiedatum-not-set", reason: "Moet gezet worden bij het archiveren." });
  }
  return issues;
}

/** Server-side values of a zaak (data groups always nested, zrc-012; [OZ] defaults from the zaaktype). */
function normalise(ctx: BehaviourContext): void {
  const { record } = ctx;
  if (record.opschorting === null || record.opschorting === undefined) record.opschorting = { indicatie: false, reden: "" };
  const verlenging = record.verlenging as MockRecord | null | undefined;
  if (!verlenging || !text(verlenging.duur)) record.verlenging = null;
  if (record.betalingsindicatie === "nvt") record.laatsteBetaaldatum = null;
}

/** beforeCreate for `/zaken`. */
export function beforeCreateZaak(ctx: BehaviourContext): void {
  const { record } = ctx;
  const zaaktype = follow(ctx, record, "zaaktype");
  const issues = zaakIssues(ctx);
  if (!text(record.identificatie)) record.identificatie = nextIdentificatie(ctx, zakenOf(ctx).values(), "ZAAK", text(record.startdatum));
  else if ([...zakenOf(ctx).values()].some((z) => z.bronorganisatie === record.bronorganisatie && z.identificatie === record.identificatie)) {
    issues.unshift({ name: "identificatie", code: "identificatie-niet-uniek", reason: "Deze identificatie bestaat al voor deze bronorganisatie" });
  }
  failAll(ctx, issues);
  if (!text(record.vertrouwelijkheidaanduiding)) record.vertrouwelijkheidaanduiding = text(zaaktype?.vertrouwelijkheidaanduiding) || "openbaar";
  if (!text(record.registratiedatum)) record.registratiedatum = ctx.today();
  const start = text(record.startdatum);
  if (start && !text(record.einddatumGepland) && text(zaaktype?.servicenorm)) record.einddatumGepland = addDuration(start, text(zaaktype?.servicenorm)) ?? null;
  if (start && !text(record.uiterlijkeEinddatumAfdoening) && text(zaaktype?.doorlooptijd)) {
    record.uiterlijkeEinddatumAfdoening = addDuration(start, text(zaaktype?.doorlooptijd)) ?? null;
  }
  record.status ??= null;
  record.resultaat ??= null;
  record.einddatum ??= null;
  record.archiefstatus = text(record.archiefstatus) || "nog_te_archiveren";
  normalise(ctx);
}

/** afterCreate for `/zaken`: the hoofdzaak lists the new deelzaak. */
export function afterCreateZaak(ctx: BehaviourContext): void {
  addTo(follow(ctx, ctx.record, "hoofdzaak"), "deelzaken", ctx.record.url);
}

/** beforeUpdate for `/zaken/{uuid}`: 4.1 rules, then the closed-zaak check (Open Zaak's perform_update). */
export function beforeUpdateZaak(ctx: BehaviourContext): void {
  const { record, previous } = ctx;
  const issues = zaakIssues(ctx);
  const clash = [...zakenOf(ctx).values()].some(
    (z) => z.url !== record.url && z.bronorganisatie === record.bronorganisatie && z.identificatie === record.identificatie,
  );
  if (clash) issues.unshift({ name: "identificatie", code: "identificatie-niet-uniek", reason: "Deze identificatie bestaat al voor deze bronorganisatie" });
  failAll(ctx, issues);
  if (previous && isClosed(previous) && !mayOnZaak(ctx, "zaken.geforceerd-bijwerken", previous)) {
    throw new MockProblem(403, { detail: "Modifying a closed case with current scope is forbidden" });
  }
  normalise(ctx);
}

/** afterUpdate for `/zaken/{uuid}`: keeps `deelzaken` of old and new hoofdzaak in step. */
export function afterUpdateZaak(ctx: BehaviourContext): void {
  const before = ctx.previous?.hoofdzaak;
  if (before === ctx.record.hoofdzaak) return;
  removeFrom(ctx.resolve(before)?.record, "deelzaken", ctx.record.url);
  addTo(follow(ctx, ctx.record, "hoofdzaak"), "deelzaken", ctx.record.url);
}
