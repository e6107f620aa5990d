/** Archiving derivation when the eindstatus is set (zgw-rules 4.3, zrc-021/zrc-026). */
import type { BehaviourContext } from "../../engine/behaviour.js";
import type { MockRecord } from "../../engine/store.js";
import { follow, text } from "../shared.js";
import { addDuration, partsOf, zakenOf } from "./common.js";

/** What the derivation gives, or an error (`archiefactiedatum-error`). */
export type Derived =
  | { readonly ok: true; readonly archiefnominatie: string | null; readonly archiefactiedatum: string | null; readonly startdatumBewaartermijn: string | null }
  | { readonly ok: false; readonly reason: string };

const largest = (values: readonly string[]): string | undefined => values.filter((v) => /^\d{4}-\d{2}-\d{2}/.test(v)).sort().at(-1)?.slice(0, 10);

/** Reads a `/`-separated path (`a/b/c`) in a JSON value. */
function at(value: unknown, path: string): unknown {
  return path.split("/").reduce<unknown>((v, key) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[key] : undefined), value);
}

/**
 * The brondatum by `brondatumArchiefprocedure.afleidingswijze`: a date, `null` for "none (postponed)",
 * or an error text.
 */
function brondatum(ctx: BehaviourContext, zaak: MockRecord, einddatum: string, procedure: MockRecord): string | null | { error: string } {
  const datumkenmerk = text(procedure.datumkenmerk);
  switch (text(procedure.afleidingswijze)) {
    case "afgehandeld":
      return einddatum;
    case "termijn": {
      const termijn = text(procedure.procestermijn);
      return termijn ? (addDuration(einddatum, termijn) ?? { error: "procestermijn is geen geldige duur" }) : { error: "procestermijn ontbreekt" };
    }
    case "hoofdzaak": {
      const hoofdzaak = follow(ctx, zaak, "hoofdzaak");
      if (!hoofdzaak) return { error: "de zaak heeft geen hoofdzaak" };
      return text(hoofdzaak.einddatum) || null;
    }
    case "eigenschap": {
      const uuid = text(zaak.uuid);
      const eigenschap = [...ctx.store.collection("zaken", `/zaken/${uuid}/zaakeigenschappen`).values()].find((e) => e.naam === datumkenmerk);
      if (!eigenschap) return null;
      const waarde = text(eigenschap.waarde);
      return /^\d{4}-\d{2}-\d{2}/.test(waarde) ? waarde.slice(0, 10) : /^\d{8}$/.test(waarde) ? `${waarde.slice(0, 4)}-${waarde.slice(4, 6)}-${waarde.slice(6)}` : { error: "de eigenschap is geen datum" };
    }
    case "ander_datumkenmerk":
      return null;
    case "zaakobject": {
      const objecttype = text(procedure.objecttype);
      const values = partsOf(ctx, "/zaakobjecten", zaak.url)
        .filter((o) => o.objectType === objecttype)
        .map((o) => String(at(o.objectIdentificatie, datumkenmerk) ?? ""));
      return largest(values) ?? { error: "geen zaakobject met een datum gevonden" };
    }
    case "gerelateerde_zaak": {
      const related = (Array.isArray(zaak.relevanteAndereZaken) ? (zaak.relevanteAndereZaken as MockRecord[]) : []).map((r) => ctx.resolve(r.url)?.record);
      return largest(related.map((z) => text(z?.einddatum))) ?? { error: "geen gerelateerde zaak met een einddatum" };
    }
    case "ingangsdatum_besluit":
    case "vervaldatum_besluit": {
      const field = procedure.afleidingswijze === "ingangsdatum_besluit" ? "ingangsdatum" : "vervaldatum";
      const besluiten = [...ctx.store.collection("besluiten", "/besluiten").values()].filter((b) => b.zaak === zaak.url);
      const found = largest(besluiten.map((b) => text(b[field])));
      if (found) return found;
      return field === "ingangsdatum" ? { error: "de zaak heeft geen besluiten" } : null;
    }
    default:
      return null;
  }
}

/** Derives the archiving fields for a zaak closed on `einddatum` with this resultaat (steps 1–5 of 4.3). */
export function deriveArchiving(ctx: BehaviourContext, zaak: MockRecord, einddatum: string, resultaat: MockRecord | undefined): Derived {
  const resultaattype = resultaat ? follow(ctx, resultaat, "resultaattype") : undefined;
  if (!resultaattype) return { ok: true, archiefnominatie: text(zaak.archiefnominatie) || null, archiefactiedatum: null, startdatumBewaartermijn: null };
  const archiefnominatie = text(resultaattype.archiefnominatie) || null;
  const termijn = text(resultaattype.archiefactietermijn);
  const procedure = (resultaattype.brondatumArchiefprocedure ?? {}) as MockRecord;
  const lenient = ["vervaldatum_besluit", "eigenschap", "ander_datumkenmerk", "hoofdzaak"].includes(text(procedure.afleidingswijze)) || archiefnominatie === "blijvend_bewaren";
  const given = text(zaak.startdatumBewaartermijn);
  const bron = given || brondatum(ctx, zaak, einddatum, procedure);
  if (typeof bron === "object" && bron !== null) return { ok: false, reason: bron.error };
  if (!termijn) return { ok: true, archiefnominatie, archiefactiedatum: null, startdatumBewaartermijn: bron };
  if (bron === null) {
    return lenient ? { ok: true, archiefnominatie, archiefactiedatum: null, startdatumBewaartermijn: null } : { ok: false, reason: "de brondatum is niet te bepalen" };
  }
  return { ok: true, archiefnominatie, archiefactiedatum: addDuration(bron, termijn) ?? null, startdatumBewaartermijn: bron };
}

/** Writes derived values on the zaak and on deelzaken whose resultaattype derives from the hoofdzaak. */
export function applyArchiving(ctx: BehaviourContext, zaak: MockRecord, derived: Derived & { ok: true }): void {
  zaak.archiefnominatie = derived.archiefnominatie;
  zaak.archiefactiedatum = derived.archiefactiedatum;
  zaak.startdatumBewaartermijn = derived.startdatumBewaartermijn;
  for (const deelzaak of zakenOf(ctx).values()) {
    if (deelzaak.hoofdzaak !== zaak.url || !text(deelzaak.einddatum)) continue;
    const resultaat = follow(ctx, deelzaak, "resultaat");
    const type = resultaat ? follow(ctx, resultaat, "resultaattype") : undefined;
    if (text((type?.brondatumArchiefprocedure as MockRecord | undefined)?.afleidingswijze) !== "hoofdzaak") continue;
    const again = deriveArchiving(ctx, deelzaak, text(deelzaak.einddatum), resultaat);
    if (again.ok) Object.assign(deelzaak, { archiefnominatie: again.archiefnominatie, archiefactiedatum: again.archiefactiedatum, startdatumBewaartermijn: again.startdatumBewaartermijn });
  }
}
