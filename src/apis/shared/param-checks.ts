/**
 * Local checks of Haal Centraal query parameters, shared by the BRP, BAG, BRK and WOZ workflows.
 * Each check returns issues named and coded the way the APIs' own `invalidParams` are (`required`,
 * `pattern`, `integer`, `minimum`, `date`, `minItems`, `unknownParam`, …), so a refusal reads the
 * same whether the SDK or the server made it. Messages name the parameter and the rule, never the
 * value: a value may be a BSN or other personal data.
 */
import { isIsoDate } from "./calendar-day.js";
import { ValidationError, type ValidationIssue } from "../../errors/validation-error.js";
import { isValidBsn } from "./is-valid-bsn.js";

/** Checks one parameter value (`undefined` when absent) and returns its problems. */
export type ParamCheck = (value: unknown, path: readonly (string | number)[]) => ValidationIssue[];

/** One rule of a query: the check, and whether the parameter must be given. */
export interface ParamRule {
  readonly check: ParamCheck;
  readonly required?: boolean;
}

const issue = (path: readonly (string | number)[], code: string, message: string): ValidationIssue => ({ path, code, message });

/** `burgerservicenummer[2]`: the parameter name as Haal Centraal's `invalidParams[].name` writes it. */
export function paramName(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
}

/** A string matching `pattern` (shown in the message as `shown`, the spec's own pattern text). */
export function text(pattern: RegExp, shown: string = pattern.source): ParamCheck {
  return (value, path) => {
    if (typeof value !== "string") return [issue(path, "string", "must be a string")];
    return pattern.test(value) ? [] : [issue(path, "pattern", `does not match ${shown}`)];
  };
}

/** An integer between `min` and `max`. */
export function integer(min: number, max: number): ParamCheck {
  return (value, path) => {
    if (typeof value !== "number" || !Number.isInteger(value)) return [issue(path, "integer", "must be an integer")];
    if (value < min) return [issue(path, "minimum", `must be at least ${min}`)];
    if (value > max) return [issue(path, "maximum", `must be at most ${max}`)];
    return [];
  };
}

/** A boolean. */
export const boolean: ParamCheck = (value, path) => (typeof value === "boolean" ? [] : [issue(path, "boolean", "must be true or false")]);


/** A full date, `YYYY-MM-DD`. */
export const date: ParamCheck = (value, path) =>
  typeof value === "string" && isIsoDate(value) ? [] : [issue(path, "date", "must be a full date written YYYY-MM-DD")];

/** One BSN: nine digits that pass the eleven-test. The message never holds the number. */
export const bsn: ParamCheck = (value, path) => {
  if (typeof value !== "string" || !/^[0-9]{9}$/.test(value)) return [issue(path, "pattern", "does not match ^[0-9]{9}$")];
  return isValidBsn(value) ? [] : [issue(path, "elevenTest", "fails the eleven-test")];
};

/** An array of `min` to `max` items, each checked by `item`. */
export function list(item: ParamCheck, min: number, max: number): ParamCheck {
  return (value, path) => {
    if (!Array.isArray(value)) return [issue(path, "array", "must be an array")];
    if (value.length < min) return [issue(path, "minItems", `must hold at least ${min} item(s)`)];
    if (value.length > max) return [issue(path, "maxItems", `must hold at most ${max} items`)];
    return value.flatMap((v, i) => item(v, [...path, i]));
  };
}

/** Missing for a required parameter: `undefined`, `null` or `""` (the APIs answer `required` for an empty string). */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/**
 * Checks `query` against `rules`: required parameters present, each given one valid, and no
 * parameter outside `rules` and `ignore` (`unknownParam`). Returns every problem found.
 *
 * Only `undefined` counts as "left out" for an optional parameter: `""` and `null` would still be
 * sent (`huisletter=`, `"gemeenteVanInschrijving": ""`), so they are checked like any value and
 * refused (`pattern` for `""`, `invalid` for `null`) rather than silently sent.
 */
export function checkParams(query: Readonly<Record<string, unknown>>, rules: Readonly<Record<string, ParamRule>>, ignore: readonly string[] = []): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const value = query[name];
    if (rule.required ? isAbsent(value) : value === undefined) {
      if (rule.required) issues.push(issue([name], "required", "is required"));
      continue;
    }
    if (value === null) {
      issues.push(issue([name], "invalid", "must be a value or left out, not null"));
      continue;
    }
    issues.push(...rule.check(value, [name]));
  }
  for (const name of Object.keys(query)) {
    if (!(name in rules) && !ignore.includes(name) && query[name] !== undefined) issues.push(issue([name], "unknownParam", "is not a parameter of this query"));
  }
  return issues;
}

/**
 * Throws a {@link ValidationError} naming every problem (`name: message`) when there are any.
 * The message holds parameter names and rules only, never values.
 */
export function throwIfInvalid(workflow: string, issues: readonly ValidationIssue[]): void {
  if (issues.length === 0) return;
  const text = issues.map((i) => `${paramName(i.path)} ${i.message}`).join("; ");
  throw new ValidationError(`${workflow}: ${text}. Nothing was sent.`, issues);
}
