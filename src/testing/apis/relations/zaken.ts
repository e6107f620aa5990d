/**
 * Cross-API rules on the Zaken side (zgw-rules 4.8, 4.10, 4.11): zaakinformatieobjecten and their mirror
 * OIO, the consumer writes of zaakbesluiten, and the klantcontact `datumtijd`.
 */
import { allowsObject } from "../../engine/auth.js";
import { type BehaviourContext, type RouteHandler, defineBehaviour } from "../../engine/behaviour.js";
import { MockProblem, validationProblem } from "../../engine/problems.js";
import type { MockRecord } from "../../engine/store.js";
import { validateBody } from "../../engine/validate.js";
import { follow, text } from "../shared.js";
import { type Issue, failAll, immutable, inFuture } from "../zaken/common.js";
import { mirror, uniqueTogether, unmirror } from "./mirror.js";

const ZIO = "/zaakinformatieobjecten";

/** zrc-017: the document's informatieobjecttype is one of the zaaktype's (through a ZIOT, or the zaaktype's list). */
function typeRelationIssues(ctx: BehaviourContext, zaak: MockRecord, document: MockRecord): Issue[] {
  const iot = document.informatieobjecttype;
  const zaaktype = follow(ctx, zaak, "zaaktype");
  const viaZiot = [...ctx.store.collection("catalogi", "/zaaktype-informatieobjecttypen").values()].some((z) => z.zaaktype === zaak.zaaktype && z.informatieobjecttype === iot);
  const viaList = Array.isArray(zaaktype?.informatieobjecttypen) && zaaktype.informatieobjecttypen.includes(iot);
  if (viaZiot || viaList) return [];
  return [{ name: "nonFieldErrors", code: "missing-zaaktype-informatieobjecttype-relation", reason: "Het informatieobjecttype hoort niet bij het zaaktype van de zaak." }];
}

function beforeCreateZio(ctx: BehaviourContext): void {
  const { record } = ctx;
  const zaak = follow(ctx, record, "zaak");
  const document = follow(ctx, record, "informatieobject");
  const issues: Issue[] = [];
  if (zaak && document) issues.push(...typeRelationIssues(ctx, zaak, document));
  issues.push(...uniqueTogether(ctx.store.collection("zaken", ZIO).values(), record, ["zaak", "informatieobject"]));
  failAll(ctx, issues);
  record.aardRelatieWeergave = "Hoort bij, omgekeerd: kent";
  record.registratiedatum = ctx.now().toISOString().replace(/\.\d{3}Z$/, "Z");
  record.titel ??= "";
  record.beschrijving ??= "";
}

/** Consumer `POST /zaken/{zaak_uuid}/besluiten` (zgw-rules 4.10): only confirms a relation the Besluiten API made. */
const createZaakbesluit: RouteHandler = (ctx, body) => {
  const zaak = ctx.store.collection("zaken", "/zaken").get(ctx.params.zaak_uuid ?? "");
  if (!zaak) throw new MockProblem(404);
  if (!allowsObject(ctx.api, ctx.caller, ["zaken.bijwerken"], zaak)) throw new MockProblem(403);
  const schema = ctx.api.facts.operations["/zaken/{zaak_uuid}/besluiten"]?.post?.body?.schema ?? {};
  const { errors, value } = validateBody(body ?? {}, schema, ctx.api.facts.schemas, "create");
  if (errors.length > 0) throw validationProblem(errors);
  const raw = text((value as MockRecord).besluit);
  const found = ctx.resolve(raw);
  const relations = ctx.store.collection("zaken", `/zaken/${ctx.params.zaak_uuid}/besluiten`);
  const canonical = found ? text(found.record.url) : raw;
  const existing = [...relations.values()].find((r) => r.besluit === canonical);
  if (found || raw.startsWith(ctx.origin)) {
    if (found?.api.id !== "besluiten") return ctx.fail({ name: "besluit", code: "does_not_exist", reason: "Ongeldige hyperlink - Object bestaat niet." });
    if (found.record.zaak !== zaak.url) ctx.fail({ name: "nonFieldErrors", code: "inconsistent-relation", reason: "Het besluit verwijst niet naar deze zaak." });
    if (existing) return { status: 201, body: existing };
  }
  const uuid = crypto.randomUUID();
  const record = { url: `${ctx.api.root}/zaken/${ctx.params.zaak_uuid}/besluiten/${uuid}`, uuid, besluit: canonical };
  relations.set(uuid, record);
  return { status: 201, body: record };
};

/** The Zaken side of the cross-API relations. */
export const zakenRelationsBehaviour = defineBehaviour({
  api: "zaken",
  beforeCreate(ctx) {
    if (ctx.template === ZIO) beforeCreateZio(ctx);
    if (ctx.template === "/klantcontacten" && inFuture(ctx, ctx.record.datumtijd)) {
      ctx.fail({ name: "datumtijd", code: "date-in-future", reason: "Deze datum mag niet in de toekomst zijn." });
    }
  },
  afterCreate(ctx) {
    if (ctx.template === ZIO) mirror(ctx.store, ctx.record.informatieobject, ctx.record.zaak, "zaak");
  },
  beforeUpdate(ctx) {
    if (ctx.template === `${ZIO}/{uuid}`) failAll(ctx, immutable(ctx, ["zaak", "informatieobject"]));
  },
  beforeDelete(ctx) {
    if (ctx.template !== "/zaken/{zaak_uuid}/besluiten/{uuid}") return;
    const besluit = follow(ctx, ctx.record, "besluit");
    const zaak = ctx.store.collection("zaken", "/zaken").get(ctx.params.zaak_uuid ?? "");
    if (besluit && zaak && besluit.zaak === zaak.url) {
      ctx.fail({ name: "nonFieldErrors", code: "inconsistent-relation", reason: "Het besluit verwijst nog naar deze zaak." });
    }
  },
  afterDelete(ctx) {
    if (ctx.template === `${ZIO}/{uuid}`) unmirror(ctx.store, ctx.record.informatieobject, ctx.record.zaak);
  },
  routes: { "post /zaken/{zaak_uuid}/besluiten": createZaakbesluit },
});
