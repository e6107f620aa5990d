import { ConfigError } from "../../errors/config-error.js";
import type { ValidationIssue } from "../../errors/validation-error.js";
import { type ParamRule, checkParams } from "./param-checks.js";
import { normalizePostcode, postcodeIssues } from "./postcode.js";

/** What {@link checkCategorySearch} found: the category given, the values to send, the problems. */
export interface CategorySearch {
  readonly category: string;
  /** The search values to send, the postcode normalised (`"2631 cr"` → `2631CR`). */
  readonly values: Record<string, unknown>;
  readonly issues: ValidationIssue[];
}

/**
 * For look-ups that search by exactly one category (an address, a nummeraanduiding, an owner, …):
 * picks the one category given (its first parameter names it), normalises and checks a postcode,
 * and checks the category's other parameters against its rules. Throws a `ConfigError` unless
 * exactly one category is given.
 */
export function checkCategorySearch(
  workflow: string,
  search: Readonly<Record<string, unknown>>,
  categories: Readonly<Record<string, Readonly<Record<string, ParamRule>>>>,
): CategorySearch {
  const given = Object.keys(categories).filter((key) => search[key] !== undefined);
  const category = given.length === 1 ? given[0] : undefined;
  if (category === undefined) {
    throw new ConfigError(workflow, [{ path: "", message: `give exactly one of ${Object.keys(categories).join(", ")}` }]);
  }
  const values: Record<string, unknown> = { ...search };
  const issues: ValidationIssue[] = [];
  if (category === "postcode") {
    values.postcode = typeof search.postcode === "string" ? normalizePostcode(search.postcode) : search.postcode;
    issues.push(...postcodeIssues(values.postcode));
  }
  const { postcode: _checked, ...others } = values;
  issues.push(...checkParams(others, categories[category] ?? {}));
  return { category, values, issues };
}
