/** Deleting a zaak (zgw-rules 4.12, zrc-023) and `ordering` on the zaken list (1.6). */
import type { BehaviourContext } from "../../engine/behaviour.js";
import { validationProblem } from "../../engine/problems.js";
import type { MockRecord } from "../../engine/store.js";
import { removeFrom, zakenOf } from "./common.js";

/** Collections whose records hang off a zaak through their `zaak` field and go with it. */
const PARTS = ["/statussen", "/resultaten", "/rollen", "/zaakobjecten", "/zaakinformatieobjecten", "/klantcontacten", "/zaakcontactmomenten", "/zaakverzoeken"];

/** beforeDelete for `/zaken/{uuid}`: besluiten still pointing at the zaak block it ([OZ] `related-besluiten`). */
export function beforeDeleteZaak(ctx: BehaviourContext): void {
  const url = ctx.record.url;
  const besluiten = [...ctx.store.collection("besluiten", "/besluiten").values()].filter((b) => b.zaak === url);
  if (besluiten.length > 0) {
    ctx.fail({ name: "nonFieldErrors", code: "related-besluiten", reason: "Alle gerelateerde besluiten moeten eerst verwijderd worden." });
  }
}

/** Removes the zaak's sub-resources, its deelzaken (recursively) and the mirrored OIOs in Documenten. */
function cascade(ctx: BehaviourContext, zaak: MockRecord): void {
  const url = zaak.url;
  for (const collection of PARTS) {
    const records = ctx.store.collection("zaken", collection);
    for (const [id, record] of records) if (record.zaak === url) records.delete(id);
  }
  const uuid = typeof zaak.uuid === "string" ? zaak.uuid : String(url ?? "").split("/").pop();
  if (uuid) {
    ctx.store.collection("zaken", `/zaken/${uuid}/zaakeigenschappen`).clear();
    ctx.store.collection("zaken", `/zaken/${uuid}/besluiten`).clear();
  }
  const oios = ctx.store.collection("documenten", "/objectinformatieobjecten");
  for (const [id, oio] of oios) if (oio.object === url) oios.delete(id);
  const zaken = zakenOf(ctx);
  for (const [id, deelzaak] of zaken) {
    if (deelzaak.hoofdzaak === url) {
      zaken.delete(id);
      cascade(ctx, deelzaak);
    }
  }
}

/** afterDelete for `/zaken/{uuid}`. */
export function afterDeleteZaak(ctx: BehaviourContext): void {
  removeFrom(ctx.resolve(ctx.record.hoofdzaak)?.record, "deelzaken", ctx.record.url);
  cascade(ctx, ctx.record);
}

/** The fields Open Zaak orders zaken on. */
export const ORDERING_FIELDS = ["startdatum", "einddatum", "publicatiedatum", "archiefactiedatum", "registratiedatum", "identificatie"];

/** Sorts zaken by `ordering` (`-` for descending, comma-separated); an unknown field is `400 invalid_choice @ordering` (django-filter). */
export function orderZaken(records: MockRecord[], ordering: string | null): MockRecord[] {
  if (!ordering) return records;
  const keys = ordering.split(",").map((k) => k.trim());
  const bad = keys.filter((k) => !ORDERING_FIELDS.includes(k.replace(/^-/, "")));
  if (bad.length > 0) {
    throw validationProblem([{ name: "ordering", code: "invalid_choice", reason: `Selecteer een geldige keuze. ${bad.join(", ")} is geen beschikbare keuze.` }]);
  }
  const value = (r: MockRecord, field: string): string => (typeof r[field] === "string" ? (r[field] as string) : "");
  return [...records].sort((a, b) => {
    for (const key of keys) {
      const desc = key.startsWith("-");
      const field = key.replace(/^-/, "");
      const [x, y] = [value(a, field), value(b, field)];
      if (x === y) continue;
      // PostgreSQL puts NULLs last ascending and first descending.
      if (x === "") return desc ? -1 : 1;
      if (y === "") return desc ? 1 : -1;
      return (x < y ? -1 : 1) * (desc ? -1 : 1);
    }
    return 0;
  });
}
