/**
 * Cross-API rules on the Documenten side (zgw-rules 5.7, 5.9): direct OIO writes, `pending-relations`
 * on deleting a related document, and the `objectinformatieobjecten_object[Type]` list filters.
 */
import { type BehaviourContext, defineBehaviour } from "../../engine/behaviour.js";
import type { MockRecord } from "../../engine/store.js";
import { text } from "../shared.js";
import { type Issue, failAll } from "../zaken/common.js";
import { LEADING, leadingExists, oios, uniqueTogether } from "./mirror.js";

const DOCUMENTS = "/enkelvoudiginformatieobjecten";
const OBJECT_TEMPLATE: Readonly<Record<string, string>> = { zaak: "/zaken/{uuid}", besluit: "/besluiten/{uuid}" };

/** drc-002/003/004: the object is of its objectType, the pair is new, and the leading ZIO/BIO exists. */
function beforeCreateOio(ctx: BehaviourContext): void {
  const { record } = ctx;
  const objectType = text(record.objectType);
  const object = text(record.object);
  const found = ctx.resolve(object);
  const local = object.startsWith("/");
  if (found && OBJECT_TEMPLATE[objectType] !== found.template) {
    ctx.fail({ name: "object", code: "invalid-resource", reason: `Het object is geen ${objectType}.` });
  }
  const issues: Issue[] = [...uniqueTogether(oios(ctx.store).values(), record, ["informatieobject", "object"])];
  if (!local && LEADING[objectType]) {
    // A remote zaak/besluit: the mock cannot ask its API for the leading relation.
    issues.push({ name: "nonFieldErrors", code: "relation-lookup-error", reason: "De relatie kon niet opgevraagd worden bij de bron-API." });
  } else if (issues.length === 0 && !leadingExists(ctx.store, objectType, record.informatieobject, record.object)) {
    issues.push({ name: "nonFieldErrors", code: "inconsistent-relation", reason: `Er bestaat geen relatie tussen dit ${objectType} en het informatieobject in de bron-API.` });
  }
  failAll(ctx, issues);
}

/** Deleting an OIO whose leading ZIO/BIO still exists → `remote-relation-exists`. */
function beforeDeleteOio(ctx: BehaviourContext): void {
  const { record } = ctx;
  if (leadingExists(ctx.store, text(record.objectType), record.informatieobject, record.object)) {
    ctx.fail({ name: "nonFieldErrors", code: "remote-relation-exists", reason: "De relatie bestaat nog in de bron-API: verwijder die daar." });
  }
}

/** drc-008: a document with ZIO/BIO relations cannot be deleted. */
function beforeDeleteDocument(ctx: BehaviourContext): void {
  const url = ctx.record.url;
  const related = Object.values(LEADING).some(([api, collection]) => [...ctx.store.collection(api, collection).values()].some((r) => r.informatieobject === url));
  if (related) ctx.fail({ name: "nonFieldErrors", code: "pending-relations", reason: "Het informatieobject heeft nog relaties met zaken of besluiten." });
}

/** A deleted document takes its OIOs and gebruiksrechten with it (zgw-rules 5.9). */
function afterDeleteDocument(ctx: BehaviourContext): void {
  const url = ctx.record.url;
  for (const records of [oios(ctx.store), ctx.store.collection("documenten", "/gebruiksrechten")]) {
    for (const [id, record] of records) if (record.informatieobject === url) records.delete(id);
  }
}

/** The Documenten side of the cross-API relations. */
export const documentenRelationsBehaviour = defineBehaviour({
  api: "documenten",
  beforeCreate(ctx) {
    if (ctx.template === "/objectinformatieobjecten") beforeCreateOio(ctx);
  },
  beforeDelete(ctx) {
    if (ctx.template === "/objectinformatieobjecten/{uuid}") beforeDeleteOio(ctx);
    if (ctx.template === `${DOCUMENTS}/{uuid}`) beforeDeleteDocument(ctx);
  },
  afterDelete(ctx) {
    if (ctx.template === `${DOCUMENTS}/{uuid}`) afterDeleteDocument(ctx);
  },
  filterList(records, query, ctx) {
    if (ctx.template !== DOCUMENTS && ctx.template !== `${DOCUMENTS}/_zoek`) return records;
    const object = query.get("objectinformatieobjecten_object");
    const objectType = query.get("objectinformatieobjecten_objectType");
    if (!object && !objectType) return records;
    const wanted = object ? text(ctx.resolve(object)?.record.url) || object : undefined;
    const related = new Set([...oios(ctx.store).values()].filter((o) => (!wanted || o.object === wanted) && (!objectType || o.objectType === objectType)).map((o) => o.informatieobject));
    return records.filter((r: MockRecord) => related.has(r.url));
  },
});
