/** Shared helpers of the Catalogi rules (zgw-rules 3). */
import { hasAllAuthorisations } from "../../engine/auth.js";
import type { BehaviourContext } from "../../engine/behaviour.js";
import type { InvalidParam } from "../../engine/problems.js";
import type { MockRecord } from "../../engine/store.js";
import { text } from "../shared.js";

/** An invalidParam as the rules produce it. */
export type Param = Omit<InvalidParam, "reason"> & { reason?: string };

/** The context of a write (create, update, delete). */
export type WriteContext = BehaviourContext;

/** The types with their own concept flag. */
export const TYPES = new Set(["/zaaktypen", "/informatieobjecttypen", "/besluittypen"]);

/** The sub-objects of a zaaktype (they borrow its concept state). */
export const SUBS = new Set(["/statustypen", "/roltypen", "/resultaattypen", "/eigenschappen", "/zaakobjecttypen", "/zaaktype-informatieobjecttypen"]);

/** The version key per type collection (ztc-016). */
export const VERSION_KEY: Readonly<Record<string, string>> = { "/zaaktypen": "identificatie", "/informatieobjecttypen": "omschrijving", "/besluittypen": "omschrijving" };

/** A `@nonFieldErrors` param. */
export function nonField(code: string, reason: string): Param {
  return { name: "nonFieldErrors", code, reason };
}

/** The records of a Catalogi collection. */
export function all(ctx: Pick<BehaviourContext, "store">, collection: string): MockRecord[] {
  return [...ctx.store.collection("catalogi", collection).values()];
}

/** Published = the concept flag is explicitly false. */
export function published(record: MockRecord | undefined): boolean {
  return record?.concept === false;
}

/**
 * Whether the caller may correct published types (ztc-009/010): the forced scope
 * `catalogi.geforceerd-schrijven` / `catalogi.geforceerd-verwijderen`, or `heeftAlleAutorisaties` [OZ].
 */
export function forced(ctx: Pick<BehaviourContext, "caller">, kind: "schrijven" | "verwijderen"): boolean {
  if (hasAllAuthorisations(ctx.caller)) return true;
  const list = ctx.caller.applicatie?.autorisaties;
  const scope = `catalogi.geforceerd-${kind}`;
  return Array.isArray(list) && (list as MockRecord[]).some((a) => a.component === "ztc" && Array.isArray(a.scopes) && a.scopes.includes(scope));
}

/** The record a URL field points at, when it is an item of `template` (e.g. `/besluittypen/{uuid}`). */
export function resolveAs(ctx: Pick<BehaviourContext, "resolve">, value: unknown, template: string): MockRecord | undefined {
  const found = ctx.resolve(value);
  return found && found.template === template ? found.record : undefined;
}

/**
 * The types a relation list names: URLs (Open Zaak 1.3.1) resolve to their record; names (Catalogi
 * 1.3.2+: `omschrijving`/`identificatie`) to every version with that key in the catalogus.
 */
export function relatedTypes(ctx: WriteContext, values: unknown, collection: string, catalogus: unknown): MockRecord[] {
  if (!Array.isArray(values)) return [];
  const key = VERSION_KEY[collection] ?? "omschrijving";
  return values.flatMap((value) => {
    const byUrl = resolveAs(ctx, value, `${collection}/{uuid}`);
    if (byUrl) return [byUrl];
    if (typeof value !== "string" || value.startsWith("/") || /^https?:/i.test(value)) return [];
    return all(ctx, collection).filter((r) => r[key] === value && r.catalogus === catalogus);
  });
}

/** The keys a PATCH/PUT body named (read-only keys included; what the client sent). */
export function sentKeys(ctx: WriteContext): string[] {
  return typeof ctx.body === "object" && ctx.body !== null && !Array.isArray(ctx.body) ? Object.keys(ctx.body) : [];
}

/** `YYYY-MM-DD` of a date(-time) string, "" for anything else. */
export function day(value: unknown): string {
  return text(value).slice(0, 10);
}
