/** Helpers shared by the Zaken rule modules (zgw-rules 4). */
import { servedApi } from "../../engine/api-roots.js";
import { allowsObject } from "../../engine/auth.js";
import type { BehaviourContext } from "../../engine/behaviour.js";
import { type InvalidParam, MockProblem } from "../../engine/problems.js";
import type { MockRecord } from "../../engine/store.js";
import { follow, text } from "../shared.js";

/** An invalidParam without the free-text reason (filled from the code). */
export type Issue = Omit<InvalidParam, "reason"> & { reason?: string };

/** The stored zaken. */
export function zakenOf(ctx: BehaviourContext): Map<string, MockRecord> {
  return ctx.store.collection("zaken", "/zaken");
}

/** The records of a Zaken collection that point at `zaakUrl` with their `zaak` field. */
export function partsOf(ctx: BehaviourContext, collection: string, zaakUrl: unknown): MockRecord[] {
  return [...ctx.store.collection("zaken", collection).values()].filter((r) => r.zaak === zaakUrl);
}

/** The zaak a record belongs to: itself, its `zaak` field, or the zaak in the path. */
export function zaakOf(record: MockRecord, ctx: BehaviourContext): MockRecord | undefined {
  if ("zaaktype" in record && "bronorganisatie" in record) return record;
  const byField = follow(ctx, record, "zaak");
  if (byField) return byField;
  const uuid = ctx.params.zaak_uuid;
  return uuid ? zakenOf(ctx).get(uuid) : undefined;
}

/** Whether the zaak is closed (`einddatum` set). */
export function isClosed(zaak: MockRecord | undefined): boolean {
  return text(zaak?.einddatum) !== "";
}

const ZAKEN_API = servedApi("zaken") as NonNullable<ReturnType<typeof servedApi>>;

/**
 * Whether the caller holds the Zaken scope `scope` for the zaak's zaaktype and
 * vertrouwelijkheidaanduiding (heeftAlleAutorisaties: always), whichever API is being written.
 */
export function mayOnZaak(ctx: BehaviourContext, scope: string, zaak: MockRecord): boolean {
  return allowsObject(ZAKEN_API, ctx.caller, [scope], zaak);
}

/**
 * 403 for a write on a closed zaak without `zaken.geforceerd-bijwerken` for it (zgw-rules 4.4; Open
 * Zaak's ZaakClosed). The scope is the Zaken API's, also when the write is another API's (a besluit).
 */
export function guardClosed(ctx: BehaviourContext, zaak: MockRecord | undefined): void {
  if (!zaak || !isClosed(zaak) || mayOnZaak(ctx, "zaken.geforceerd-bijwerken", zaak)) return;
  throw new MockProblem(403, { detail: "You are not allowed to modify closed zaak data.", exception: "ZaakClosed" });
}

/** `wijzigen-niet-toegelaten` for each of `fields` whose value an update changes (zgw-rules 1.8). */
export function immutable(ctx: BehaviourContext, fields: readonly string[]): Issue[] {
  const { previous, record } = ctx;
  if (!previous) return [];
  return fields
    .filter((f) => f in record && JSON.stringify(record[f] ?? null) !== JSON.stringify(previous[f] ?? null))
    .map((name) => ({ name, code: "wijzigen-niet-toegelaten", reason: "Dit veld mag niet gewijzigd worden." }));
}

/** Throws one 400 with every issue, if any (object-level validators combine their errors, zgw-rules 1.8). */
export function failAll(ctx: BehaviourContext, issues: readonly Issue[]): void {
  if (issues.length > 0) ctx.fail(...issues);
}

/** `zaaktype-mismatch @nonFieldErrors` when the type (statustype, roltype, …) is not of the zaak's zaaktype. */
export function typeOfZaaktype(ctx: BehaviourContext, zaak: MockRecord | undefined, typeUrl: unknown): Issue[] {
  if (!zaak) return [];
  const type = ctx.resolve(typeUrl)?.record;
  if (!type || type.zaaktype === zaak.zaaktype) return [];
  return [{ name: "nonFieldErrors", code: "zaaktype-mismatch", reason: "Het type hoort niet bij het zaaktype van de zaak." }];
}

/** `zaak-archiefstatus-invalid` for sub-resource writes on a zaak that is (being) archived (zgw-rules 4.2). */
export function archiefstatusOpen(zaak: MockRecord | undefined): Issue[] {
  const status = text(zaak?.archiefstatus);
  if (!zaak || status === "" || status === "nog_te_archiveren") return [];
  return [{ name: "nonFieldErrors", code: "zaak-archiefstatus-invalid", reason: "De archiefstatus van de zaak is niet 'nog_te_archiveren'." }];
}

/** Adds a URL to a read-only reverse list on a record (rollen, zaakobjecten, deelzaken…). */
export function addTo(record: MockRecord | undefined, field: string, url: unknown): void {
  if (!record || typeof url !== "string") return;
  const list = Array.isArray(record[field]) ? (record[field] as unknown[]) : [];
  if (!list.includes(url)) record[field] = [...list, url];
}

/** Removes a URL from a read-only reverse list on a record. */
export function removeFrom(record: MockRecord | undefined, field: string, url: unknown): void {
  if (!record || !Array.isArray(record[field])) return;
  record[field] = (record[field] as unknown[]).filter((u) => u !== url);
}

/** `date + ISO-8601 duration` (years, months, weeks, days; the time part is ignored) as `YYYY-MM-DD`. */
export function addDuration(date: string, duration: string): string | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T.*)?$/.exec(duration);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
  if (!m || !day) return undefined;
  const d = new Date(`${day}T00:00:00Z`);
  const [years, months, weeks, days] = [m[1], m[2], m[3], m[4]].map((v) => Number(v ?? 0)) as [number, number, number, number];
  const targetMonth = d.getUTCMonth() + months + years * 12;
  const dayOfMonth = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(targetMonth);
  // Clamp to the month's last day (31 Jan + P1M = 28/29 Feb), as dateutil.relativedelta does.
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(dayOfMonth, last));
  d.setUTCDate(d.getUTCDate() + weeks * 7 + days);
  return d.toISOString().slice(0, 10);
}

/** Whether an ISO date(-time) lies after the mock's clock (no leeway, Open Zaak's TIME_LEEWAY default 0). */
export function inFuture(ctx: BehaviourContext, value: unknown): boolean {
  if (typeof value !== "string" || value === "") return false;
  const withTime = /T|\s\d/.test(value) ? value : `${value}T00:00:00Z`;
  const time = Date.parse(withTime);
  return !Number.isNaN(time) && time > ctx.now().getTime();
}
