/**
 * Resultaattype archiving parameters (zgw-rules 3.6): the selectielijstklasse against the zaaktype's
 * procestype (ztc-002), defaults from the selectielijst, `brondatumArchiefprocedure` per
 * afleidingswijze (ztc-003…008), and uniqueness of the omschrijving within the zaaktype.
 */
import type { BehaviourContext } from "../../engine/behaviour.js";
import type { MockRecord } from "../../engine/store.js";
import { text } from "../shared.js";
import { type Param, type WriteContext, all, nonField, resolveAs } from "./common.js";

/** R = required, F = forbidden (must be empty), per afleidingswijze ([OZ] table, ztc-004…008). */
const TABLE: Readonly<Record<string, Readonly<Record<string, "R" | "F">>>> = {
  afgehandeld: { procestermijn: "F", datumkenmerk: "F", einddatumBekend: "F", objecttype: "F", registratie: "F" },
  ander_datumkenmerk: { procestermijn: "F", datumkenmerk: "R", objecttype: "R", registratie: "R" },
  eigenschap: { procestermijn: "F", datumkenmerk: "R", objecttype: "F", registratie: "F" },
  gerelateerde_zaak: { procestermijn: "F", datumkenmerk: "F", objecttype: "F", registratie: "F" },
  hoofdzaak: { procestermijn: "F", datumkenmerk: "F", objecttype: "F", registratie: "F" },
  ingangsdatum_besluit: { procestermijn: "F", datumkenmerk: "F", objecttype: "F", registratie: "F" },
  termijn: { procestermijn: "R", datumkenmerk: "F", einddatumBekend: "F", objecttype: "F", registratie: "F" },
  vervaldatum_besluit: { procestermijn: "F", datumkenmerk: "F", objecttype: "F", registratie: "F" },
  zaakobject: { procestermijn: "F", datumkenmerk: "R", objecttype: "R", registratie: "F" },
};

const SUBFIELDS = ["procestermijn", "datumkenmerk", "einddatumBekend", "objecttype", "registratie"] as const;

/** The nested structure a response always has (zrc-012). */
const EMPTY_BRON: MockRecord = { afleidingswijze: "", datumkenmerk: "", einddatumBekend: false, objecttype: "", registratie: "", procestermijn: null };

const empty = (value: unknown): boolean => value === undefined || value === null || value === "" || value === false;

/** The selectielijst resultaat the mock holds for a URL (its built-in Referentielijsten API). */
function selectielijstResultaat(ctx: Pick<BehaviourContext, "resolve">, url: unknown): MockRecord | undefined {
  const found = ctx.resolve(url);
  return found?.api.id === "referentielijsten" && found.template === "/resultaten/{uuid}" ? found.record : undefined;
}

/**
 * Field-level reference kinds (ztc-001, ztc-002): a local URL of the wrong kind → `invalid-resource`.
 * Remote URLs are not fetched (the mock is offline) and pass.
 */
export function selectielijstFieldRules(ctx: WriteContext): Param[] {
  const expect: readonly [string, string][] =
    ctx.collection === "/zaaktypen"
      ? [["selectielijstProcestype", "/procestypen/{uuid}"]]
      : ctx.collection === "/resultaattypen"
        ? [
            ["selectielijstklasse", "/resultaten/{uuid}"],
            ["resultaattypeomschrijving", "/resultaattypeomschrijvingen/{uuid}"],
          ]
        : [];
  return expect.flatMap(([field, template]) => {
    const found = ctx.resolve(ctx.record[field]);
    return found && (found.api.id !== "referentielijsten" || found.template !== template) ? [{ name: field, code: "invalid-resource", reason: "De URL verwijst naar een ander soort resource." }] : [];
  });
}

/** Defaults and derived fields, before the rules run (create/update). */
export function resultaattypeDefaults(ctx: WriteContext): void {
  if (ctx.collection !== "/resultaattypen") return;
  const r = ctx.record;
  const klasse = selectielijstResultaat(ctx, r.selectielijstklasse);
  if (klasse && empty(r.archiefnominatie)) r.archiefnominatie = klasse.waardering;
  if (klasse && empty(r.archiefactietermijn) && text(klasse.bewaartermijn)) r.archiefactietermijn = klasse.bewaartermijn;
  const omschrijving = ctx.resolve(r.resultaattypeomschrijving);
  if (omschrijving?.api.id === "referentielijsten") r.omschrijvingGeneriek = omschrijving.record.omschrijving;
  const bron = typeof r.brondatumArchiefprocedure === "object" && r.brondatumArchiefprocedure !== null ? (r.brondatumArchiefprocedure as MockRecord) : undefined;
  if (bron) r.brondatumArchiefprocedure = { ...EMPTY_BRON, ...bron };
  if (r.archiefnominatie === "blijvend_bewaren" && empty(bron?.afleidingswijze)) r.brondatumArchiefprocedure = { ...EMPTY_BRON, ...bron, afleidingswijze: "afgehandeld" };
}

/** Object-level rules of a resultaattype create/update. */
export function resultaattypeRules(ctx: WriteContext): Param[] {
  if (ctx.collection !== "/resultaattypen") return [];
  const r = ctx.record;
  const errors: Param[] = [];
  if (all(ctx, "/resultaattypen").some((o) => o.url !== r.url && o.zaaktype === r.zaaktype && o.omschrijving === r.omschrijving)) {
    errors.push(nonField("unique", "De velden zaaktype, omschrijving moeten een unieke set zijn."));
  }
  const bron = r.brondatumArchiefprocedure as MockRecord | null | undefined;
  if ((bron === null || bron === undefined) && ctx.method !== "patch" && r.archiefnominatie !== "blijvend_bewaren") {
    return [...errors, { name: "brondatumArchiefprocedure", code: "required", reason: "Dit veld is vereist." }];
  }
  const klasse = selectielijstResultaat(ctx, r.selectielijstklasse);
  const zaaktype = resolveAs(ctx, r.zaaktype, "/zaaktypen/{uuid}");
  if (klasse && zaaktype && klasse.procesType !== zaaktype.selectielijstProcestype) {
    errors.push(nonField("procestype-mismatch", "De selectielijstklasse hoort niet bij het selectielijst procestype van het zaaktype."));
  }
  const afleidingswijze = text(bron?.afleidingswijze);
  if (klasse && afleidingswijze) {
    const termijn = text(klasse.procestermijn);
    const ok = termijn === "" || (termijn === "nihil" ? afleidingswijze === "afgehandeld" : termijn === "ingeschatte_bestaansduur_procesobject" ? afleidingswijze === "termijn" : afleidingswijze !== "afgehandeld");
    if (!ok) errors.push(nonField("invalid-afleidingswijze-for-procestermijn", `De afleidingswijze ${afleidingswijze} past niet bij de procestermijn ${termijn} van de selectielijstklasse.`));
  }
  const rules = TABLE[afleidingswijze];
  if (bron && rules) {
    for (const field of SUBFIELDS) {
      const rule = rules[field];
      const name = `brondatumArchiefprocedure.${field}`;
      if (rule === "R" && empty(bron[field])) errors.push({ name, code: "required", reason: `Dit veld is vereist bij afleidingswijze ${afleidingswijze}.` });
      if (rule === "F" && !empty(bron[field])) errors.push({ name, code: "must-be-empty", reason: `Dit veld moet leeg zijn bij afleidingswijze ${afleidingswijze}.` });
    }
  }
  return errors;
}
