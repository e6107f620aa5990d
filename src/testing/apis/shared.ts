/** Helpers shared by the ZGW behaviour modules. */
import type { BehaviourContext } from "../engine/behaviour.js";
import type { MockRecord } from "../engine/store.js";

/** The record a field of `record` points at (canonical URL), if the mock holds it. */
export function follow(ctx: BehaviourContext, record: MockRecord, field: string): MockRecord | undefined {
  return ctx.resolve(record[field])?.record;
}

/** `String(value)` for strings, "" otherwise. */
export function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}
