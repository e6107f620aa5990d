/** Helpers shared by the ZGW behaviour modules. */
import type { BehaviourContext } from "../engine/behaviour.js";
import type { MockRecord } from "../engine/store.js";

/** The record a field of `record` points at (canonical URL), if the mock holds it. */
export function follow(ctx: BehaviourContext, record: MockRecord, field: string): MockRecord | undefined {
  return ctx.resolve(record[field])?.record;
}

/**
 * The next generated identificatie `<PREFIX>-<year>-<10 digits>` (Open Zaak's pattern), unique among
 * `records`; the year is that of `date` (`YYYY-…`), else of today.
 */
export function nextIdentificatie(ctx: BehaviourContext, records: Iterable<MockRecord>, kind: string, date: string): string {
  const prefix = `${kind}-${date.slice(0, 4) || ctx.today().slice(0, 4)}-`;
  let max = 0;
  for (const record of records) {
    const id = text(record.identificatie);
    if (id.startsWith(prefix)) max = Math.max(max, Number(id.slice(prefix.length)) || 0);
  }
  return `${prefix}${String(max + 1).padStart(10, "0")}`;
}

/** `String(value)` for strings, "" otherwise. */
export function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}
