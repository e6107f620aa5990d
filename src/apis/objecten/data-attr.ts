import { ConfigError, type ConfigIssue } from "../../errors/config-error.js";
import { amsterdamDay } from "../shared/calendar-day.js";

/** The comparison operators of the Objects API `data_attr` filter. */
export type DataAttrOperator = "exact" | "gt" | "gte" | "lt" | "lte" | "icontains" | "in";

/** One filter on `record.data`: `path` (nested keys) `op` `value`. */
export interface DataFilter {
  /** The attribute, e.g. `"kiemjaar"`, or nested keys, e.g. `["dimensions", "height"]`. */
  readonly path: string | readonly string[];
  /** The comparison; `gt`/`gte`/`lt`/`lte` take numbers or dates only, `in` a list. */
  readonly op: DataAttrOperator;
  /**
   * The value; a list for `in`. A Date is sent as its Europe/Amsterdam calendar day (`YYYY-MM-DD`).
   * A value containing `__` or starting with `_` is refused (`ConfigError`): the Objects API splits
   * the expression at `__` and has no escape for it. Quotes and commas are safe (see `objectsOfType`).
   */
  readonly value: string | number | Date | readonly (string | number)[];
}

const OPERATORS: ReadonlySet<string> = new Set(["exact", "gt", "gte", "lt", "lte", "icontains", "in"]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Builds the `key__operator__value` expressions of the Objects API's `data_attr` filter, refusing
 * what the server would split wrongly. The server splits an expression at its last two `__`
 * (`rsplit("__", 2)`), splits the key at every `__` into nested keys, splits an `in` list at `|`,
 * and (for the deprecated `data_attrs`) splits expressions at commas. So: a value may not contain
 * `__` or start with `_`; a key segment may not be empty, contain `__` or `,`, or start or end with
 * `_`; an `in` item may not contain `|`; and with `commaSeparated` no value may contain a comma.
 * Quotes and other characters are safe: the query string is percent-encoded. The server decodes no
 * escape inside an expression (it splits the decoded text), so there is no safe encoding for `__`:
 * such values are refused rather than sent as another filter.
 *
 * @internal
 * @example
 * ```ts
 * import { dataAttrExpressions } from "./data-attr.js";
 * dataAttrExpressions([{ path: ["dimensions", "height"], op: "gte", value: 100 }], false); // ["dimensions__height__gte__100"]
 * ```
 * @throws {ConfigError} when a filter cannot be expressed safely: nothing is sent then.
 */
export function dataAttrExpressions(filters: readonly DataFilter[], commaSeparated: boolean): string[] {
  const issues: ConfigIssue[] = [];
  if (!Array.isArray(filters)) throw new ConfigError("objectsOfType.search", [{ path: "where", message: "pass a list of filters" }]);
  const out = filters.map((filter, i) => {
    const at = `where.${i}`;
    const segments = typeof filter?.path === "string" ? [filter.path] : Array.isArray(filter?.path) ? filter.path : [];
    if (segments.length === 0) issues.push({ path: `${at}.path`, message: "pass the attribute name, or a list of nested keys" });
    for (const segment of segments) {
      if (typeof segment !== "string" || segment === "" || segment.includes("__") || segment.includes(",") || segment.startsWith("_") || segment.endsWith("_")) {
        issues.push({ path: `${at}.path`, message: "each key must be non-empty, without `__` or `,`, and not start or end with `_` (the server splits keys at `__`); pass nested keys as a list" });
        break;
      }
    }
    if (!OPERATORS.has(filter?.op)) issues.push({ path: `${at}.op`, message: `pass one of ${[...OPERATORS].join(", ")}` });
    const value = formatValue(filter, at, commaSeparated, issues);
    return `${segments.join("__")}__${filter?.op}__${value}`;
  });
  if (issues.length) throw new ConfigError("objectsOfType.search", issues);
  return out;
}

function formatValue(filter: DataFilter, at: string, commaSeparated: boolean, issues: ConfigIssue[]): string {
  const raw = filter?.value;
  if (filter?.op === "in") {
    if (!Array.isArray(raw) || raw.length === 0) {
      issues.push({ path: `${at}.value`, message: "pass a non-empty list of values for `in`" });
      return "";
    }
    const items = raw.map((item) => scalar(item, `${at}.value`, commaSeparated, issues));
    if (items.some((item) => item.includes("|"))) issues.push({ path: `${at}.value`, message: "an `in` item may not contain `|`: the server splits the list at it" });
    return items.join("|");
  }
  if (Array.isArray(raw)) {
    issues.push({ path: `${at}.value`, message: "a list is only allowed with op `in`" });
    return "";
  }
  const text = scalar(raw as string | number | Date, `${at}.value`, commaSeparated, issues);
  if (["gt", "gte", "lt", "lte"].includes(filter?.op) && !NUMBER.test(text) && !DATE.test(text)) {
    issues.push({ path: `${at}.value`, message: `op \`${filter.op}\` compares numbers or dates (YYYY-MM-DD) only` });
  }
  return text;
}

function scalar(value: string | number | Date, path: string, commaSeparated: boolean, issues: ConfigIssue[]): string {
  let text: string;
  if (value instanceof Date && !Number.isNaN(value.getTime())) text = amsterdamDay(value);
  else if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else if (typeof value === "string") text = value;
  else {
    issues.push({ path, message: "pass a string, a finite number or a valid Date" });
    return "";
  }
  if (text.includes("__") || text.startsWith("_")) {
    issues.push({ path, message: "a value may not contain `__` or start with `_`: the server splits the expression at `__`, so it would read another key or operator" });
  }
  if (commaSeparated && text.includes(",")) {
    issues.push({ path, message: "a value may not contain `,` in a search with `within` and several filters (sent as the comma-separated `data_attrs`): search without `within`, or with one filter" });
  }
  return text;
}
