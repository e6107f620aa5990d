/**
 * Which changes break a client written against the older spec. The rules take the client's side:
 * a request is what it sends, a response what it reads.
 *
 * | change                                  | request / parameter | response |
 * | --------------------------------------- | ------------------- | -------- |
 * | operation removed                       | breaking            |          |
 * | operation added                         | not breaking        |          |
 * | field or parameter removed              | breaking            | breaking |
 * | field or parameter added, optional      | not breaking        | not breaking |
 * | field or parameter added, required      | breaking            | not breaking |
 * | optional → required                     | breaking            | not breaking |
 * | required → optional                     | not breaking        | breaking (may be absent now) |
 * | type changed (incl. format)             | breaking            | breaking |
 * | … widened (integer → number, → any,     | not breaking        | breaking |
 * |   format dropped: string(uri) → string) |                     |          |
 * | … narrowed (number → integer, any → x,  | breaking            | not breaking |
 * |   format added: string → string(uri))   |                     |          |
 * | nullable added                          | not breaking        | breaking |
 * | nullable removed                        | breaking            | not breaking |
 * | enum value removed                      | breaking            | not breaking |
 * | enum value added                        | not breaking        | breaking (an exhaustive switch meets it) |
 * | enum introduced / dropped               | breaking / not      | not / breaking |
 * | parameter moved (`in` changed)          | breaking            |          |
 * | request body becomes required           | breaking            |          |
 * | success status changed (201 → 200)      |                     | breaking |
 */
import type { Direction } from "./fields.js";

/** A field or parameter disappeared: a client may still send or read it. */
export function removedBreaks(): boolean {
  return true;
}

/** A field or parameter appeared: breaking only when a client must now send it. */
export function addedBreaks(direction: Direction, required: boolean): boolean {
  return direction === "request" && required;
}

/** The field became required (`to`) or optional (`!to`). */
export function requiredBreaks(direction: Direction, to: boolean): boolean {
  return direction === "request" ? to : !to;
}

/** The type (or format) changed from `from` to `to`. */
export function typeBreaks(direction: Direction, from: string, to: string): boolean {
  const [fromBase, fromFormat] = from.split("(");
  const [toBase, toFormat] = to.split("(");
  const sameBase = fromBase === toBase;
  const widened = to === "any" || (from === "integer" && to === "number") || (sameBase && fromFormat !== undefined && toFormat === undefined);
  const narrowed = from === "any" || (from === "number" && to === "integer") || (sameBase && fromFormat === undefined && toFormat !== undefined);
  return direction === "request" ? !widened : !narrowed;
}

/** The field became nullable (`to`) or not (`!to`). */
export function nullableBreaks(direction: Direction, to: boolean): boolean {
  return direction === "request" ? !to : to;
}

/** Enum values were removed. */
export function enumRemovedBreaks(direction: Direction): boolean {
  return direction === "request";
}

/** Enum values were added. */
export function enumAddedBreaks(direction: Direction): boolean {
  return direction === "response";
}

/** An enum was introduced where any value was allowed (`to`), or dropped (`!to`). */
export function enumPresenceBreaks(direction: Direction, to: boolean): boolean {
  return direction === "request" ? to : !to;
}
