/**
 * Catalogi API behaviour (zgw-rules 3, following Open Zaak 1.30 / Catalogi 1.3.1): concept life cycle and
 * publish (3.1), versions and validity (3.2), same-catalogus rule (3.3), zaaktype and sub-object rules
 * (3.4–3.8), resultaattype archiving parameters against the built-in selectielijst (3.6), deletion (3.9).
 * The rules live in `./catalogi/`; this module wires them into the hooks in Open Zaak's order: field-level
 * errors alone, then every object-level error combined into one 400.
 */
import { type BehaviourContext, defineBehaviour } from "../engine/behaviour.js";
import { type Param, SUBS, TYPES } from "./catalogi/common.js";
import { relationConceptRules, publishRoute, subWriteRules, typeWriteRules } from "./catalogi/concept.js";
import { cascadeZaaktype, protectionRules } from "./catalogi/deletion.js";
import { fieldDefaults, fieldRules } from "./catalogi/fields.js";
import { deriveSubFields, relationRules, syncMirrors } from "./catalogi/relations.js";
import { resultaattypeDefaults, resultaattypeRules, selectielijstFieldRules } from "./catalogi/resultaattype.js";
import { filterCatalogiList, validityRules } from "./catalogi/validity.js";
import { text } from "./shared.js";

/** Read-only fields of the types that a free-form PATCH body must not overwrite. */
const READ_ONLY: Readonly<Record<string, readonly string[]>> = {
  "/zaaktypen": ["concept", "statustypen", "resultaattypen", "roltypen", "eigenschappen", "zaakobjecttypen", "informatieobjecttypen"],
  "/informatieobjecttypen": ["concept", "zaaktypen", "besluittypen"],
  "/besluittypen": ["concept", "zaaktypen", "resultaattypen"],
};

function conceptRules(ctx: BehaviourContext, action: "create" | "update" | "delete"): Param[] {
  if (TYPES.has(ctx.collection)) return typeWriteRules(ctx, action);
  return SUBS.has(ctx.collection) ? subWriteRules(ctx, action) : [];
}

function beforeWrite(ctx: BehaviourContext, action: "create" | "update"): void {
  const { record, previous } = ctx;
  if (TYPES.has(ctx.collection)) {
    if (action === "create") record.concept = true;
    else for (const field of READ_ONLY[ctx.collection] ?? []) if (previous && field in previous) record[field] = previous[field];
  }
  deriveSubFields(ctx);
  const fieldErrors = selectielijstFieldRules(ctx);
  if (fieldErrors.length > 0) ctx.fail(...fieldErrors);
  resultaattypeDefaults(ctx);
  fieldDefaults(ctx);
  const errors = [
    ...conceptRules(ctx, action),
    ...relationConceptRules(ctx, action),
    ...relationRules(ctx),
    ...fieldRules(ctx),
    ...validityRules(ctx),
    ...resultaattypeRules(ctx),
  ];
  if (errors.length > 0) ctx.fail(...errors);
}

/** The Catalogi behaviour. */
export const catalogiBehaviour = defineBehaviour({
  api: "catalogi",
  notifications: {
    kanaal: (collection) => (TYPES.has(collection) ? collection.slice(1) : undefined),
    resources: { "/zaaktypen": "zaaktype", "/informatieobjecttypen": "informatieobjecttype", "/besluittypen": "besluittype" },
    hoofdObject: (record) => record,
    kenmerken: (type) => ({ catalogus: text(type.catalogus) }),
  },
  beforeCreate: (ctx) => beforeWrite(ctx, "create"),
  beforeUpdate: (ctx) => beforeWrite(ctx, "update"),
  beforeDelete(ctx) {
    const errors = [...conceptRules(ctx, "delete"), ...relationConceptRules(ctx, "delete")];
    if (errors.length > 0) ctx.fail(...errors);
    // The database protection only bites once the delete is otherwise allowed.
    const protectedBy = protectionRules(ctx);
    if (protectedBy.length > 0) ctx.fail(...protectedBy);
  },
  afterCreate: syncMirrors,
  afterUpdate: syncMirrors,
  afterDelete(ctx) {
    cascadeZaaktype(ctx);
    syncMirrors(ctx);
  },
  filterList: filterCatalogiList,
  routes: {
    "post /zaaktypen/{uuid}/publish": publishRoute("/zaaktypen"),
    "post /informatieobjecttypen/{uuid}/publish": publishRoute("/informatieobjecttypen"),
    "post /besluittypen/{uuid}/publish": publishRoute("/besluittypen"),
  },
});
