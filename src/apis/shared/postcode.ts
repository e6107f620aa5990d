import type { ValidationIssue } from "../../errors/validation-error.js";

/**
 * Normalises a Dutch postcode the way the Kadaster APIs want it: spaces removed, letters upper-case
 * (`"2631 cr"` → `"2631CR"`). Returns the input unchanged when it is not a string.
 *
 * @example
 * ```ts
 * import { normalizePostcode } from "commonground-sdk/bag";
 * normalizePostcode(" 2631 cr "); // "2631CR"
 * ```
 */
export function normalizePostcode(postcode: string): string {
  return typeof postcode === "string" ? postcode.replace(/\s+/g, "").toUpperCase() : postcode;
}

/** Checks a normalised postcode against `^[1-9][0-9]{3}[A-Z]{2}$`; the message never holds the value. */
export function postcodeIssues(postcode: unknown): ValidationIssue[] {
  if (postcode === undefined || postcode === null || postcode === "") return [{ path: ["postcode"], code: "required", message: "is required" }];
  if (typeof postcode !== "string" || !/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode)) {
    return [{ path: ["postcode"], code: "pattern", message: "must be four digits (not starting with 0) and two letters, e.g. 2631CR" }];
  }
  return [];
}
