
import { type BehaviourContext, defineBehaviour } from "../engine/behaviour.js";
import type { MockRecord } from "../engine/store.js";
import { mirror, uniqueTogether, unmirror } from "./relations/mirror.js";
import { follow, nextIdentificatie, text } from "./shared.js";
import { zakenBehaviour } from "./zaken.js";
import { type Issue, failAll, guardClosed, immutable } from "./zaken/common.js";

const BESLUITEN = "/besluiten";
const BIO = "/besluitinformatieobjecten";

const VERVALREDEN: Readonly<Record<string, string>> = {
  tijdelijk: "Besluit met tijdelijke werking",
  ingetrokken_overheid: "Besluit ingetrokken door overheid",
  ingetrokken_belanghebbende: "Besluit ingetrokken o.v.v. belanghebbende",
};

/** RSIN: 9 digits passing the 11-check (zgw-rules 1.8). */
function rsinIssues(name: string, value: unknown): Issue[] {
  const rsin = text(value);
  if (!/^\d+$/.test(rsin)) return [{ name, code: "only-digits", reason: "Voer alleen cijfers in." }];
  if (rsin.length !== 9) return [{ name, code: rsin.length < 9 ? "min_length" : "max_length", reason: "Een RSIN heeft 9 cijfers." }];
  const sum = [...rsin].reduce((acc, digit, i) => acc + Number(digit) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0 ? [] : [{ name, code: "invalid", reason: "Onjuist RSIN." }];
}

/** `BESLUIT-<year of datum>-<10-digit serial>`, max + 1 over all besluiten with that prefix [OZ]. */
function validateBesluit(ctx: BehaviourContext): void {
  const { record, previous } = ctx;
  const _besluittype = follow(ctx, record, "besluittype");
  const fields: Issue[] = [...immutable(ctx, ["besluittype", "verantwoordelijkeOrganisatie", "identificatie"])];
  if (!previous || record.verantwoordelijkeOrganisatie !== previous.verantwoordelijkeOrganisatie) fields.push(...rsinIssues("verantwoordelijkeOrganisatie", record.verantwoordelijkeOrganisatie));
  if (text(record.datum) > ctx.today()) fields.push({ name: "datum", code: "future_not_allowed", reason: "Deze datum mag niet in de toekomst liggen." });
  failAll(ctx, fields);
  if (!previous && !text(record.identificatie)) record.identificatie = nextIdentificatie(ctx, ctx.store.collection("besluiten", BESLUITEN).values(), "BESLUIT", text(record.datum));
  const issues: Issue[] = [];
  const others = [...ctx.store.collection("besluiten", BESLUITEN).values()].filter((b) => b.url !== record.url);
  if (others.some((b) => b.verantwoordelijkeOrganisatie === record.verantwoordelijkeOrganisatie && b.identificatie === record.identificatie)) {
    issues.push({ name: "identificatie", code: "identificatie-niet-uniek", reason: "Deze identificatie bestaat al voor deze verantwoordelijke organisatie." });
  }
  const zaak = follow(ctx, record, "zaak");
  const zaaktype = zaak ? follow(ctx, zaak, "zaaktype") : undefined;
  if (zaak && !(Array.isArray(zaaktype?.besluittypen) && zaaktype.besluittypen.includes(record.besluittype))) {
    issues.push({ name: "nonFieldErrors", code: "zaaktype-mismatch", reason: "Het besluittype hoort niet bij het zaaktype van de zaak." });
  }
  failAll(ctx, issues);
  guardClosed(ctx, zaak);
  if (previous && previous.zaak !== record.zaak) guardClosed(ctx, follow(ctx, previous, "zaak"));
  record.vervalredenWeergave = VERVALREDEN[text(record.vervalreden)] ?? "";
}

/** The ZaakBesluit of a besluit in the Zaken API (brc-006), with its `zaakbesluit create` notification. */
function linkZaak(ctx: BehaviourContext, besluit: MockRecord): void {
  const zaak = follow(ctx, besluit, "zaak");
  if (!zaak) return;
  const uuid = crypto.randomUUID();
  const zaakUuid = String(zaak.url).split("/").pop() ?? "";
  const url = ctx.insert("zaken", `/zaken/${zaakUuid}/besluiten`, { uuid, besluit: besluit.url });
  const rule = zakenBehaviour.notifications;
  if (rule) ctx.publish({ kanaal: "zaken", hoofdObject: String(zaak.url), resource: "zaakbesluit", resourceUrl: url, actie: "create", kenmerken: rule.kenmerken(zaak, ctx) });
}

function unlinkZaak(ctx: BehaviourContext, besluit: MockRecord): void {
  const zaakUuid = text(besluit.zaak).split("/").pop();
  if (!zaakUuid) return;
  const relations = ctx.store.collection("zaken", `/zaken/${zaakUuid}/besluiten`);
  for (const [id, relation] of relations) if (relation.besluit === besluit.url) relations.delete(id);
}

/** brc-003/brc-008: the document's type is one of the besluittype's, and the pair is new. */
function beforeCreateBio(ctx: BehaviourContext): void {
  const { record } = ctx;
  const besluit = follow(ctx, record, "besluit");
  const document = follow(ctx, record, "informatieobject");
  const issues: Issue[] = [];
  const besluittype = besluit ? follow(ctx, besluit, "besluittype") : undefined;
  if (besluit && document && !(Array.isArray(besluittype?.informatieobjecttypen) && besluittype.informatieobjecttypen.includes(document.informatieobjecttype))) {
    issues.push({ name: "nonFieldErrors", code: "missing-besluittype-informatieobjecttype-relation", reason: "Het informatieobjecttype hoort niet bij het besluittype." });
  }
  issues.push(...uniqueTogether(ctx.store.collection("besluiten", BIO).values(), record, ["besluit", "informatieobject"]));
  failAll(ctx, issues);
}

/** The Besluiten rules (notifications stay in other-zgw.ts). */
export const besluitenRulesBehaviour = defineBehaviour({
  api: "besluiten",
  publishedType: { [BESLUITEN]: "besluittype" },
  beforeCreate(ctx) {
    if (ctx.template === BESLUITEN) validateBesluit(ctx);
    if (ctx.template === BIO) beforeCreateBio(ctx);
  },
  afterCreate(ctx) {
    if (ctx.template === BESLUITEN) linkZaak(ctx, ctx.record);
    if (ctx.template === BIO) mirror(ctx.store, ctx.record.informatieobject, ctx.record.besluit, "besluit");
  },
  beforeUpdate(ctx) {
    if (ctx.template === `${BESLUITEN}/{uuid}`) validateBesluit(ctx);
  },
  afterUpdate(ctx) {
    // [OZ] allows changing or clearing `zaak`: the old ZaakBesluit goes, a new one is made.
    if (ctx.template === `${BESLUITEN}/{uuid}` && ctx.previous && ctx.previous.zaak !== ctx.record.zaak) {
      unlinkZaak(ctx, ctx.previous);
      linkZaak(ctx, ctx.record);
    }
  },
  beforeDelete(ctx) {
    if (ctx.template === `${BESLUITEN}/{uuid}`) guardClosed(ctx, follow(ctx, ctx.record, "zaak"));
  },
  afterDelete(ctx) {
    if (ctx.template === `${BIO}/{uuid}`) unmirror(ctx.store, ctx.record.informatieobject, ctx.record.besluit);
    if (ctx.template !== `${BESLUITEN}/{uuid}`) return;
    // brc-009: the BIOs (and so their OIOs) and the ZaakBesluit go with the besluit.
    const bios = ctx.store.collection("besluiten", BIO);
    for (const [id, bio] of bios) {
      if (bio.besluit !== ctx.record.url) continue;
      bios.delete(id);
      unmirror(ctx.store, bio.informatieobject, bio.besluit);
    }
    unlinkZaak(ctx, ctx.record);
  },
});
