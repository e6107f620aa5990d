/** Statussen: closing and reopening a zaak (zgw-rules 4.2, zrc-007/zrc-008/zrc-016) with the archiving of 4.3. */
import type { BehaviourContext } from "../../engine/behaviour.js";
import { MockProblem } from "../../engine/problems.js";
import type { MockRecord } from "../../engine/store.js";
import { follow, text } from "../shared.js";
import { applyArchiving, deriveArchiving } from "./archiving.js";
import { type Issue, archiefstatusOpen, failAll, inFuture, isClosed, mayOnZaak, partsOf, typeOfZaaktype, zakenOf } from "./common.js";

/** Whether the statustype is the eindstatus: the highest volgnummer of its zaaktype (zrc-007). */
export function isEindstatus(ctx: BehaviourContext, statustypeUrl: unknown): boolean {
  const statustype = ctx.resolve(statustypeUrl)?.record;
  if (!statustype) return false;
  const volgnummers = [...ctx.store.collection("catalogi", "/statustypen").values()].filter((s) => s.zaaktype === statustype.zaaktype).map((s) => Number(s.volgnummer) || 0);
  return (Number(statustype.volgnummer) || 0) >= Math.max(...volgnummers);
}

/** The zaak's resultaat record, if any. */
function resultaatOf(ctx: BehaviourContext, zaak: MockRecord): MockRecord | undefined {
  return partsOf(ctx, "/resultaten", zaak.url)[0];
}

/** The first failing closing precondition (Open Zaak's `validate` step stops at its first error). */
function closingIssue(ctx: BehaviourContext, zaak: MockRecord, einddatum: string): Issue | undefined {
  const documents = partsOf(ctx, "/zaakinformatieobjecten", zaak.url).map((zio) => follow(ctx, zio, "informatieobject"));
  if (documents.some((d) => d?.locked === true)) return { name: "nonFieldErrors", code: "informatieobject-locked", reason: "Er zijn gerelateerde informatieobjecten die nog gelocked zijn." };
  if (documents.some((d) => d && (d.indicatieGebruiksrecht === null || d.indicatieGebruiksrecht === undefined))) {
    return { name: "nonFieldErrors", code: "indicatiegebruiksrecht-unset", reason: "Van alle gerelateerde informatieobjecten moet de indicatie gebruiksrecht gezet zijn." };
  }
  const deelzaken = [...zakenOf(ctx).values()].filter((d) => d.hoofdzaak === zaak.url);
  if (deelzaken.some((d) => !isClosed(d))) return { name: "nonFieldErrors", code: "deelzaken-not-closed", reason: "Alle deelzaken moeten afgesloten zijn." };
  const resultaat = resultaatOf(ctx, zaak);
  if (!resultaat) return { name: "nonFieldErrors", code: "resultaat-does-not-exist", reason: "De zaak heeft geen resultaat." };
  if (deelzaken.some((d) => !resultaatOf(ctx, d))) return { name: "nonFieldErrors", code: "deelzaak-resultaat-does-not-exist", reason: "Alle deelzaken moeten een resultaat hebben." };
  const derived = deriveArchiving(ctx, zaak, einddatum, resultaat);
  if (!derived.ok) return { name: "nonFieldErrors", code: "archiefactiedatum-error", reason: `De archiefactiedatum kan niet bepaald worden: ${derived.reason}.` };
  return undefined;
}

/** beforeCreate for `/statussen`. */
export function beforeCreateStatus(ctx: BehaviourContext): void {
  const { record } = ctx;
  const zaak = follow(ctx, record, "zaak");
  if (inFuture(ctx, record.datumStatusGezet)) ctx.fail({ name: "datumStatusGezet", code: "date-in-future", reason: "Deze datum mag niet in de toekomst zijn." });
  if (!zaak) return;
  const issues: Issue[] = [...typeOfZaaktype(ctx, zaak, record.statustype)];
  const existing = partsOf(ctx, "/statussen", zaak.url);
  const at = Date.parse(text(record.datumStatusGezet));
  if (existing.some((s) => Date.parse(text(s.datumStatusGezet)) === at)) issues.push({ name: "nonFieldErrors", code: "unique", reason: "De velden zaak, datumStatusGezet moeten een unieke set zijn." });
  const gezetdoor = text(record.gezetdoor) ? ctx.resolve(record.gezetdoor)?.record : undefined;
  if (gezetdoor && gezetdoor.zaak !== zaak.url) issues.push({ name: "nonFieldErrors", code: "zaak-mismatch", reason: "De rol hoort niet bij deze zaak." });
  issues.push(...archiefstatusOpen(zaak));
  failAll(ctx, issues);
  const eind = isEindstatus(ctx, record.statustype);
  if (!eind && isClosed(zaak) && isClosed(follow(ctx, zaak, "hoofdzaak"))) {
    ctx.fail({ name: "nonFieldErrors", code: "hoofdzaak-closed", reason: "De hoofdzaak is afgesloten: de deelzaak kan niet heropend worden." });
  }
  if (eind) {
    const issue = closingIssue(ctx, zaak, text(record.datumStatusGezet).slice(0, 10));
    if (issue) ctx.fail(issue);
  }
  // Open Zaak's StatusViewSet.perform_create: scope rules after validation.
  if (existing.length > 0 && !mayOnZaak(ctx, "zaken.statussen.toevoegen", zaak) && !mayOnZaak(ctx, "zaken.heropenen", zaak)) {
    throw new MockProblem(403, { detail: "Met de 'zaken.aanmaken' scope mag je slechts 1 status zetten" });
  }
  if (isClosed(zaak) && !mayOnZaak(ctx, "zaken.heropenen", zaak)) throw new MockProblem(403, { detail: "Reopening a closed case with current scope is forbidden" });
}

/** afterCreate for `/statussen`: newest status, closing (einddatum + archiving) or reopening. */
export function afterCreateStatus(ctx: BehaviourContext): void {
  const zaak = follow(ctx, ctx.record, "zaak");
  if (!zaak) return;
  const statussen = partsOf(ctx, "/statussen", zaak.url);
  const newest = statussen.reduce((a, b) => (Date.parse(text(b.datumStatusGezet)) >= Date.parse(text(a.datumStatusGezet)) ? b : a));
  for (const s of statussen) s.indicatieLaatstGezetteStatus = s === newest;
  zaak.status = newest.url;
  if (isEindstatus(ctx, ctx.record.statustype)) {
    const einddatum = text(ctx.record.datumStatusGezet).slice(0, 10);
    zaak.einddatum = einddatum;
    const derived = deriveArchiving(ctx, zaak, einddatum, resultaatOf(ctx, zaak));
    if (derived.ok) applyArchiving(ctx, zaak, derived);
  } else if (isClosed(zaak)) {
    Object.assign(zaak, { einddatum: null, archiefnominatie: null, archiefactiedatum: null, startdatumBewaartermijn: null });
    for (const deelzaak of zakenOf(ctx).values()) {
      const type = follow(ctx, follow(ctx, deelzaak, "resultaat") ?? {}, "resultaattype");
      if (deelzaak.hoofdzaak === zaak.url && text((type?.brondatumArchiefprocedure as MockRecord | undefined)?.afleidingswijze) === "hoofdzaak") {
        Object.assign(deelzaak, { archiefactiedatum: null, startdatumBewaartermijn: null });
      }
    }
  }
}
