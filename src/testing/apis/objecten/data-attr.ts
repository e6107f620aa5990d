/** The Objects API `data_attr` / `data_attrs` filters: `path__op__value`, split at the last two `__`. */
import type { MockRecord } from "../../engine/store.js";

const OPERATORS = new Set(["exact", "gt", "gte", "lt", "lte", "icontains", "in"]);
const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A parsed expression, or the Objects API's error text for it. */
export type DataAttr = { readonly path: string[]; readonly op: string; readonly value: string } | { readonly error: string };

/** Parses one expression the way the Objects API does (`validate_data_attrs`). */
export function parseDataAttr(expression: string): DataAttr {
  const parts = expression.split("__");
  if (parts.length < 3) return { error: `not enough values to unpack (expected 3, got ${parts.length})` };
  const value = parts.pop() ?? "";
  const op = parts.pop() ?? "";
  if (!OPERATORS.has(op)) return { error: `Comparison operator \`${op}\` is unknown` };
  if (["gt", "gte", "lt", "lte"].includes(op) && !NUMBER.test(value) && !DATE.test(value)) return { error: `Operator \`${op}\` supports only dates and/or numeric values` };
  return { path: parts, op, value };
}

/** Whether the object's current `record.data` satisfies the expression. */
export function matchesDataAttr(object: MockRecord, attr: { readonly path: string[]; readonly op: string; readonly value: string }): boolean {
  const data = ((object.record ?? {}) as MockRecord).data;
  const actual = attr.path.reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as MockRecord)[key] : undefined), data);
  if (actual === undefined || actual === null) return false;
  const text = String(actual);
  const numeric = NUMBER.test(attr.value) && typeof actual === "number";
  switch (attr.op) {
    case "exact":
      return numeric ? actual === Number(attr.value) : text === attr.value;
    case "icontains":
      return text.toLowerCase().includes(attr.value.toLowerCase());
    case "in":
      return attr.value.split("|").some((v) => (typeof actual === "number" ? actual === Number(v) : text === v));
    default: {
      const a: number | string = numeric ? (actual as number) : text;
      const b: number | string = numeric ? Number(attr.value) : attr.value;
      return attr.op === "gt" ? a > b : attr.op === "gte" ? a >= b : attr.op === "lt" ? a < b : a <= b;
    }
  }
}
