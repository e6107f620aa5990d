/**
 * The zaak/besluit ↔ document relation kept in two places (zgw-rules 1.9): the relation API (Zaken,
 * Besluiten) leads, Documenten holds the mirror ObjectInformatieObject (OIO).
 */
import type { Issue } from "../zaken/common.js";
import type { MockRecord, MockStore } from "../../engine/store.js";

const OIO = "/objectinformatieobjecten";
const ROOT = "/documenten/api/v1";

/** The leading relation collections per OIO objectType. */
export const LEADING: Readonly<Record<string, readonly [api: string, collection: string, field: string]>> = {
  zaak: ["zaken", "/zaakinformatieobjecten", "zaak"],
  besluit: ["besluiten", "/besluitinformatieobjecten", "besluit"],
};

/** The OIOs of Documenten. */
export function oios(store: MockStore): Map<string, MockRecord> {
  return store.collection("documenten", OIO);
}

/** Creates the mirror OIO of a ZIO (`zaak`) or BIO (`besluit`), unless it is already there. */
export function mirror(store: MockStore, informatieobject: unknown, object: unknown, objectType: "zaak" | "besluit"): void {
  const all = oios(store);
  if ([...all.values()].some((o) => o.informatieobject === informatieobject && o.object === object)) return;
  const uuid = crypto.randomUUID();
  all.set(uuid, { url: `${ROOT}${OIO}/${uuid}`, informatieobject, object, objectType });
}

/** Removes the mirror OIO of a ZIO/BIO. */
export function unmirror(store: MockStore, informatieobject: unknown, object: unknown): void {
  const all = oios(store);
  for (const [id, oio] of all) if (oio.informatieobject === informatieobject && oio.object === object) all.delete(id);
}

/** Whether the leading ZIO/BIO of a (document, object) pair exists. */
export function leadingExists(store: MockStore, objectType: string, informatieobject: unknown, object: unknown): boolean {
  const leading = LEADING[objectType];
  if (!leading) return false;
  const [api, collection, field] = leading;
  return [...store.collection(api, collection).values()].some((r) => r.informatieobject === informatieobject && r[field] === object);
}

/** `unique @nonFieldErrors` when another record of `records` has the same values for `fields` (zgw-rules 1.8). */
export function uniqueTogether(records: Iterable<MockRecord>, record: MockRecord, fields: readonly string[]): Issue[] {
  for (const other of records) {
    if (other !== record && other.url !== record.url && fields.every((f) => other[f] === record[f])) {
      return [{ name: "nonFieldErrors", code: "unique", reason: `De velden ${fields.join(", ")} moeten een unieke set zijn.` }];
    }
  }
  return [];
}
